"""decimal for Coroscope: decimal fixed and floating point numbers as CPython's decimal module
shows them, for finite values and the usual operations (construction from str/int/float/tuple,
+ - * / // % ** with integer powers, comparisons, hash, quantize, the rounding modes, a context
with prec and rounding, localcontext, formatting with 'f'/'e'/'g'/'%'). A Decimal is a sign, an
integer coefficient and a power-of-ten exponent. Written for the engine."""

import math as _math

__all__ = ['Decimal', 'Context', 'getcontext', 'setcontext', 'localcontext', 'DecimalException',
           'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Overflow', 'Underflow',
           'FloatOperation', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
           'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'DefaultContext',
           'BasicContext', 'ExtendedContext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class ConversionSyntax(InvalidOperation):
    pass


for _cls in (DecimalException, InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, Underflow,
             FloatOperation, DivisionUndefined, ConversionSyntax):
    _cls.__module__ = 'decimal'


class Context:
    """The arithmetic context: precision and rounding (the other fields are kept, not enforced)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value < 1 or value > MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    __copy__ = copy

    def __repr__(self):
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, Emax={self.Emax}, '
                f'capitals={self.capitals}, clamp={self.clamp}, flags=[], '
                f'traps=[InvalidOperation, DivisionByZero, Overflow])')

    def create_decimal(self, num='0'):
        d = Decimal(num)
        return d._round(self.prec, self.rounding)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._round(self.prec, self.rounding)

    # Arithmetic in this context: each operation runs with this context as the current one.
    def _run(self, op, *operands):
        values = []
        for x in operands:
            if isinstance(x, Decimal):
                values.append(x)
            elif isinstance(x, int):
                values.append(Decimal(x))
            else:
                raise TypeError(f'conversion from {type(x).__name__} to Decimal is not supported')
        saved = _current[0]
        _current[0] = self
        try:
            return op(*values)
        finally:
            _current[0] = saved

    def add(self, a, b):
        return self._run(lambda x, y: x + y, a, b)

    def subtract(self, a, b):
        return self._run(lambda x, y: x - y, a, b)

    def multiply(self, a, b):
        return self._run(lambda x, y: x * y, a, b)

    def divide(self, a, b):
        return self._run(lambda x, y: x / y, a, b)

    def divide_int(self, a, b):
        return self._run(lambda x, y: x // y, a, b)

    def remainder(self, a, b):
        return self._run(lambda x, y: x % y, a, b)

    def divmod(self, a, b):
        return self._run(divmod, a, b)

    def power(self, a, b, modulo=None):
        if modulo is None:
            return self._run(pow, a, b)
        return self._run(pow, a, b, modulo)

    def plus(self, a):
        return self._run(lambda x: +x, a)

    def minus(self, a):
        return self._run(lambda x: -x, a)

    def abs(self, a):
        return self._run(abs, a)

    def sqrt(self, a):
        return self._run(lambda x: x.sqrt(), a)

    def exp(self, a):
        return self._run(lambda x: x.exp(), a)

    def ln(self, a):
        return self._run(lambda x: x.ln(), a)

    def log10(self, a):
        return self._run(lambda x: x.log10(), a)

    def normalize(self, a):
        return self._run(lambda x: x.normalize(), a)

    def max(self, a, b):
        return self._run(lambda x, y: x.max(y), a, b)

    def min(self, a, b):
        return self._run(lambda x, y: x.min(y), a, b)

    def compare(self, a, b):
        return self._run(lambda x, y: x.compare(y), a, b)

    def fma(self, a, b, c):
        return self._run(lambda x, y, z: x.fma(y, z), a, b, c)

    def quantize(self, a, b):
        return self._run(lambda x, y: x.quantize(y), a, b)

    def to_sci_string(self, a):
        return self._run(str, a)

    def to_eng_string(self, a):
        return self._run(lambda x: x.to_eng_string(), a)

    def is_zero(self, a):
        return self._run(lambda x: not x, a)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def clear_flags(self):
        pass

    def clear_traps(self):
        pass


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN)

_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self.new = ctx.copy()

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    ctx = getcontext() if ctx is None else ctx
    manager = _LocalContext(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new, key, value)
    return manager


def _atanh_inv(n, scale):
    """atanh(1/n) in fixed point (times scale)."""
    total, power, k = 0, scale // n, 1
    while power:
        total += power // k
        power //= n * n
        k += 2
    return total


_CONSTANTS = {}


def _ln2_fixed(scale):
    key = ('ln2', scale)
    if key not in _CONSTANTS:
        _CONSTANTS[key] = 2 * _atanh_inv(3, scale)
    return _CONSTANTS[key]


def _ln10_fixed(scale):
    # ln 10 = ln 8 + ln(5/4), and ln(5/4) = 2 atanh(1/9).
    key = ('ln10', scale)
    if key not in _CONSTANTS:
        _CONSTANTS[key] = 3 * _ln2_fixed(scale) + 2 * _atanh_inv(9, scale)
    return _CONSTANTS[key]


def _ln_fixed(coef, exp, scale):
    """ln(coef * 10**exp) times scale, for coef > 0."""
    n = _digits(coef)
    tens = exp + n - 1
    c = coef * scale // 10 ** (n - 1)
    halvings = 0
    while 2 * c >= 3 * scale:
        c //= 2
        halvings += 1
    # ln c = 2 atanh(z) with z = (c - 1) / (c + 1), summed on |z| (floor division of a negative
    # term would never reach zero).
    z = abs(c - scale) * scale // (c + scale)
    z2 = z * z // scale
    total, term, k = z, z, 1
    while term:
        term = term * z2 // scale
        k += 2
        total += term // k
    if c < scale:
        total = -total
    return 2 * total + halvings * _ln2_fixed(scale) + tens * _ln10_fixed(scale)


def _log_result(d, base10):
    """ln or log10 of a finite positive Decimal, rounded half-even to the context's precision."""
    prec = getcontext().prec
    guard = prec + 20
    while True:
        scale = 10 ** guard
        value = _ln_fixed(d._int, d._exp, scale)
        if base10:
            value = value * scale // _ln10_fixed(scale)
        if _digits(abs(value)) >= prec + 10 or guard > 10 * prec + 200:
            break
        guard *= 2
    return Decimal._make(1 if value < 0 else 0, abs(value), -guard)._round(prec, ROUND_HALF_EVEN)


def _exp_fixed(d, guard):
    """exp of a finite nonzero Decimal, unrounded: x / ln 10 split into a power of ten and a
    mantissa in [1, 10), so huge or tiny results need no huge integers."""
    scale = 10 ** guard
    x = d._int * scale * 10 ** d._exp if d._exp >= 0 else d._int * scale // 10 ** -d._exp
    if d._sign:
        x = -x
    ln2, ln10 = _ln2_fixed(scale), _ln10_fixed(scale)
    t = x * scale // ln10
    tens = t // scale
    y = (t - tens * scale) * ln10 // scale
    doublings = y // ln2
    r = y - doublings * ln2
    total, term, k = scale, scale, 0
    while term:
        k += 1
        term = term * r // (scale * k)
        total += term
    return Decimal._make(0, total * 2 ** doublings, tens - guard)


def _digits(n):
    return len(str(n))


def _round_int(coef, drop, sign, rounding):
    """coef with its last `drop` digits removed, rounded as `rounding` says for a number of that sign."""
    if drop <= 0:
        return coef * 10 ** (-drop)
    div = 10 ** drop
    q, r = divmod(coef, div)
    if r == 0:
        return q
    half = div // 2 if div % 2 == 0 else None
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = 2 * r >= div
    elif rounding == ROUND_HALF_DOWN:
        up = 2 * r > div
    elif rounding == ROUND_HALF_EVEN:
        up = 2 * r > div or (2 * r == div and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q


def _to_digits(coef, exp, count, sign, rounding):
    """(coef, exp) rounded or zero-padded to exactly `count` significant digits."""
    extra = _digits(coef) - count
    if extra <= 0:
        return coef * 10 ** -extra, exp + extra
    coef = _round_int(coef, extra, sign, rounding)
    exp += extra
    if _digits(coef) > count:
        coef //= 10
        exp += 1
    return coef, exp


def _grouped(whole, min_width):
    """Digits with a comma every three from the right, zero-extended on the left until at least
    min_width long (the text never starts with a comma)."""
    while True:
        chunks = []
        rest = whole
        while len(rest) > 3:
            chunks.insert(0, rest[-3:])
            rest = rest[:-3]
        chunks.insert(0, rest)
        text = ','.join(chunks)
        if len(text) >= min_width:
            return text
        whole = '0' + whole


def _pad_number(sign_text, body, fill, align, width):
    pad = width - len(sign_text) - len(body)
    if pad <= 0:
        return sign_text + body
    if align == '<':
        return sign_text + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + sign_text + body + fill * (pad - pad // 2)
    if align == '=':
        return sign_text + fill * pad + body
    return fill * pad + sign_text + body


class Decimal:
    """A decimal number: (-1)**sign * coefficient * 10**exponent; 'n'/'N'/'F' exponents are the specials."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, float):
            return cls.from_float(value) if cls is Decimal else cls(Decimal.from_float(value))
        if isinstance(value, str):
            return cls._parse(self, value)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            coef = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coef = coef * 10 + d
            self._sign = sign
            self._int = coef
            if exp == 'F':
                self._special = 'Infinity'
                self._exp = 0
            elif exp in ('n', 'N'):
                self._special = 'NaN' if exp == 'n' else 'sNaN'
                self._exp = 0
            else:
                self._exp = exp
            return self
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @staticmethod
    def _parse(self, value):
        text = value.strip()
        if '_' in text:
            # Underscores only between digits, as in int().
            for i, c in enumerate(text):
                if c == '_' and not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
                    raise InvalidOperation([ConversionSyntax])
            text = text.replace('_', '')
        sign = 0
        if text[:1] in ('+', '-'):
            sign = 1 if text[0] == '-' else 0
            text = text[1:]
        low = text.lower()
        self._sign = sign
        self._int = 0
        self._exp = 0
        if low in ('inf', 'infinity'):
            self._special = 'Infinity'
            return self
        if low in ('nan', 'snan'):
            self._special = 'NaN' if low == 'nan' else 'sNaN'
            return self
        mantissa, has_exp, exp_text = low.partition('e')
        exp = 0
        if has_exp:
            body = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
            if not body or not all(c in '0123456789' for c in body):
                raise InvalidOperation([ConversionSyntax])
            exp = int(exp_text)
        whole, dot, frac = mantissa.partition('.')
        digits = whole + frac
        if not digits or not all(c in '0123456789' for c in digits):
            raise InvalidOperation([ConversionSyntax])
        self._int = int(digits)
        self._exp = exp - len(frac)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = Decimal((sign, (0,), 0))
        coef = n * 5 ** k
        result._int = coef
        result._exp = -k
        return result if cls is Decimal else cls(result)

    # ---- helpers

    @staticmethod
    def _make(sign, coef, exp):
        d = object.__new__(Decimal)
        d._sign = sign
        d._int = coef
        d._exp = exp
        d._special = None
        return d

    def _round(self, prec, rounding):
        if self._special:
            return self
        n = _digits(self._int)
        if n <= prec:
            return self
        drop = n - prec
        coef = _round_int(self._int, drop, self._sign, rounding)
        exp = self._exp + drop
        if _digits(coef) > prec:
            coef //= 10
            exp += 1
        return Decimal._make(self._sign, coef, exp)

    def _fix(self):
        ctx = getcontext()
        return self._round(ctx.prec, ctx.rounding)

    @staticmethod
    def _convert(other, op=None, reverse=False, self=None):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return NotImplemented

    def _check_special(self, other):
        for v in (self, other):
            if v is not None and v._special in ('NaN', 'sNaN'):
                return Decimal('NaN')
        return None

    # ---- text

    def __str__(self):
        return self._to_sci(False)

    def __repr__(self):
        return f"Decimal('{self}')"

    def _to_sci(self, eng):
        sign = '-' if self._sign else ''
        if self._special:
            return sign + self._special
        digits = str(self._int)
        exp = self._exp
        adjusted = exp + len(digits) - 1
        if exp <= 0 and adjusted >= -6:
            if exp == 0:
                return sign + digits
            point = len(digits) + exp
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * (-point) + digits
        body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
        return sign + body + 'E' + ('+' if adjusted >= 0 else '-') + str(abs(adjusted))

    def to_eng_string(self, context=None):
        return self._to_sci(True)

    def __format__(self, spec):
        # The format mini-language as the C decimal module reads it: no type means 'G' (str's
        # layout, with rounding when a precision is given); 'e'/'E' round to precision+1 digits
        # (padding with zeros), 'g'/'G'/'n' only shorten, 'f'/'F'/'%' fix the exponent. Zero
        # padding groups the padding too; '#' and '_' are not accepted.
        if not spec:
            return str(self)
        import re
        m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(0)?(\d+)?(,)?(?:\.(\d+))?([eEfFgGn%])?', spec, re.S)
        if m is None:
            raise ValueError('invalid format string')
        fill, align, sign_opt, no_neg_zero, zero, width, group, precision, kind = m.groups()
        if zero and align:
            raise ValueError('invalid format string')
        if kind == 'n' and group:
            raise ValueError('invalid format string')
        precision = None if precision is None else int(precision)
        width = int(width) if width else 0
        negative = self._sign == 1
        if self._special:
            body = str(self).lstrip('-')
            if kind == '%':
                body += '%'
            if zero:
                fill, align = ' ', '>'
            sign_text = '-' if negative else ('+' if sign_opt == '+' else (' ' if sign_opt == ' ' else ''))
            return _pad_number(sign_text, body, fill or ' ', align or '>', width)
        kind = kind or 'G'
        rounding = getcontext().rounding
        coef, exp = self._int, self._exp
        if kind == '%':
            exp += 2
        if precision is not None:
            if kind in 'eE':
                if coef:  # a zero keeps its exponent; the point moves instead (below)
                    coef, exp = _to_digits(coef, exp, precision + 1, self._sign, rounding)
            elif kind in 'fF%':
                coef = _round_int(coef, -precision - exp, self._sign, rounding)
                exp = -precision
            else:
                wanted = max(precision, 1)
                if _digits(coef) > wanted:
                    coef, exp = _to_digits(coef, exp, wanted, self._sign, rounding)
        if coef == 0 and exp > 0 and kind in 'fF%':
            exp = 0
        if coef == 0 and no_neg_zero:
            negative = False
        digits = str(coef)
        left = exp + len(digits)       # digits before the point in plain notation
        if kind in 'eE':
            point = 1 - precision if coef == 0 and precision is not None else 1
        elif kind in 'fF%':
            point = left
        else:
            point = left if exp <= 0 and left > -6 else 1
        if point <= 0:
            whole, frac = '0', '0' * -point + digits
        elif point >= len(digits):
            whole, frac = digits + '0' * (point - len(digits)), ''
        else:
            whole, frac = digits[:point], digits[point:]
        shift = left - point
        tail = '.' + frac if frac else ''
        if kind in 'eE' or (kind in 'gGn' and shift != 0):
            tail += ('e' if kind in 'egn' else 'E') + ('+' if shift >= 0 else '-') + str(abs(shift))
        if kind == '%':
            tail += '%'
        sign_text = '-' if negative else ('+' if sign_opt == '+' else (' ' if sign_opt == ' ' else ''))
        if zero:
            if group:
                whole = _grouped(whole, max(width - len(sign_text) - len(tail), 0))
                return sign_text + whole + tail
            fill, align = '0', '='
        elif group:
            whole = _grouped(whole, 0)
        return _pad_number(sign_text, whole + tail, fill or ' ', align or '>', width)

    def _plain(self):
        sign = '-' if self._sign else ''
        digits = str(self._int)
        if self._exp >= 0:
            return sign + digits + '0' * self._exp
        point = len(digits) + self._exp
        if point > 0:
            return sign + digits[:point] + '.' + digits[point:]
        return sign + '0.' + '0' * (-point) + digits

    # ---- conversions

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int))
        exp = self._exp
        if self._special == 'Infinity':
            exp = 'F'
        elif self._special:
            exp = 'n'
        return _decimal_tuple()(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special:
            raise (OverflowError if self._special == 'Infinity' else ValueError)(
                'cannot convert Infinity to integer ratio' if self._special == 'Infinity'
                else 'cannot convert NaN to integer ratio')
        from fractions import Fraction
        f = Fraction(self._int) * Fraction(10) ** self._exp
        if self._sign:
            f = -f
        return f.numerator, f.denominator

    def __int__(self):
        if self._special:
            if self._special == 'Infinity':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._special == 'Infinity':
                return float('-inf') if self._sign else float('inf')
            return float('nan')
        return float(str(self))

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __hash__(self):
        if self._special:
            if self._special == 'Infinity':
                return hash(float('-inf') if self._sign else float('inf'))
            raise TypeError('Cannot hash a signaling NaN value.') if self._special == 'sNaN' else None
        if self._exp >= 0:
            return hash(int(self))
        from fractions import Fraction
        return hash(Fraction(*self.as_integer_ratio()))

    # ---- comparisons

    def _cmp_key(self):
        return self.as_integer_ratio()

    def _compare(self, other):
        if isinstance(other, float):
            if _math.isnan(other):
                return None
            other = Decimal.from_float(other)
        else:
            other = Decimal._convert(other)
            if other is NotImplemented:
                return NotImplemented
        if self._special in ('NaN', 'sNaN') or other._special in ('NaN', 'sNaN'):
            return None
        a = self._value_fraction()
        b = other._value_fraction()
        return (a > b) - (a < b)

    def _value_fraction(self):
        if self._special == 'Infinity':
            return float('-inf') if self._sign else float('inf')
        from fractions import Fraction
        n, d = self.as_integer_ratio()
        return Fraction(n, d)

    def __eq__(self, other):
        c = self._compare(other)
        if c is NotImplemented:
            return NotImplemented
        return c == 0

    def __lt__(self, other):
        c = self._compare(other)
        if c is None:
            raise InvalidOperation([InvalidOperation])
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other)
        if c is None:
            raise InvalidOperation([InvalidOperation])
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        if c is None:
            raise InvalidOperation([InvalidOperation])
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other)
        if c is None:
            raise InvalidOperation([InvalidOperation])
        return c if c is NotImplemented else c >= 0

    def compare(self, other, context=None):
        other = Decimal._convert(other)
        c = self._compare(other)
        return Decimal('NaN') if c is None else Decimal(c)

    # ---- arithmetic

    def __neg__(self):
        if self._special:
            return Decimal._special_of(1 - self._sign, self._special)
        return Decimal._make(0 if self._int == 0 and getcontext().rounding != ROUND_FLOOR else 1 - self._sign,
                             self._int, self._exp)._fix()

    def __pos__(self):
        if self._special:
            return self
        return Decimal._make(0 if self._int == 0 else self._sign, self._int, self._exp)._fix()

    def __abs__(self):
        if self._special:
            return Decimal._special_of(0, self._special)
        return Decimal._make(0, self._int, self._exp)._fix()

    @staticmethod
    def _special_of(sign, special):
        d = Decimal._make(sign, 0, 0)
        d._special = special
        return d

    def _infinite_result(self, other, op):
        nan = self._check_special(other)
        if nan is not None:
            return nan
        if op in ('+', '-'):
            s_inf = self._special == 'Infinity'
            o_inf = other._special == 'Infinity'
            o_sign = other._sign if op == '+' else 1 - other._sign
            if s_inf and o_inf and self._sign != o_sign:
                raise InvalidOperation([InvalidOperation])
            if s_inf:
                return self
            return Decimal._special_of(o_sign, 'Infinity')
        if op == '*':
            if (self._special is None and self._int == 0) or (other._special is None and other._int == 0):
                raise InvalidOperation([InvalidOperation])
            return Decimal._special_of(self._sign ^ other._sign, 'Infinity')
        if op == '/':
            if self._special and other._special:
                raise InvalidOperation([InvalidOperation])
            if self._special:
                return Decimal._special_of(self._sign ^ other._sign, 'Infinity')
            return Decimal._make(self._sign ^ other._sign, 0, -1000000000)
        raise InvalidOperation([InvalidOperation])

    def __add__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        if self._special or other._special:
            return self._infinite_result(other, '+')
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (getcontext().rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exp)._fix()

    __radd__ = __add__

    def __sub__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__add__(other.copy_negate())

    def __rsub__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__sub__(self)

    def __mul__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        if self._special or other._special:
            return self._infinite_result(other, '*')
        return Decimal._make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)._fix()

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        if self._special or other._special:
            return self._infinite_result(other, '/')
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                raise InvalidOperation([DivisionUndefined])
            raise DivisionByZero([DivisionByZero])
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        ctx = getcontext()
        prec = ctx.prec
        # Scale the dividend so the quotient has at least prec + 1 digits, then round.
        shift = _digits(other._int) - _digits(self._int) + prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** (-shift))
        exp = ideal - shift
        if r == 0:
            # Exact: drop trailing zeros down to the ideal exponent.
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
            return Decimal._make(sign, q, exp)._fix()
        # Inexact: a sticky digit keeps the rounding honest.
        q = q * 10 + 1
        exp -= 1
        return Decimal._make(sign, q, exp)._round(prec, ctx.rounding)

    def __rtruediv__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__truediv__(self)

    def _divmod_int(self, other):
        if other._int == 0:
            if self._int == 0:
                raise InvalidOperation([DivisionUndefined])
            raise DivisionByZero([DivisionByZero])
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q = a // b
        r = a - q * b
        if _digits(q) > getcontext().prec:
            raise InvalidOperation([DivisionImpossible])
        qs = self._sign ^ other._sign
        return Decimal._make(qs, q, 0), Decimal._make(self._sign, r, exp)._fix()

    def _divmod_special(self, other):
        """(quotient, remainder) of // and % when an operand is a NaN or an infinity, else None.
        InvalidOperation stands where CPython signals it (and so raises, as the signal is trapped)."""
        if not (self._special or other._special):
            return None
        nan = self._check_special(other)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special:
            if other._special:
                return InvalidOperation, InvalidOperation
            return Decimal._special_of(sign, 'Infinity'), InvalidOperation
        return Decimal._make(sign, 0, 0), self._fix()

    @staticmethod
    def _settled(result):
        if result is InvalidOperation:
            raise InvalidOperation([InvalidOperation])
        return result

    def __floordiv__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        special = self._divmod_special(other)
        if special is not None:
            return Decimal._settled(special[0])
        return self._divmod_int(other)[0]

    def __rfloordiv__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__floordiv__(self)

    def __mod__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        special = self._divmod_special(other)
        if special is not None:
            return Decimal._settled(special[1])
        if other._int == 0:
            raise InvalidOperation([DivisionUndefined] if self._int == 0 else [InvalidOperation])
        return self._divmod_int(other)[1]

    def __rmod__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__mod__(self)

    def __divmod__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        special = self._divmod_special(other)
        if special is not None:
            return Decimal._settled(special[0]), Decimal._settled(special[1])
        if other._int == 0:
            # Both signals of x // 0 and x % 0: InvalidOperation is the one raised.
            raise InvalidOperation([DivisionUndefined] if self._int == 0 else [InvalidOperation, DivisionByZero])
        return self._divmod_int(other)

    def __rdivmod__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__divmod__(self)

    def __pow__(self, other, modulo=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        if modulo is not None:
            return Decimal(pow(int(self), int(other), int(Decimal._convert(modulo))))
        if other._special or self._special:
            raise InvalidOperation([InvalidOperation])
        if other._exp >= 0:
            n = int(other)
            if n >= 0:
                return Decimal._make(self._sign if n % 2 else 0, self._int ** n, self._exp * n)._fix()
            if self._int == 0:
                raise DivisionByZero([DivisionByZero])
            ctx = getcontext()
            with localcontext() as local:
                local.prec = ctx.prec + 3
                base = Decimal._make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)
                result = Decimal(1) / base
            return result._round(ctx.prec, ctx.rounding)
        if self._sign:
            raise InvalidOperation([InvalidOperation])
        value = float(self) ** float(other)
        return Decimal(repr(value))._fix()

    def __rpow__(self, other):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__pow__(self)

    # ---- rounding

    def quantize(self, exp, rounding=None, context=None):
        exp = Decimal._convert(exp)
        if exp is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(exp).__name__)
        if self._special or exp._special:
            if self._special == exp._special == 'Infinity':
                return self
            raise InvalidOperation([InvalidOperation])
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        target = exp._exp
        coef = _round_int(self._int, target - self._exp, self._sign, rounding)
        if _digits(coef) > ctx.prec:
            raise InvalidOperation([InvalidOperation])
        return Decimal._make(self._sign, coef, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        rounding = rounding or getcontext().rounding
        return Decimal._make(self._sign, _round_int(self._int, -self._exp, self._sign, rounding), 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def __round__(self, n=None):
        if n is None:
            if self._special:
                raise (OverflowError if self._special == 'Infinity' else ValueError)(
                    'cannot round an infinity' if self._special == 'Infinity' else 'cannot round a NaN')
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal._make(0, 1, -n), ROUND_HALF_EVEN)

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def normalize(self, context=None):
        if self._special:
            return self
        d = self._fix()
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        coef, exp = d._int, d._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        return Decimal._make(d._sign, coef, exp)

    def sqrt(self, context=None):
        if self._special:
            if self._special == 'Infinity' and not self._sign:
                return self
            raise InvalidOperation([InvalidOperation])
        if self._sign and self._int:
            raise InvalidOperation([InvalidOperation])
        ctx = context or getcontext()
        ideal = self._exp // 2
        if self._int == 0:
            return Decimal._make(self._sign, 0, ideal)
        prec = ctx.prec
        coef, exp = self._int, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        # Enough digits that the root has prec + 1 of them.
        shift = max(0, prec + 1 - (_digits(coef) + 1) // 2)
        coef *= 100 ** shift
        exp -= 2 * shift
        root = _math.isqrt(coef)
        exact = root * root == coef
        rexp = exp // 2
        if exact:
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
            return Decimal._make(0, root, rexp)._round(prec, ctx.rounding)
        return Decimal._make(0, root * 10 + 1, rexp - 1)._round(prec, ROUND_HALF_EVEN)

    # ---- queries and small operations

    def copy_abs(self):
        d = Decimal(self)
        d._sign = 0
        return d

    def copy_negate(self):
        d = Decimal(self)
        d._sign = 1 - d._sign
        return d

    def copy_sign(self, other, context=None):
        d = Decimal(self)
        d._sign = Decimal._convert(other)._sign
        return d

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_finite(self):
        return self._special is None

    def is_infinite(self):
        return self._special == 'Infinity'

    def is_nan(self):
        return self._special in ('NaN', 'sNaN')

    def is_qnan(self):
        return self._special == 'NaN'

    def is_snan(self):
        return self._special == 'sNaN'

    def is_normal(self, context=None):
        return self._special is None and self._int != 0

    def max(self, other, context=None):
        other = Decimal._convert(other)
        return self if self >= other else other

    def min(self, other, context=None):
        other = Decimal._convert(other)
        return self if self <= other else other

    def fma(self, other, third, context=None):
        return Decimal._make(self._sign ^ Decimal._convert(other)._sign, self._int * Decimal._convert(other)._int,
                             self._exp + Decimal._convert(other)._exp) + Decimal._convert(third)

    # exp, ln and log10 are computed in integer fixed point with guard digits, then rounded
    # half-even to the context's precision (CPython's results are correctly rounded); exact
    # results (exp(0), ln(1), log10 of a power of ten) stay exact.
    def exp(self, context=None):
        if self._special:
            if self._special != 'Infinity':
                return self
            return Decimal(0) if self._sign else self
        if not self._int:
            return Decimal(1)
        if self.adjusted() > 7:
            return Decimal(repr(_math.exp(float(self))))._fix()
        prec = getcontext().prec
        guard = prec + 20 + max(0, self.adjusted() + 1)
        return _exp_fixed(self, guard)._round(prec, ROUND_HALF_EVEN)

    def _log_domain(self):
        # What ln and log10 give without computing: +Infinity and NaNs themselves, -Infinity for
        # zero; -Infinity and negative numbers are invalid. None: an ordinary positive number.
        if self._special == 'Infinity' and not self._sign:
            return self
        if self._special:
            if self._special == 'Infinity':
                raise InvalidOperation([InvalidOperation])
            return self
        if not self._int:
            return Decimal._special_of(1, 'Infinity')
        if self._sign:
            raise InvalidOperation([InvalidOperation])
        return None

    def ln(self, context=None):
        special = self._log_domain()
        if special is not None:
            return special
        if self == 1:
            return Decimal(0)
        return _log_result(self, False)

    def log10(self, context=None):
        special = self._log_domain()
        if special is not None:
            return special
        coef, exp = self._int, self._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        if coef == 1:
            return Decimal(exp)
        return _log_result(self, True)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __complex__(self):
        return complex(float(self))


class DivisionImpossible(InvalidOperation):
    pass


DivisionImpossible.__module__ = 'decimal'


_tuple_class = []


def _decimal_tuple():
    # Made on first use: collections is not imported by 'import decimal' alone.
    if not _tuple_class:
        from collections import namedtuple
        _tuple_class.append(namedtuple('DecimalTuple', 'sign digits exponent', module='decimal'))
    return _tuple_class[0]


def __getattr__(name):
    if name == 'DecimalTuple':
        return _decimal_tuple()
    raise AttributeError(f"module 'decimal' has no attribute '{name}'")


def _register():
    import numbers
    import _coroscope
    numbers.Number.register(Decimal)
    _coroscope.c_type_name(Decimal, 'decimal.Decimal')
    _coroscope.c_type_name(Context, 'decimal.Context')


_register()
del _register
