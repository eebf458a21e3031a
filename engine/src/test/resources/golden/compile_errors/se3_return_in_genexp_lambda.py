g = (lambda: (yield))
print(type(g()).__name__)
class A:
    yield
