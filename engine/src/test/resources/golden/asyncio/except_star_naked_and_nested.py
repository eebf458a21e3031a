def run(body):
    try:
        body()
    except BaseException as e:
        print(repr(e))
def a():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
def b():
    try:
        raise ValueError(1)
    except* ValueError as g:
        print(repr(g), g.__traceback__ is not None)
        raise KeyError(2)
def c():
    try:
        raise ValueError(1)
    except* KeyError:
        pass
def d():
    try:
        raise ExceptionGroup('x', [ValueError(1), ExceptionGroup('y', [KeyError(2), ValueError(3)])])
    except* ValueError as g:
        print(repr(g))
        raise
    except* KeyError as g:
        print(repr(g))
def e():
    try:
        raise ExceptionGroup('x', [ValueError(1), KeyError(2)])
    except* ValueError as g:
        raise g.exceptions[0]
    except* KeyError:
        raise
for f in (a, b, c, d, e):
    run(f)
