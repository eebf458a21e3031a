# The runtime's fast paths for format(int, spec), int(str) and str(x)/int(x) agree with the general paths.
vals = [0, 1, -1, 7, -7, 42, -42, 12345, -12345, 10**17, -10**17, 2**63 - 1, -2**63, -2**63 + 1, 2**64, True, False]
specs = ['', 'd', '06d', '02d', '>4', '<8', '^7', '^8', '=8', '+d', ' d', '-d', '+06d', ' 06', '0', '00', '1', '010',
         'x<6', '*>6d', '*^9', '*=+8', '0<5', '0>5', '0^5', '0=5', '#d', '#06d', '+', '-08', '=+08', ' =8',
         '\u00e9>5', '\u20ac^6d', '>0', '08', '8', '30', '+30', '=30', '-=30', 'z5', '.2', ',', '_d', '08,', 'n', '5n', 'c']
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(repr(v), repr(s), repr(r))
for t in ['12', ' 37', '  37 ', '\t-5\n', '+7', '-0', '0012', '1_000', ' 1 2', '- 1', '', ' ', '\x1c5', '\u20035', '١٢', '123456789012345678', '1234567890123456789', '-999999999999999999', '99999999999999999999']:
    try:
        r = int(t)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(t), repr(r))
class S(str):
    pass
class I(int):
    pass
class P:
    def __str__(self):
        return 'P!'
print(repr(str(5)), repr(str('x')), type(str(S('a'))).__name__, repr(S(5)), type(S(5)).__name__, str(P()), repr(I('12')), type(I(' 3 ')).__name__, int(3.7), int(True), str(None), str(b'ab'))
s = 'abc'
print(str(s) is s, int(I(4)) .__class__.__name__)
print(f"{7:06d}|{-7:06d}|{3:>4}|{'yes':<5}|{2.5:>10.3f}|{12:^7}|{5:x^7}")
