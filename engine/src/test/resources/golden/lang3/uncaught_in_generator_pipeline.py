def read(lines):
    for line in lines:
        yield line.strip()
def parse(rows):
    for r in rows:
        name, qty = r.split(",")
        yield name, int(qty)
def total(items):
    return sum(q for _, q in items)
data = ["apple,3", "pear,4", "plum,x"]
print(total(parse(read(data))))
