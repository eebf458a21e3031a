# str.find/rfind/index/rindex/count with ranges, empty needles and non-BMP text.
s = "abracadabra"
for args in [("a",), ("bra",), ("bra", 2), ("bra", 2, 8), ("bra", 2, 7), ("", 3), ("", 11), ("", 12),
             ("a", -3), ("a", -100, -2), ("zz",), ("a", 5, 2)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
for meth in (s.index, s.rindex):
    try:
        meth("q")
    except ValueError as e:
        print("ValueError", e)
print(s.index("c"), s.rindex("a", 0, 4))
w = "x\U0001F600y\U0001F600z"
print(w.find("y"), w.rfind("\U0001F600"), w.find("z", 3), w.find("\U0001F600", 2), w.rfind("x", 1))
