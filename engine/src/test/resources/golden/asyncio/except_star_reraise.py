def t(raise_new):
    try:
        try:
            raise ExceptionGroup('msg', [ValueError(1), ValueError(2), KeyError(3)])
        except* ValueError as g:
            if raise_new:
                raise TypeError('new')
            raise
        except* KeyError:
            pass
    except BaseException as eg:
        print(repr(eg), getattr(eg, 'message', None), [repr(e) for e in getattr(eg, 'exceptions', [])])
t(False)
t(True)
try:
    try:
        raise ExceptionGroup('m', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
    except* KeyError:
        raise
except ExceptionGroup as eg:
    print(repr(eg))
try:
    try:
        raise ExceptionGroup('m', [ValueError(1)])
    except* ValueError as g:
        raise g
except ExceptionGroup as eg:
    print(repr(eg))
