import csv, io
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"', "plain"])
print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['a,"b"c,d', 'x,y"z,w', ' "s",t'])))
print(list(csv.reader(["a,b\r\n", "c,d\n"])))
print(list(csv.reader(io.StringIO("h1,h2\r\n1,2\r\n"))))
text = "id,item,qty\n1,apple,3\n2,pear,5\n3,fig,1\n"
rows = list(csv.DictReader(io.StringIO(text)))
total = sum(int(r["qty"]) for r in rows)
print(total, max(rows, key=lambda r: int(r["qty"]))["item"], [r["item"] for r in sorted(rows, key=lambda r: r["item"])])
dr = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print(list(dr))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["a", "b"], extrasaction="ignore", restval="-")
w.writeheader(); w.writerow({"a": 1, "c": 3}); print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad")
except ValueError as e:
    print(e)
report = io.StringIO()
writer = csv.writer(report)
writer.writerow(["Name", "Score"])
for name, score in [("Ann", 93.5), ("Bob", 78), ('Dee "D"', 88)]:
    writer.writerow([name, score])
print(report.getvalue())
print(list(csv.reader(report.getvalue().splitlines())))
