x = b'\N{DASH}'
print(x)
