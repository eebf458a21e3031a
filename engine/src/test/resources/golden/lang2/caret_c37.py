val = {"a": 1}
result = val["b"] if True else None
