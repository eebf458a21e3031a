class A:
    __x = 1
    def __init__(self):
        self.__y = 2
    def get(self):
        return self.__x, self.__y, A.__x
    def __private(self):
        return "p"
    def call(self):
        return self.__private()
a = A()
print(a.get(), a.call(), sorted(k for k in vars(A) if 'x' in k or 'priv' in k), vars(a))
try:
    a.__y
except AttributeError as e:
    print(e)
