import string
from string import Template, Formatter, capwords

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(capwords('  hello   big  world '), capwords('a-b-c', '-'), capwords('ONE two', None))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable))
t = Template('$who likes ${what}; costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, who='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
attempt(lambda: t.substitute(who='x'))
attempt(lambda: Template('line\n  $ bad').substitute())
attempt(lambda: Template('$').substitute())
print(Template('a $ b ${c').safe_substitute(c=1), Template('$x $').is_valid())
print(Template('${x}y $x_1 $X').substitute(x=1, x_1=2, X=3))
class Pct(Template):
    delimiter = '%'
print(Pct('%a and %%').substitute(a=5))
class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'
print(Dotted('$a.b!').substitute({'a.b': 'ok'}))
class Braced(Template):
    braceidpattern = r'[A-Z ]+'
print(Braced('${A B} $low').substitute({'A B': 1, 'low': 2}))
print(Template.delimiter, Template.idpattern, Template.flags, Template.braceidpattern)

f = Formatter()
print(f.format('{0}-{1!r}-{name:>5}|{0:{w}}|', 'a', 'b', name='n', w=4))
print(f.format('{} {} {}', 1, 2, 3), f.format('{a[0]} {a[k]} {b.real}', a={0: 'z', 'k': 'q'}, b=3))
print(list(f.parse('x{0!s:>3}y{{z}}{}end')))
print(list(f.parse('{a.b[c]}')), list(f.parse('')), list(f.parse('}}')))
attempt(lambda: f.format('{} {0}', 1))
attempt(lambda: f.format('{0} {}', 1, 2))
attempt(lambda: f.format('{', 1))
attempt(lambda: list(f.parse('}')))
attempt(lambda: f.format('{0!x}', 1))
attempt(lambda: f.format('{0!}', 1))
attempt(lambda: f.format('{a}'))
attempt(lambda: f.format('{1}', 0))
attempt(lambda: f.format('{:{:{}}}', 1, 2, 3, 4))
print(f.convert_field('x', 'r'), f.format_field(3.14159, '.2f'), f.get_value(0, ['v'], {}), f.get_field('0.real', [5], {}))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError('unused ' + ','.join(sorted(extra)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s>' % key)
        return super().get_value(key, args, kwargs)
attempt(lambda: Strict().format('{a}', a=1, b=2))
print(Strict().format('{missing} {0}', 'z'))
print(f.vformat('{0}{x}', ('p',), {'x': 'q'}))
