import calendar
c = calendar.Calendar(3); print(list(c.iterweekdays()), type(c.iterweekdays()).__name__)
for v in (0, 6, 7, -1):
    try:
        calendar.setfirstweekday(v); print(calendar.firstweekday())
    except Exception as e: print(type(e).__name__, e)
calendar.setfirstweekday(0)
c.firstweekday = 9; print(c.firstweekday, list(c.iterweekdays()))
