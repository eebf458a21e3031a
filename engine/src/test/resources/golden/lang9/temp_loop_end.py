# A for loop over a list drops the list when it runs out: its items die there, but the last,
# which the loop variable still holds. A generator's loop likewise, before its frame ends.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

for d in [D("a1"), D("a2"), D("a3")]:
    print("loop", d.name)
print("after loop")
d = None
print("end")
def f():
    for e in (D("b1"), D("b2")):
        pass
    print("f after loop")
f()
print("end2")
print(sum(len(d.name) for d in [D("g1"), D("g2")]))
print("m")
def gen():
    for d in [D("h1"), D("h2")]:
        yield 1
print(sum(gen()))
print("n")
