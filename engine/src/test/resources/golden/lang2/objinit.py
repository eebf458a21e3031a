class X: pass
class Y:
    def __init__(self, a):
        super().__init__(a)
class Z:
    def __new__(cls, *a):
        return super().__new__(cls)
for f in (lambda: X(1), lambda: X.__init__(X(), 1), lambda: object.__init__(X(), 1), lambda: Y(1), lambda: Z(1),
          lambda: object.__init__(Z(), 1), lambda: X(a=1), lambda: object.__new__(X, 1), lambda: object.__new__(Y, 1),
          lambda: object.__new__(Z, 1), lambda: object(1), lambda: object.__init__(1, 2)):
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
