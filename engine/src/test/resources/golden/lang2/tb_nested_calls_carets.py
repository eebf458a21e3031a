def parse(s):
    return int(s)
def total(items):
    return sum(parse(x) for x in items)
def report(data):
    return f"Total: {total(data['items'])}"
print(report({"items": ["1", "2"]}))
print(report({"items": ["1", "two"]}))
