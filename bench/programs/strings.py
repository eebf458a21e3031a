# Strings: building with join and +=, splitting, replacing, case changes, searching,
# f-strings with format specs, str.format, slicing and character codes.


def make_line(i):
    return f"{i:06d},item-{i % 97:02d},{(i * 37) % 1000:>4},{'yes' if i % 3 else 'no'}"


lines = [make_line(i) for i in range(210_000)]
csv = "\n".join(lines)
print("csv:", len(csv), csv[:30].replace("\n", "|"))

total = 0
yes = 0
names = {}
for row in csv.split("\n"):
    fields = row.split(",")
    total += int(fields[2])
    if fields[3] == "yes":
        yes += 1
    name = fields[1].upper().replace("ITEM-", "I")
    names[name] = names.get(name, 0) + 1
print("parsed:", total, yes, len(names), sorted(names)[:3])

report = ""
for i in range(17000):
    report += "{:<8}|{:>10.3f}|{:^7}\n".format("r" + str(i), i / 7, i % 11)
print("report:", len(report), report.count("|"), report[-30:].strip())

words = csv.replace(",", " ").split()
caps = " ".join(w.capitalize() for w in words[:20000])
print("words:", len(words), caps[:40])

found = 0
pos = 0
while True:
    pos = csv.find("item-42", pos)
    if pos < 0:
        break
    found += 1
    pos += 1
print("find:", found, csv.count("yes"), csv.startswith("000000"), csv.endswith("yes"))

codes = 0
for ch in csv[:1_100_000]:
    codes = (codes * 131 + ord(ch)) % 1000000007
print("codes:", codes, "".join(chr(65 + (i * 7) % 26) for i in range(26)))

parts = []
for i in range(110_000):
    s = str(i)
    parts.append(s[::-1].zfill(6) + s.rjust(6, ".") + s.strip("0"))
joined = "".join(parts)
print("pieces:", len(joined), joined[100:140], joined.lower() == joined)
