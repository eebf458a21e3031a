cases = [
 "x = 1 if y", "f(x for x in y, 1)", "[x for x in]", "{**a for a in b}", "(*a)", "print(*)", "a = *b",
 "def f(a, a): pass", "def f(**k, a): pass", "def f(*, **k): pass", "x: int = 1 = 2", "assert(x, 'msg')",
 "a.b: int += 1", "import a.b as", "from . import *", "from x import *, y", "class A(x for x in y): pass",
 "with (a as b, c as d): pass", "async with a: pass", "async for x in y: pass", "yield x", "def f():\n  x = yield from",
 "x = (yield)", "del x, (y, z), [w]", "del (x + 1)", "[a, b] = 1, 2, 3", "a, *b, *c = d", "*a = b",
 "f() = 1", "x.y() += 1", "True = 1", "__debug__ = 1", "def f(__debug__): pass", "nonlocal x",
 "def f():\n  nonlocal x", "def f(x):\n  global x", "if True:\npass", "  x = 1", "x = 1\n y = 2",
 "def f():\n\tx = 1\n        y = 2", "print('a' 'b' f'c')", "x = 0b102", "x = 0o8", "x = 0xg", "x = 1e", "x = 1_",
 "x = 'abc\\", "x = '''abc", "x = \"a\nb\"", "s = u'x' b'y'", "x = $", "x = `a`", "x = a!b", "x = 5 === 5",
 "if x = 5: pass", "while x := 5 = 3: pass", "(x := 1, y := 2)", "[y := 1 for y in z]", "def f(x := 1): pass",
 "lambda x=1, y: x", "f(x=1, x=2)", "f(**{}, x)", "class C: return", "x = [i for i in range(3) if i else 0]",
 "match x:\n  case a | b: pass", "match x:\n  case {**rest, 'a': 1}: pass", "match x:\n  case 1 + 1: pass",
 "match x:\n  case _ | 1: pass", "match x:\n  case C(a=1, b): pass", "match x:\n  case [*a, *b]: pass",
 "try:\n  pass\nexcept* ValueError:\n  pass\nexcept KeyError:\n  pass", "try:\n  pass\nexcept* ValueError:\n  break",
 "for x in range(3):\n  def f():\n    break", "async def f():\n  [x async for x in y]\ndef g():\n  [x async for x in y]",
 "def f():\n  await x", "x = {1: 2, **}", "f(a for a in b for)", "print(1,,2)", "x = [1,\n2,\n3", "(1, 2]",
 "x = )", "def f[T](): pass", "type X = int", "print(f'{x!}')", "print(f'{x:{y:{z}}}')", "f'{'a'}'", "f'{x=!r:>10}'",
]
for s in cases:
    try:
        compile(s, "p", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
