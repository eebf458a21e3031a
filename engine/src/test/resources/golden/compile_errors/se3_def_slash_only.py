def g(/): pass
