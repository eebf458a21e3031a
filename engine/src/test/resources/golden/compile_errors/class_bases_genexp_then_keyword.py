y = []
class C(x for x in y, z=1): pass
