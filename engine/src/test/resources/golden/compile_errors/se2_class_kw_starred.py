class A(*b, metaclass=M, **k, x): pass
