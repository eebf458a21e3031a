def task(i):
    if i % 2:
        e = ValueError(f"task {i} failed")
        e.add_note(f"retry count: {i}")
        raise e
    return i
errors = []
for i in range(4):
    try:
        task(i)
    except ValueError as e:
        errors.append(e)
eg = ExceptionGroup("tasks failed", errors)
eg.add_note("2 of 4 tasks")
raise eg
