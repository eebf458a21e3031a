"""calendar for Coroscope: month and year calendars as text (the layout CPython's TextCalendar
prints), weekday/leap-year helpers and the Calendar iterators, in English. Written for the engine."""

import datetime

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday', 'isleap',
           'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr', 'Calendar', 'TextCalendar',
           'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class _BadNumber(ValueError):
    _text = ''

    def __init__(self, number):
        setattr(self, self._field, number)

    def __str__(self):
        return self._text % (getattr(self, self._field),)


class IllegalMonthError(_BadNumber):
    _field, _text = 'month', 'bad month number %r; must be 1-12'


class IllegalWeekdayError(_BadNumber):
    _field, _text = 'weekday', 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)'


January = 1
February = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

day_name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
day_abbr = [d[:3] for d in day_name]
month_name = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
              'October', 'November', 'December']
month_abbr = [''] + [m[:3] for m in month_name[1:]]


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    # Leap years in [y1, y2): those up to y2-1 minus those up to y1-1, each counted by the Gregorian rule.
    def upto(y):
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    days = _DAYS_IN_MONTH[month] + (month == February and isleap(year))
    return first, days


def _monthlen(year, month):
    return _DAYS_IN_MONTH[month] + (month == February and isleap(year))


class Calendar:
    """Iterates over the days of months, weeks starting on firstweekday (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        first = self.firstweekday
        yield from ((first + i) % 7 for i in range(7))

    def itermonthdays2(self, year, month):
        """(day of month or 0 outside the month, weekday) for the whole weeks covering the month."""
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        for i in range(lead):
            yield 0, (self.firstweekday + i) % 7
        wd = first
        for day in range(1, ndays + 1):
            yield day, wd
            wd = (wd + 1) % 7
        trail = (self.firstweekday - wd) % 7
        for i in range(trail):
            yield 0, (wd + i) % 7

    def itermonthdays(self, year, month):
        for day, wd in self.itermonthdays2(year, month):
            yield day

    def itermonthdays3(self, year, month):
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        start = datetime.date(year, month, 1) - datetime.timedelta(days=lead)
        total = lead + ndays
        total += (-total) % 7
        for i in range(total):
            d = start + datetime.timedelta(days=i)
            yield d.year, d.month, d.day

    def itermonthdays4(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, datetime.date(y, m, d).weekday()

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def _weeks(self, items):
        items = list(items)
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


def _row(columns, colwidth, spacing):
    return (' ' * spacing).join(col.center(colwidth) for col in columns)


class TextCalendar(Calendar):
    """Month and year calendars as plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        text = '' if day == 0 else '%2i' % day
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = '%s %r' % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return ''.join(line + '\n' * l for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), '\n' * l]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append('\n' * l)
            out.append(_row([self.formatmonthname(theyear, k, colwidth, False) for k in months], colwidth, c).rstrip())
            out.append('\n' * l)
            out.append(_row([header for k in months], colwidth, c).rstrip())
            out.append('\n' * l)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out.append(_row(weeks, colwidth, c).rstrip())
                out.append('\n' * l)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


# The module-level functions are the methods of one shared TextCalendar (named c, as in CPython).
c = TextCalendar()
for _name, _method in (('firstweekday', 'getfirstweekday'), ('monthcalendar', 'monthdayscalendar'),
                       ('prweek', 'prweek'), ('week', 'formatweek'), ('weekheader', 'formatweekheader'),
                       ('prmonth', 'prmonth'), ('month', 'formatmonth'), ('calendar', 'formatyear'),
                       ('prcal', 'pryear')):
    globals()[_name] = getattr(c, _method)
del _name, _method


def setfirstweekday(firstweekday):
    # Checked here (a Calendar itself takes any int and reduces it modulo 7).
    if MONDAY <= firstweekday <= SUNDAY:
        c.firstweekday = firstweekday
    else:
        raise IllegalWeekdayError(firstweekday)


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
