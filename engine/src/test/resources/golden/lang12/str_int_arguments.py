# str methods' int arguments convert as CPython's C types: maxsplit, count, widths are Py_ssize_t
# (OverflowError past 64 bits), expandtabs' tabsize and splitlines' keepends a C int; a search
# start past the end finds nothing however large.


class Idx:
    def __index__(self):
        return 1


a = "a\tb\nc"
tests = [
    'a.count("a", 5)', 'a.count("a", 2**40)', 'a.count("a", 2**62)', 'a.count("", 5)', 'a.count("", 2**80)',
    'a.count("a", -2**80)', 'a.count("", -2**80, 2**80)', 'a.count("b", 2**32 + 2)', 'a.count("", 2**32 + 1, 2**33)',
    'a.find("", 2**80)', 'a.rfind("", 2**80)', 'a.index("a", -2**80)', 'a.find("b", 2**32 + 2)',
    'a.expandtabs(-2**31-1)', 'a.expandtabs(2**31)', 'a.expandtabs(-2**31)', 'a.expandtabs(2)', 'a.expandtabs(True)',
    'a.expandtabs(Idx())', 'a.expandtabs(2.0)', 'a.expandtabs(tabsize=2**40)',
    'a.splitlines(2**31)', 'a.splitlines(2**31-1)', 'a.splitlines(-2**31)', 'a.splitlines("x")', 'a.splitlines(2.0)',
    'a.splitlines(None)', 'a.splitlines(-2**31-1)', 'a.splitlines(keepends=2**40)', 'a.splitlines(0)', 'a.splitlines(Idx())',
    'a.splitlines(False)', 'a.splitlines(keepends=1)',
    'a.replace("a","b",2**63)', 'a.replace("a","b",-2**63-1)', 'a.replace("a","b",-2**63)', 'a.replace("a","b",2**63-1)',
    'a.replace("a","b",Idx())', 'a.replace("a","b",1.0)',
    'a.center(2**63)', 'a.ljust(2**63)', 'a.rjust(-2**63-1)', 'a.zfill(2**63)', 'a.zfill(-2**70)', 'a.center(-2**63)',
    'a.center(2**63, 5)', 'a.center(2**64, "xy")', 'a.rjust(Idx(), "*")', 'a.zfill(Idx())', 'a.ljust(7.0)',
]
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
