import calendar, pprint
print(calendar.month(2024, 2))
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 3, 10), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.monthcalendar(2023, 10))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2025, 1, w=3))
print(calendar.calendar(2024, m=4)[:400])
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31, "langs": ["py", "java", "c"]}},
                  {"name": "bob", "roles": [], "meta": {}}], "count": 2, "tags": set(range(12)), "t": tuple(range(30))}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(40)), compact=True, width=50))
pprint.pprint({"b": 1, "a": 2, "c": {"z": 1, "y": [1] * 20}}, sort_dicts=False, indent=2)
print(pprint.saferepr({"self": "x"}), pprint.isreadable([1, 2]))
