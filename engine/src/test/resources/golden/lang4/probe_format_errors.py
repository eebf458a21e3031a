tests = ["'{}'.format()", "'{0} {2}'.format(1, 2)", "'{a}'.format(b=1)", "'{:d}'.format('x')", "'{:s}'.format(1)", "'{:.2f}'.format('x')", "'{'.format(1)", "'}'.format(1)", "'{0:}'.format()",
         "'%d' % (1, 2)", "'%s %s' % (1,)", "'%(a)s' % {'b': 1}", "'%z' % 1", "'%d' % None", "'%c' % 'ab'", "'%.2f' % 'x'", "f'{1:abc}'", "format(1, 'x<')", "'{:,d}'.format(1.5)",
         "'{!x}'.format(1)", "'{0[1]}'.format([1])", "'{0.nope}'.format(1)", "'{:=^10}'.format('s')", "'{:>{}}'.format('a')", "'%*d' % (5, 3)", "'%-*s|' % (4, 'a')", "'%#x %#o' % (255, 8)",
         "'%5.1s|' % 'abc'", "'%r' % 'é'", "'%a' % 'é'", "'%i %u' % (1, 2)", "'%e' % 1e100", "'%g %G' % (1e-5, 1e20)", "'%%' % ()", "'a' 'b' % ()", "format(12345678, ',').replace(',', '_')",
         "f'{3.14159:{2}.{3}}'", "f'{\"quoted\"}'", "f'{[1, 2][0]!r:>4}'", "format(True, 'd')", "format(5, 'c')", "format(65, '#c')", "'{:+.3e}'.format(-1234.5)", "'{:08.3f}'.format(-3.14159)", "'{:#010b}'.format(5)",
         "'{:%Y}'.format(1)", "str.format('{}', *[1])", "'{0}{0}'.format(*'ab')", "'{x}{y}'.format_map({'x': 1, 'y': 2})", "'{:n}'.format(1234567)", "'{:_x}'.format(2**40)", "format(1e16, '')", "format(1.0, '.0%')", "format(float('nan'), '>5')", "format(-0.0, '+')"]
for t in tests:
    try:
        print(repr(t), "->", repr(eval(t)))
    except Exception as e:
        print(repr(t), "!!", type(e).__name__, e)
