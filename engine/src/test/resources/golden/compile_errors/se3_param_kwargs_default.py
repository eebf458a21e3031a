def f(**kwargs=None):
    pass
