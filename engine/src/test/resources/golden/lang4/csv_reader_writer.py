import csv, io
data = 'name,age,city\nAnn,30,"New York, NY"\nBob,25,"He said ""hi"""\n"multi\nline",1,x\n\nlast,,\n'
rows = list(csv.reader(io.StringIO(data)))
print(rows)
r = csv.reader(io.StringIO(data)); next(r); print(r.line_num, next(r), r.line_num)
for row in csv.DictReader(io.StringIO(data)):
    print(row)
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'q"t', "", None, 1.5, 10, True, "line\nbreak", " sp"]))
w.writerows([[1, 2], [3, 4]])
w.writerow([""])
w.writerow([])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"])
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann", "score": 9.5})
dw.writerows([{"id": 2, "name": "Bob"}, {"id": 3, "name": "Cy, Jr.", "score": 7}])
print(out.getvalue(), end="")
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print(e)
out = io.StringIO()
csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a", 1, None])
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.5, True])
csv.writer(out, delimiter="\t").writerow(["tab\tin", "x"])
print(repr(out.getvalue()))
print(list(csv.reader(["a;b;c", "1; 2;3"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(['"1","a",2'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\tb"], dialect="excel-tab")), csv.list_dialects())
csv.register_dialect("pipes", delimiter="|")
print(list(csv.reader(["x|y|z"], dialect="pipes")), csv.get_dialect("pipes").delimiter)
for bad in ["csv.reader(5)", "csv.writer(5)", "list(csv.reader([1]))", "csv.get_dialect('nope')", "csv.writer(io.StringIO(), delimiter='ab')", "csv.writer(io.StringIO()).writerow(5)", "list(csv.reader(['a\"b,c']))", "list(csv.reader(['\"abc']))"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
reader = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
print(list(reader), reader.fieldnames, reader.line_num)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.excel.delimiter, repr(csv.excel.lineterminator))
