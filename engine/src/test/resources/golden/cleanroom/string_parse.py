from string import Formatter
f = Formatter()
for s in ['{', '{0', '{0!', '{0!}', '{0!r', '{0!rx}', '{0!r:', '{0:', '{0:{', '{0:{}', '{0[}', '{0[a}]}', '{0[a]b}', '{!r}', '{:}', '{0!ss}', 'a{{b', 'a}}b}}', '{0:{1}x{2}}', '{a[{]}', '{0.}', '{0[]}', 'x}y', '{0!r:>{1}}']:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
    try:
        print('  fmt', repr(s.format('A', 3, 4, a={'{': 1})))
    except Exception as e:
        print('  fmt', type(e).__name__, e)
for s in ['{a{b}', '{a{b}}', '{0:a[}', '{0:[{]}', '{0:}}', '{0:{{}}}', '}', 'ab{', '{0]}', '{0[[]}', '{0:x}}}']:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
