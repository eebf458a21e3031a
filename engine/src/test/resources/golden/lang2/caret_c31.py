obj = object()
print(obj.x.y.z)
