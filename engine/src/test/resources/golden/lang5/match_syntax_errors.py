srcs = [
 "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
 "match x:\n    case [a, a]:\n        pass\n",
 "match x:\n    case a | b:\n        pass\n",
 "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
 "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
 "match x:\n    case [*a, *b]:\n        pass\n",
 "match x:\n    case 1 + 1:\n        pass\n",
 "match x:\n    case Point(x=1, 2):\n        pass\n",
 "match x:\n    case _ as _:\n        pass\n",
 "match x:\n    case f(x).y:\n        pass\n",
 "match x:\n    case {a: 1}:\n        pass\n",
 "match x:\n    case Point(x=1, x=2):\n        pass\n",
 "match x:\n    case (a, b as a):\n        pass\n",
 "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
 "match x:\n    case x if x:\n        pass\n    case y:\n        pass\n    case 2:\n        pass\n",
 "match x:\n    case a as 1:\n        pass\n",
 "match x:\n    case -a:\n        pass\n",
 "match x\n    case 1:\n        pass\n",
 "match x:\ncase 1:\n    pass\n",
 "match x:\n    case 1:\n    pass\n",
 "match x:\n    pass\n",
 "match x:\n    case 1 as a.b:\n        pass\n",
 "match x:\n    case *a:\n        pass\n",
 "match x:\n    case {**_}:\n        pass\n",
 "match x:\n    case 1j:\n        pass\n",
 "match x:\n    case 1 + 2:\n        pass\n",
 "match x:\n    case f'{x}':\n        pass\n",
]
for s in srcs:
    try:
        compile(s, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ['case 1 as a(b):', 'case 1 as a=1:', 'case 1 as -1:', 'case 1 as [a]:', 'case 1 as a.b.c:', 'case 1 as (a):', 'case 1 as "s":', 'case 1 as a[0]:', 'case 1 as 1 + 2:', 'case 1 as not x:',
          'case [a, [b, c]] as a:', 'case {"k": a} as a:', 'case C(x=a) as a:', 'case (1 | a) as a:', 'case [*a] as a:', 'case {**r} as r:',
          'case [a, *a]:', 'case {"k": a, **a}:', 'case C(a, b=a):', 'case [a] | [b]:', 'case [a] | a:', 'case 1 | _:', 'case (a as b) as b:']:
    try:
        compile('match x:\n    ' + s + '\n        pass\n', 'm', 'exec')
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset, e.end_offset)
