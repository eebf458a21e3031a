# A bytearray method that refuses a value leaves the bytearray as it was.
b = bytearray(b"abc")


def attempt(label, action):
    try:
        action()
    except (ValueError, TypeError) as e:
        print(f"{label:<22} {type(e).__name__}: {e}")
    print(f"{'':<22} now {b!r} (len {len(b)})")


attempt("append(256)", lambda: b.append(256))
attempt("append(-1)", lambda: b.append(-1))
attempt("append('x')", lambda: b.append("x"))
attempt("extend([1, 300])", lambda: b.extend([1, 300]))
attempt("extend(['a'])", lambda: b.extend(["a"]))
attempt("insert(0, 999)", lambda: b.insert(0, 999))
attempt("b[0] = 256", lambda: b.__setitem__(0, 256))
attempt("b[1:2] = [7, 256]", lambda: b.__setitem__(slice(1, 2), [7, 256]))
attempt("b += [1, 2]", lambda: b.__iadd__([1, 2]))
attempt("append(65)", lambda: b.append(65))
print(b)
