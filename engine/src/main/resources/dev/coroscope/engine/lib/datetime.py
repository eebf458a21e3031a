"""datetime for Coroscope: dates, times, datetimes, time deltas and fixed-offset time zones with
CPython's arithmetic, reprs, str/isoformat and strftime codes. now()/today() read the run's
virtual clock (time.time()), so runs stay reproducible; local time is UTC. Written for the engine."""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _ordinal(y, m, d):
    """Days since 0001-01-00 (0001-01-01 is day 1)."""
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _from_ordinal(n):
    # Walk down by 400-, 100-, 4- and 1-year cycles from the day count.
    n -= 1
    q400, n = divmod(n, 146097)
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    year = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 1
    while month < 12:
        nxt = _DAYS_BEFORE_MONTH[month + 1] + (month + 1 > 2 and leap)
        if n < nxt:
            break
        month += 1
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _int(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int):
        if hasattr(type(v), "__index__"):
            return v.__index__()
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return int(v)


def _check_date(year, month, day):
    year, month, day = _int(year), _int(month), _int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_days(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _int(hour), _int(minute), _int(second), _int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _cmp_error(a, b):
    raise TypeError("can't compare '%s' to '%s'" % (type(a).__name__, type(b).__name__))


# ---- timedelta -------------------------------------------------------------------------------


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalised."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hash")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    _component_name(days, seconds, microseconds, milliseconds, minutes, hours, weeks, v),
                    type(v).__name__))
        parts = (days * 86400 * 10**6, seconds * 10**6, microseconds, milliseconds * 1000,
                 minutes * 60 * 10**6, hours * 3600 * 10**6, weeks * 7 * 86400 * 10**6)
        if all(isinstance(p, int) for p in parts):
            total = sum(parts)
        else:
            whole = sum(p for p in parts if isinstance(p, int))
            frac = 0.0
            for p in parts:
                if isinstance(p, float):
                    ip = int(p)
                    whole += ip
                    frac += p - ip
            total = whole + round(frac)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        days, rest = divmod(total, 86400 * 10**6)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 10**6)
        self._hash = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        # Only the non-zero fields are named; a zero timedelta shows as (0).
        fields = [f"{name}={value}" for name, value in
                  (("days", self._days), ("seconds", self._seconds), ("microseconds", self._microseconds)) if value]
        return f"{_module_of(self)}.{type(self).__qualname__}({', '.join(fields) or '0'})"

    def __str__(self):
        hours, rest = divmod(self._seconds, 3600)
        text = f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        if self._microseconds:
            text = f"{text}.{self._microseconds:06d}"
        if self._days:
            unit = "day" if abs(self._days) == 1 else "days"
            text = f"{self._days} {unit}, {text}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_round_half_even(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _component_name(days, seconds, microseconds, milliseconds, minutes, hours, weeks, v):
    for name, x in (("days", days), ("seconds", seconds), ("microseconds", microseconds),
                    ("milliseconds", milliseconds), ("minutes", minutes), ("hours", hours), ("weeks", weeks)):
        if x is v:
            return name
    return "days"


def _round_half_even(a, b):
    q, r = divmod(a, b)
    r2 = 2 * r
    if r2 > b or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _module_of(obj):
    mod = type(obj).__module__
    return "datetime" if mod == "datetime" else mod


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- tzinfo / timezone -----------------------------------------------------------------------


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        if name is None and offset._us() == 0 and "utc" in timezone.__dict__:
            return timezone.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return _offset_name(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)


def _offset_name(off):
    us = off._us()
    if us == 0:
        return "UTC"
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    hh, rest = divmod(us, 3600 * 10**6)
    mm, rest = divmod(rest, 60 * 10**6)
    ss, micro = divmod(rest, 10**6)
    s = "UTC%s%02d:%02d" % (sign, hh, mm)
    if ss or micro:
        s += ":%02d" % ss
        if micro:
            s += ".%06d" % micro
    return s


_utc = object.__new__(timezone)
_utc._offset = timedelta(0)
_utc._name = None
timezone.utc = _utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    us = off._us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    hh, rest = divmod(us, 3600 * 10**6)
    mm, rest = divmod(rest, 60 * 10**6)
    ss, micro = divmod(rest, 10**6)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or micro:
        s += "%s%02d" % (sep, ss)
        if micro:
            s += ".%06d" % micro
    return s


# ---- strftime --------------------------------------------------------------------------------


def _strftime(fmt, y, mo, d, hh, mi, ss, us, wd, yday, tzobj, dtobj):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == "Y":
            out.append("%d" % y if y >= 1000 else "%d" % y)
        elif code == "m":
            out.append("%02d" % mo)
        elif code == "d":
            out.append("%02d" % d)
        elif code == "e":
            out.append("%2d" % d)
        elif code == "H":
            out.append("%02d" % hh)
        elif code == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif code == "M":
            out.append("%02d" % mi)
        elif code == "S":
            out.append("%02d" % ss)
        elif code == "f":
            out.append("%06d" % us)
        elif code == "y":
            out.append("%02d" % (y % 100))
        elif code == "p":
            out.append("AM" if hh < 12 else "PM")
        elif code == "b" or code == "h":
            out.append(_MONTH_NAMES[mo][:3])
        elif code == "B":
            out.append(_MONTH_NAMES[mo])
        elif code == "a":
            out.append(_DAY_NAMES[wd][:3])
        elif code == "A":
            out.append(_DAY_NAMES[wd])
        elif code == "w":
            out.append("%d" % ((wd + 1) % 7))
        elif code == "u":
            out.append("%d" % (wd + 1))
        elif code == "j":
            out.append("%03d" % yday)
        elif code == "U":
            out.append("%02d" % ((yday + 6 - (wd + 1) % 7) // 7))
        elif code == "W":
            out.append("%02d" % ((yday + 6 - wd) // 7))
        elif code == "G" or code == "V":
            iy, iw, _ = _iso_calendar(y, mo, d)
            out.append("%d" % iy if code == "G" else "%02d" % iw)
        elif code == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[wd][:3], _MONTH_NAMES[mo][:3], d, hh, mi, ss, y))
        elif code == "x" or code == "D":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif code == "X" or code == "T":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif code == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif code == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif code == "n":
            out.append("\n")
        elif code == "t":
            out.append("\t")
        elif code == "z":
            off = tzobj.utcoffset(dtobj) if tzobj is not None else None
            out.append(_format_offset(off, "") if off is not None else "")
        elif code == "Z":
            name = tzobj.tzname(dtobj) if tzobj is not None else None
            out.append(name or "")
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + code)
    return "".join(out)


def _iso_calendar(y, m, d):
    def week1_monday(year):
        first = _ordinal(year, 1, 1)
        first_wd = (first + 6) % 7
        monday = first - first_wd
        if first_wd > 3:
            monday += 7
        return monday
    n = _ordinal(y, m, d)
    year = y
    start = week1_monday(year)
    if n < start:
        year -= 1
        start = week1_monday(year)
    elif n >= week1_monday(year + 1):
        year += 1
        start = week1_monday(year)
    week, day = divmod(n - start, 7)
    return year, week + 1, day + 1


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


# ---- date ------------------------------------------------------------------------------------


class date:
    """A calendar date (proleptic Gregorian)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, *_ = _split_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _ordinal(9999, 12, 31):
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            y, m, d = _parse_iso_date(s)
            if len(s) not in (8, 10):
                raise ValueError
            return cls(y, m, d)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        first = _ordinal(year, 1, 1)
        first_wd = (first + 6) % 7
        monday = first - first_wd + (7 if first_wd > 3 else 0)
        return cls(*_from_ordinal(monday + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (_module_of(self), type(self).__qualname__, self._year, self._month, self._day)

    def ctime(self):
        wd = self.weekday()
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[wd][:3], _MONTH_NAMES[self._month][:3], self._day, self._year)

    def strftime(self, fmt):
        yday = self.toordinal() - _ordinal(self._year, 1, 1) + 1
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), yday, None, None)

    def _yday(self):
        return self.toordinal() - _ordinal(self._year, 1, 1) + 1

    def timetuple(self):
        """time.struct_time of the date at midnight; tm_isdst is -1 (unknown)."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _ordinal(9999, 12, 31):
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


date.__module__ = "datetime"
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _parse_iso_date(s):
    if len(s) >= 10 and s[4] == "-" and s[7] == "-":
        return int(s[0:4]), int(s[5:7]), int(s[8:10])
    if len(s) >= 8 and s[:8].isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    raise ValueError


def _parse_iso_time(s):
    """hh[:mm[:ss[.ffffff]]][+hh:mm|Z] -> (h, m, s, us, tz)."""
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tzs = s[i:]
            s = s[:i]
            if tzs == "Z":
                tz = timezone.utc
            else:
                sign = -1 if tzs[0] == "-" else 1
                body = tzs[1:].replace(":", "")
                if len(body) not in (2, 4, 6) or not body.isdigit():
                    raise ValueError
                hh, mm = int(body[0:2]), int(body[2:4] or 0)
                ss = int(body[4:6] or 0)
                tz = timezone(sign * timedelta(hours=hh, minutes=mm, seconds=ss))
            break
    frac = 0
    if "." in s or "," in s:
        s, f = s.replace(",", ".").split(".", 1)
        if not f.isdigit() or len(f) > 6 and not f[6:].isdigit():
            raise ValueError
        frac = int((f + "000000")[:6])
    parts = s.split(":") if ":" in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac, tz


def _split_timestamp(t, utc=True):
    if not isinstance(t, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    us_total = round(t * 10**6)
    days, rest = divmod(us_total, 86400 * 10**6)
    y, m, d = _from_ordinal(days + _ordinal(1970, 1, 1))
    secs, us = divmod(rest, 10**6)
    hh, rest = divmod(secs, 3600)
    mi, ss = divmod(rest, 60)
    return y, m, d, hh, mi, ss, us


# ---- time ------------------------------------------------------------------------------------


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            h, m, sec, us, tz = _parse_iso_time(s[1:] if s.startswith("T") else s)
            return cls(h, m, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        return s + _format_offset(off) if off is not None else s

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s.%s(%d, %d%s)" % (_module_of(self), type(self).__qualname__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1,
                         self._tzinfo, None)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        a, b = self._key(), other._key()
        if self._tzinfo is not None:
            a = (self._hour * 3600 + self._minute * 60 + self._second) * 10**6 + self._microsecond - self.utcoffset()._us()
            b = (other._hour * 3600 + other._minute * 60 + other._second) * 10**6 + other._microsecond - other.utcoffset()._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if (self._tzinfo is None) != (other._tzinfo is None):
            return False
        return self._cmp(other) == 0

    def __lt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.__module__ = "datetime"
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


# ---- datetime --------------------------------------------------------------------------------


class datetime(date):
    """A date with a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        y, m, d, hh, mi, ss, us = _split_timestamp(t)
        result = cls(y, m, d, hh, mi, ss, us)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_split_timestamp(t))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            y, m, d = _parse_iso_date(s)
            dlen = 10 if len(s) >= 10 and s[4] == "-" else 8
            rest = s[dlen:]
            if rest:
                if rest[0] not in "T ":
                    raise ValueError
                h, mi, sec, us, tz = _parse_iso_time(rest[1:])
            else:
                h = mi = sec = us = 0
                tz = None
            return cls(y, m, d, h, mi, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def _us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 10**6
                + self._microsecond)

    def timetuple(self):
        """time.struct_time; tm_isdst from dst(): -1 when unknown (naive, or dst() is None)."""
        shift = self.dst()
        flag = -1 if shift is None else (1 if shift else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        """timetuple() of the UTC time (an aware datetime moved by its offset); tm_isdst is 0."""
        moment = self
        off = self.utcoffset()
        if off:
            moment = (self - off).replace(tzinfo=None)
        return _time.struct_time((moment._year, moment._month, moment._day, moment._hour, moment._minute,
                                  moment._second, moment.weekday(), moment._yday(), 0))

    def timestamp(self):
        us = self._us() - _ordinal(1970, 1, 1) * 86400 * 10**6
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us / 10**6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        _check_tz(tz)
        off = self.utcoffset()
        base = self if off is None else self - off
        return tz.fromutc(base.replace(tzinfo=tz))

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        return s + _format_offset(off) if off is not None else s

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if parts[-1] == 0:
            del parts[-1]
        if parts[-1] == 0:
            del parts[-1]
        s = "%s.%s(%s)" % (_module_of(self), type(self).__qualname__, ", ".join(map(str, parts)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def ctime(self):
        wd = self.weekday()
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[wd][:3], _MONTH_NAMES[self._month][:3], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        yday = self.toordinal() - _ordinal(self._year, 1, 1) + 1
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), yday, self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _cmp(self, other, eq=False):
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._us(), other._us()
        sa, sb = self.utcoffset(), other.utcoffset()
        if (sa is None) != (sb is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if sa is not None:
            a -= sa._us()
            b -= sb._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else False
        return self._cmp(other, True) == 0

    def __lt__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else _cmp_error(self, other)
        return self._cmp(other) < 0

    def __le__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else _cmp_error(self, other)
        return self._cmp(other) <= 0

    def __gt__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else _cmp_error(self, other)
        return self._cmp(other) > 0

    def __ge__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else _cmp_error(self, other)
        return self._cmp(other) >= 0

    def __hash__(self):
        off = self.utcoffset()
        us = self._us() - (off._us() if off is not None else 0)
        return hash(us)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us() + other._us()
        days, rest = divmod(total, 86400 * 10**6)
        if not 0 < days <= _ordinal(9999, 12, 31):
            raise OverflowError("date value out of range")
        y, m, d = _from_ordinal(days)
        secs, us = divmod(rest, 10**6)
        hh, rest = divmod(secs, 3600)
        mi, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mi, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a, b = self._us(), other._us()
            sa, sb = self.utcoffset(), other.utcoffset()
            if (sa is None) != (sb is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if sa is not None:
                a -= sa._us()
                b -= sb._us()
            return timedelta._from_us(a - b)
        return NotImplemented


datetime.__module__ = "datetime"
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(s, fmt):
    if not isinstance(s, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(s).__name__)
    import re
    pieces = {
        "Y": r"(?P<Y>\d\d\d\d)", "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])", "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
        "H": r"(?P<H>2[0-3]|[0-1]\d|\d)", "M": r"(?P<M>[0-5]\d|\d)", "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
        "f": r"(?P<f>[0-9]{1,6})", "y": r"(?P<y>\d\d)", "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        "p": r"(?P<p>am|pm)", "b": r"(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        "B": r"(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)",
        "a": r"(?P<a>mon|tue|wed|thu|fri|sat|sun)", "A": r"(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])", "%": "%",
    }
    regex = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            code = fmt[i + 1]
            if code not in pieces:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, "%" + code))
            regex.append(pieces[code])
            i += 2
        elif c.isspace():
            regex.append(r"\s+")
            i += 1
        else:
            regex.append(re.escape(c))
            i += 1
    m = re.match("(?i)" + "".join(regex), s)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (s, fmt))
    if len(s) != m.end():
        raise ValueError("unconverted data remains: %s" % s[m.end():])
    g = m.groupdict()
    year = int(g["Y"]) if g.get("Y") else (2000 + int(g["y"]) if int(g["y"]) < 69 else 1900 + int(g["y"])) \
        if g.get("y") else 1900
    month = int(g["m"]) if g.get("m") else 1
    for key in ("b", "B"):
        if g.get(key):
            month = [n[:3].lower() for n in _MONTH_NAMES].index(g[key][:3].lower())
    day = int(g["d"]) if g.get("d") else 1
    hour = int(g["H"]) if g.get("H") else 0
    if g.get("I"):
        hour = int(g["I"]) % 12
        if g.get("p") and g["p"].lower() == "pm":
            hour += 12
    minute = int(g["M"]) if g.get("M") else 0
    second = int(g["S"]) if g.get("S") else 0
    micro = int((g["f"] + "000000")[:6]) if g.get("f") else 0
    if g.get("j") and not g.get("m") and not g.get("d"):
        year, month, day = _from_ordinal(_ordinal(year, 1, 1) + int(g["j"]) - 1)
    return year, month, day, hour, minute, second, micro


def _name_types():
    # CPython's classes here are C types: messages call them 'datetime.date' and so on.
    import _coroscope
    for cls in (timedelta, tzinfo, timezone, date, time, datetime):
        _coroscope.c_type_name(cls, 'datetime.' + cls.__name__)


_name_types()
del _name_types
