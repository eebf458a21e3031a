async def c():
    pass
lst = [c(), 1]
print("a")
lst[0] = None
print("b")
d = {"k": c()}
d["k"] = 2
print("c")
class O: pass
o = O()
o.x = c()
o.x = 3
print("d")
lst2 = [c()]
lst2.clear()
print("e")
lst3 = [c()]
lst3.pop()
print("f")
d2 = {"a": c()}
del d2["a"]
print("g")
t = [c(), c()]
t[:] = []
print("h")
