def g():
    return {}
print(g()["k"])
