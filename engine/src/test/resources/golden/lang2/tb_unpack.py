def check(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
def u1(): a, b = [1, 2, 3]
def u2(): a, b, c = [1, 2]
def u3(): a, b = 1
def u4(): a, *b, c = [1]
def u5(): a, b = "abc"
def u6(): a, b = {"x": 1}
def u7(): (a, b), c = [1, 2], 3
def u8(): (a, b), c = [1, 2, 3], 3
def u9(): a, b = None
def u10(): [a] = []
def u11(): a, b = iter([1])
def u12(): a, b = (x for x in range(5))
def u13(): a, = (1, 2)
for i, f in enumerate([u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12, u13], 1):
    check(f"u{i}", f)
for x, y in [(1, 2), (3, 4, 5)]:
    print(x, y)
