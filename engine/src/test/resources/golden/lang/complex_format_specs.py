# format() of complex numbers: every presentation type, alignment, signs, grouping and the refused options
zs = [1+2j, -1.5-0.25j, 2j, -2j, complex(0.0, 0), complex(-0.0, 1), complex(1e20, -1e-7), complex(float("inf"), float("nan")), 12345.678+9876543.21j, 1/3+2/3j]
specs = ["", ".2", ".1f", ">20", "<18", "^20", "*^22.3f", "+", " ", "+.2e", "g", "G", ",.2f", "_.1f", "10.3g", "#.0f", "z.1f", "n", ".0%"]
for z in zs:
    row = []
    for s in specs:
        try:
            row.append(format(z, s))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(repr(z), row)
for s in ["010", "0>10", "=10", "d", "s"]:
    try:
        print(format(1+1j, s))
    except ValueError as e:
        print(s, "ValueError:", e)
print(f"{3-4j:.3f} {abs(3-4j)} {(1+2j).conjugate()} {complex('1+2j')}")
