class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B+" + super().hello()
print(B().hello())
def outside():
    return super().hello()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class C:
    def m(self):
        return super().nothing()
try:
    C().m()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class W(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class V(bool): pass
except TypeError as e:
    print("TypeError:", e)
class D(B): pass
print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
class S:
    @staticmethod
    def st():
        return super().x
try:
    S.st()
except RuntimeError as e:
    print("RuntimeError:", e)
class E(A):
    def __init__(self):
        super().__init__(1)
E()
