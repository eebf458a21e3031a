def k(**kw):
    return kw["x"]
k(y=1)
