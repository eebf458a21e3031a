# A class statement with a base that is no class calls that base's type, as CPython (its own error).
for src in ['class F(1): pass', 'class F("x"): pass', 'class F(None): pass', 'class F(len): pass', 'class F(object()): pass', 'class F(int, 1): pass', 'class F(1, int): pass', 'class F([]): pass', 'class F({}): pass', 'class F(3.5): pass']:
    try: exec(src)
    except Exception as e: print(src, '->', type(e).__name__, e)
