# str() and repr() of an int write its digits into a new string, so even a one-digit result is
# not the cached one-character string that a literal, indexing or chr() give.
x = 5
s = str(x)
print(s == "5", s is "5", repr(x) is "5", ascii(x) is "5", f"{x!s}" is "5", f"{x!r}" is "5")
print(x.__str__() is "5", x.__repr__() is "5", int.__repr__(x) is "5", f"{x}" is "5")
print(chr(53) is "5", "54"[0] is "5", "5" is "5", str(s) is s, str(x) is str(x))
print(str(10)[0] is "1", repr(-3)[1] is "3", str(True) is str(True))
