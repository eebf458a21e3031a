# getattr(obj, name, default) and hasattr() fall back to __getattr__ when __getattribute__ raises
# AttributeError (as attribute access does); Fraction() takes a Decimal exactly.
from decimal import Decimal
from fractions import Fraction


class Guarded:
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        if name == 'secret_missing':
            raise AttributeError('really missing')
        return f'fallback {name}'


g = Guarded()
g.x = 1
print(g.x, g.secret, g.other, getattr(g, 'secret', 'default'), hasattr(g, 'secret'))
print(getattr(g, 'secret_missing', 'default'), hasattr(g, 'secret_missing'))


class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError(name)


print(getattr(NoFallback(), 'anything', 'default'), hasattr(NoFallback(), 'anything'))

for v in (Decimal('0.5'), Decimal('-1.25'), Decimal('3'), Decimal('1e-3'), 0.1):
    print(repr(v), Fraction(v))
for v in (Decimal('NaN'), Decimal('Infinity'), float('nan'), float('-inf')):
    try:
        Fraction(v)
    except (ValueError, OverflowError) as e:
        print(repr(v), type(e).__name__, e)
