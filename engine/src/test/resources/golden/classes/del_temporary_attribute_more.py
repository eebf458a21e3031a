import asyncio

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
    @property
    def me(self):
        return self
    def hello(self):
        return "hello " + self.name

print(Node("a", Node("a.kid")).child.name)
print(Node("b").me.name)
keep = Node("c").me
print("kept", keep.name)
print([Node(f"l{i}").name for i in range(2)])
print(Node("d").hello(), Node("e").name)
def pick(flag):
    return (Node("f") if flag else keep).name
print(pick(True))
print(pick(False))
class Holder:
    def __init__(self):
        self.callback = lambda: "called"
    def __del__(self):
        print("del holder")
print(Holder().callback())
print(Node("g").name.upper())
x = Node("h")
print(x.name)
x = None
print("x dropped")

async def fetch():
    return 1

print(fetch().cr_running)
print("after coroutine temp")

class Bad:
    def __del__(self):
        raise ValueError("oops in del")
    value = 5
print(Bad().value)
print("end")
