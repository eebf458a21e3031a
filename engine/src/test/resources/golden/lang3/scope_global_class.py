counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def reader():
    return counter * 10
print(reader())
class Config:
    debug = False
    level = 1
    def toggle(self):
        self.debug = not self.debug
        return self.debug
c = Config()
print(c.toggle(), Config.debug, c.debug, vars(c), "debug" in Config.__dict__)
Config.level = 5
print(c.level, Config().level)
del c.debug
print(c.debug)
try:
    del c.debug
except AttributeError as e:
    print("AttributeError:", e)
class Outer:
    x = 1
    class Inner:
        def get(self):
            try:
                return x
            except NameError as e:
                return "NameError: " + str(e)
print(Outer.Inner().get(), Outer.Inner.__qualname__)
def make():
    items = []
    def add(x):
        items.append(x)
        return items
    return add
a = make()
a(1)
print(a(2), a.__closure__[0].cell_contents)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2), default_trap.__defaults__)
import builtins
print(builtins.len("abc"), "len" in dir(builtins))
len = lambda x: 42
print(len("abc"))
del len
print(len("abc"))
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
