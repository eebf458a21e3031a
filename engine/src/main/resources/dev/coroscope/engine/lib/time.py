# Coroscope's time module, the part written in Python: struct_time and the calendar functions
# (gmtime, localtime, mktime, asctime, ctime, strftime, strptime). It runs in the namespace of the
# Java core, which provides the clocks and sleep() on the run's virtual clock. Local time is UTC,
# as in a container without a time zone. Compiled as library code.

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
_WEEKDAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(values))
        if len(values) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(values))
        made = super().__new__(cls, values[:9])
        extra = list(values[9:]) + [None] * (11 - len(values))
        made._zone, made._gmtoff = extra
        return made

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % pair for pair in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self),))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)


struct_time.__module__ = 'time'


def _whole_seconds(secs):
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        return int(secs // 1)
    if isinstance(secs, int):
        return secs
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def _civil(days):
    """(year, month, day) of a day count from 1970-01-01 (proleptic Gregorian)."""
    days += 719468  # shift the epoch to 0000-03-01
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    month_index = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * month_index + 2) // 5 + 1
    month = month_index + 3 if month_index < 10 else month_index - 9
    year = year_of_era + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _day_of_year(year, month, day):
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    return before + day + (1 if month > 2 and _leap(year) else 0)


def _days_since_epoch(year, month, day):
    y = year - (1 if month <= 2 else 0)
    era = y // 400
    year_of_era = y - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _breakdown(secs, zone):
    total = _whole_seconds(secs)
    days, rest = divmod(total, 86400)
    year, month, day = _civil(days)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    return struct_time((year, month, day, hour, minute, second, weekday, _day_of_year(year, month, day), 0,
                        zone, 0))


def gmtime(secs=None):
    return _breakdown(secs, 'GMT')


def localtime(secs=None):
    return _breakdown(secs, 'UTC')


def _as_struct(t, caller):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % caller)
    return struct_time(t)


def mktime(t):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('mktime(): illegal time tuple argument')
    year, month, day, hour, minute, second = (int(v) for v in t[:6])
    extra_years, month_zero = divmod(month - 1, 12)
    days = _days_since_epoch(year + extra_years, month_zero + 1, 1) + day - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + second)


def asctime(t=None):
    t = _as_struct(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_WEEKDAYS[t[6] % 7], _MONTHS[(t[1] - 1) % 12], t[2], t[3], t[4],
                                           t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    t = _as_struct(t, 'strftime')
    import datetime as _datetime
    zone = t.tm_zone if t.tm_zone is not None else 'UTC'
    tz = _datetime.timezone(_datetime.timedelta(0), zone)
    return _datetime._strftime(format, t[0], t[1], t[2], t[3], t[4], t[5], 0, t[6], t[7], tz, None)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    import datetime as _datetime
    moment = _datetime.datetime.strptime(string, format)
    year, month, day = moment.year, moment.month, moment.day
    return struct_time((year, month, day, moment.hour, moment.minute, moment.second, moment.weekday(),
                        _day_of_year(year, month, day), -1, None, None))


# ---- the other clocks -------------------------------------------------------------------------
# Every clock of a run reads its virtual clock: the wall and monotonic clocks as time() and
# monotonic() do, the CPU-time clocks as process_time() does (one thread's CPU time is the
# process's: only one thread runs at a time). What get_clock_info() says of each is what CPython
# says on Linux, where these programs' reference output comes from.

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

# name -> (the Linux clock behind it, monotonic, adjustable)
_CLOCKS = {
    'time': ('CLOCK_REALTIME', False, True),
    'monotonic': ('CLOCK_MONOTONIC', True, False),
    'perf_counter': ('CLOCK_MONOTONIC', True, False),
    'process_time': ('CLOCK_PROCESS_CPUTIME_ID', True, False),
    'thread_time': ('CLOCK_THREAD_CPUTIME_ID', True, False),
}


def get_clock_info(name):
    if not isinstance(name, str):
        raise TypeError('get_clock_info() argument 1 must be str, not %s' % type(name).__name__)
    if name not in _CLOCKS:
        raise ValueError('unknown clock')
    clock, steady, adjustable = _CLOCKS[name]
    import types as _types
    return _types.SimpleNamespace(implementation='clock_gettime(%s)' % clock,
                                  monotonic=steady, adjustable=adjustable, resolution=1e-09)


def process_time_ns():
    return int(process_time() * 1e9)


def thread_time():
    return process_time()


def thread_time_ns():
    return process_time_ns()


def _clock_reader(clk_id):
    if not isinstance(clk_id, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(clk_id).__name__)
    if clk_id in (CLOCK_REALTIME, CLOCK_TAI):
        return time
    if clk_id in (CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME):
        return monotonic
    if clk_id in (CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID):
        return process_time
    raise OSError(22, 'Invalid argument')


def clock_gettime(clk_id):
    return _clock_reader(clk_id)()


def clock_gettime_ns(clk_id):
    return int(_clock_reader(clk_id)() * 1e9)


def clock_getres(clk_id):
    _clock_reader(clk_id)
    return 1e-09
