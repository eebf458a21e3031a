x = 3.14159
name = "Ada"
items = [1, 2]
print(f"{x=}", f"{x = :.2f}", f"{name=!s}", f"{name = }", f"{items=}")
print(f"{x*2=:>12.3f}|")
print(f"{len(items)=}", f"{ name.upper() = }")
d = {"k": 1}
print(f"{d['k']=}", f"{1+1=}", f"{x!r:>10}")
print(f"{'nested ' + f'{name:>5}'}")
w = 7
print(f"{name:^{w}}|{x:.{w - 4}f}")
print(f"{3:{'>'}{5}}")
import math
print(f"{math.pi=:.3f}", f"{math.e!r}")
print(f"{name!a}", f"{'é'!a}", f"{-5:+}", f"{5:+}")
print(f"""{
    name
}""")
obj = type("O", (), {"__format__": lambda self, spec: f"<{spec}>"})()
print(f"{obj}", f"{obj:abc}", f"{obj=:q}", format(obj, "z"))
