class A:

class B:
    pass
