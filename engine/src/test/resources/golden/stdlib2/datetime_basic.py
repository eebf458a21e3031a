import datetime
from datetime import date, time, datetime as dt, timedelta, timezone

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(), timedelta(days=-1, seconds=5), timedelta(microseconds=-1), timedelta(weeks=2, milliseconds=1.5),
          timedelta(hours=1.5), timedelta(minutes=-90), timedelta(seconds=0.1234567), timedelta(days=2, microseconds=5),
          timedelta(seconds=86400 * 3 + 59), -timedelta(hours=25)]:
    print(repr(t), "|", t, "|", bool(t))
a, b = timedelta(hours=1), timedelta(minutes=7)
print(a + b, a - b, b - a, a * 3, 2 * a, a * 0.5, a / b, a // b, a % b, divmod(a, b), a / 3, a / 1.5, a // 7, abs(b - a))
print(a > b, a == timedelta(minutes=60), hash(a) == hash(timedelta(seconds=3600)), sorted([a, b, -a]))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max))

d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=60), d - date(2023, 12, 25), date(2024, 3, 1) > d, d.replace(day=1))
print(d.isoformat(), date.fromisoformat("2023-07-04"), date.fromordinal(738000), date.min, date.max, repr(date.resolution))
print(d.strftime("%Y-%m-%d %A %a %B %b %j %U %W %w %u %y %G %V %% %e"), f"{d:%d/%m/%Y}", format(d, ""), f"{d}")
print([date(2021, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar(), date(2019, 12, 30).isocalendar()])
print(date.fromisocalendar(2024, 1, 1), date(2024, 1, 1) == date(2024, 1, 1), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
for args in [(2024, 13, 1), (2024, 2, 30), (0, 1, 1), (2023, 2, 29), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)

t = time(13, 5, 9, 250)
print(repr(t), t, t.isoformat("milliseconds"), t.isoformat("minutes"), t.strftime("%I:%M %p"), repr(time()), time(1, 2))
print(time.fromisoformat("10:30"), time.fromisoformat("10:30:15.5"), repr(time(1, 2, 3, tzinfo=timezone.utc)))
print(time(1) < time(2), time(12, 0) == time(12), time.min, time.max)
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print("ValueError:", e)

x = dt(2024, 1, 5, 13, 4, 5)
print(repr(x), x, x.date(), x.time(), repr(dt(2024, 1, 5)), repr(dt(2024, 1, 5, 0, 0, 0, 7)), x.isoformat(), x.isoformat(" ", "minutes"))
print(x.strftime("%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %%"), x.ctime(), f"{x:%H:%M}")
print(x + timedelta(hours=12), x - timedelta(days=5, seconds=1), dt(2024, 3, 1) - x, x - x, x.replace(year=2020, hour=0))
print(dt.combine(date(2024, 1, 1), time(9, 30)), dt.fromisoformat("2024-01-05T10:20:30"), dt.fromisoformat("2024-01-05 10:20"))
print(dt.fromisoformat("2024-01-05"), repr(dt.fromisoformat("2024-01-05T10:20:30.123+02:00")), dt.fromisoformat("2024-01-05T10:20:30Z"))
print(dt.strptime("2024-03-10 14:30", "%Y-%m-%d %H:%M"), dt.strptime("5 Jan 2024", "%d %b %Y"), dt.strptime("03/04/21 11:05 PM", "%m/%d/%y %I:%M %p"))
print(x > dt(2024, 1, 1), x == dt(2024, 1, 5, 13, 4, 5), sorted([x, dt(2020, 1, 1), dt(2030, 5, 5)])[0], x.weekday(), x.timestamp())
print(dt.fromtimestamp(0, timezone.utc), dt.utcfromtimestamp(86400.5), repr(dt.fromtimestamp(1700000000, timezone.utc)))
u = dt(2024, 1, 5, 12, 0, tzinfo=timezone.utc)
p2 = timezone(timedelta(hours=2))
print(repr(u), u, u.astimezone(p2), repr(p2), p2, timezone(timedelta(hours=-5, minutes=-30)), repr(timezone(timedelta(0), "Z")))
print(u.utcoffset(), u.tzname(), u.astimezone(p2) == u, u.timestamp(), u.isoformat(), u.strftime("%z %Z"), timezone.utc)
print(dt.min, dt.max, repr(timezone.utc), timezone(timedelta(0)) is timezone.utc, datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC)
for bad in [lambda: dt(2024, 1, 1) < u, lambda: u - dt(2024, 1, 1), lambda: dt.strptime("2024", "%Y-%m"), lambda: dt.fromisoformat("nope"),
            lambda: dt.strptime("2024-01-01x", "%Y-%m-%d"), lambda: timezone(timedelta(hours=24))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dt(2024, 1, 1) == u, dt(2024, 1, 1) != date(2024, 1, 1), isinstance(x, date), issubclass(dt, date))
start = dt(2024, 1, 1, 9, 0)
slots = [start + i * timedelta(minutes=45) for i in range(4)]
print([s.strftime("%H:%M") for s in slots], (slots[-1] - slots[0]).total_seconds() / 60)
print(type(dt.now()).__name__, type(date.today()).__name__, dt.now().year >= 2023, isinstance(dt.utcnow(), dt))
