"""Records str.format(*args, **kwargs): strformat.txt.

Each line: template, args (a Python tuple literal), kwargs (a dict literal), outcome.
Run from this folder: python3 gen_strformat.py
"""
import sys
import random

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, outcome

rnd = random.Random(2718)
w = Writer('strformat.txt', 'gen_strformat.py')


def rec(template, args=(), kwargs=None):
    kwargs = kwargs or {}
    w.row(template, repr(tuple(args)), repr(kwargs), outcome(lambda: template.format(*args, **kwargs)))


A = (1, 'two', 3.5, [10, 20, 30], {'k': 'v', '0': 'zero'}, -7, True, None, (4, 5))
K = {'name': 'Ann', 'x': 42, 'lst': [1, 2], 'd': {'a': 1}, 'f': 2.5, 'w': 8, 'p': 3}
TEMPLATES = [
    '', 'plain', '{}', '{} {}', '{0} {1} {0}', '{name}', '{name!r}', '{name!s}', '{name!a}', '{0!r:>10}',
    '{{}}', '{{0}}', '{{{0}}}', 'a{{b}}c', '}}', '{{', '}', '{', 'a}b', 'a{b', '{0', '{0!', '{0!r', '{0!r:',
    '{0!x}', '{0!rr}', '{0!}', '{!r}', '{:}', '{:>5}', '{0:{w}}', '{0:{w}.{p}}', '{2:{w}.{p}f}', '{:{}}',
    '{:{}} {}', '{0:{1}}', '{:{:{}}}', '{0:{1:{2}}}', '{0:{1:{2:{3}}}}', '{} {0}', '{0} {}', '{:{0}}',
    '{3[0]}', '{3[1]}', '{3[5]}', '{4[k]}', '{4[0]}', '{4[missing]}', '{lst[1]}', '{d[a]}', '{0.real}',
    '{0.imag}', '{0.nope}', '{0.}', '{0[]}', '{0[}', '{0]}', '{0[0]x}', '{0[0].real}', '{3[0].real}',
    '{name[0]}', '{9}', '{10}', '{missing}', '{ }', '{0 }', '{-1}', '{0x1}', '{99999999999999999999}',
    '{\u0661}', '{\U0001D7CE}', '{0:d}', '{1:d}', '{2:d}', '{0:s}', '{1:>{w}}', '{5:+05}', '{2:%}', '{2:,.2f}',
    '{6}', '{6:d}', '{6:>5}', '{7}', '{7:>5}', '{7!r:>6}', '{8}', '{8!s:>9}', '{3}', '{3:}', '{3:5}', '{a}{b',
    '{0}{1}{2}}', '{0:}}}', '{:{{}}}', '{0:{{}}}', '{{}}{}{{}}', '{!}', '{:!}', '{0!r!s}', '{0:x!r}', '{[0]}',
    '{.real}', '{0[0][0]}', '{4[k][0]}', 'x{}y{}z{}', '{name:^{w}}', '{f:{p}}', '{x:{w}d}', '{x:#{w}x}',
    '{x:{fill}>6}', '{0:\u00e9^7}', '\u00e9{0}\U0001F600', '{0!s:\U0001F600<4}', '{name:.{p}}',
]
for t in TEMPLATES:
    rec(t, A, K)
    rec(t, (), K)
    rec(t, A[:2], {})
for _ in range(600):
    parts = []
    for _ in range(rnd.randint(1, 4)):
        parts.append(rnd.choice(['', 'ab', ' ', '{{', '}}', '-']))
        name = rnd.choice(['', '0', '1', '2', 'x', 'name', 'f', '3[0]', '4[k]'])
        conv = rnd.choice(['', '', '!r', '!s', '!a'])
        spec = rnd.choice(['', '', ':>4', ':<{w}', ':^8', ':*>{w}', ':.2', ':+', ':x', ':d', ':.{p}f', ':{}', ':s'])
        parts.append('{' + name + conv + spec + '}')
    rec(''.join(parts), A, K)
w.close()
