# list(), tuple(), sorted(), list.extend and [*x] ask a class instance for its size after taking
# its iterator (__len__, else __length_hint__), so those run; their errors propagate, except a
# TypeError from __len__. set(), for loops and unpacking do not ask.
class Seq:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("  __iter__")
        return iter(range(self.n))
    def __len__(self):
        print("  __len__")
        return self.n

class Hinted:
    def __iter__(self):
        return iter("ab")
    def __length_hint__(self):
        print("  __length_hint__")
        return 2

print("list"); print(list(Seq(2)))
print("tuple"); print(tuple(Seq(2)))
print("sorted"); print(sorted(Seq(2)))
print("extend"); l = [0]; l.extend(Seq(1)); print(l)
print("star"); print([*Seq(1)])
print("join"); print("-".join(map(str, Seq(2))))
print("set"); print(set(Seq(2)))
print("hinted list"); print(list(Hinted()))
print("hinted tuple"); print(tuple(Hinted()))
print("for"); 
for x in Seq(1):
    pass
print("unpack"); a, b = Seq(2)
print("bytearray"); print(bytearray(Seq(2)))
class BadLen:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        raise ValueError("len broke")
try:
    list(BadLen())
except ValueError as e:
    print("ValueError:", e)
class TypeErrLen(BadLen):
    def __len__(self):
        raise TypeError("nope")
print(list(TypeErrLen()))
class BadHint:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return "x"
try:
    list(BadHint())
except TypeError as e:
    print("TypeError:", e)
class NegHint(BadHint):
    def __length_hint__(self):
        return -1
try:
    list(NegHint())
except ValueError as e:
    print("ValueError:", e)
class NIHint(BadHint):
    def __length_hint__(self):
        return NotImplemented
print(list(NIHint()))
import operator
print(operator.length_hint(Hinted()), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 7))
print("call"); print(max(*Seq(2)))
print("tuple display"); print((*Seq(1),))
