# int formatting with format specs for values that fit 64 bits and values just past them (the
# engine formats the first kind without big-integer arithmetic); each spec is used many times.
VALUES = [0, 1, -1, 7, -42, 255, 1000, -65535, 123456789, 2**31, -2**31, 2**62, 2**63 - 1, -2**63,
          2**63, -2**63 - 1, 2**64 + 5, -(10**25)]
SPECS = ["", "d", "06d", "02d", ">4", "<8", "^9", "+", " ", "-", "=+12", "*^15,", "_", ",", "x", "#X",
         "#o", "b", "#_b", "016_x", "n", "08,", "c", "e", ".3f", "%", "G", "z", ".2", "=", "012,d"]
for spec in SPECS:
    row = []
    for v in VALUES:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError, TypeError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), row)
rows = [f"{i:06d},{i % 97:02d},{(i * 37) % 1000:>4},{-i:+x},{i:_b}" for i in range(-3, 2000, 7)]
print(len(rows), rows[:3], rows[-2:])
print("{:<8}|{:>10.3f}|{:^7}|{:#06x}".format("r1", 1 / 7, 42, 255), "%05d|%-6x|" % (42, 255))
