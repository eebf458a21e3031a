# set operations call a key's __hash__ once per operation, as CPython, and unhashable keys fail even on empty sets.
class K:
    def __hash__(self):
        print("hash")
        return 1
k = K()
s = set()
print("add"); s.add(k)
print("in"); k in s
print("discard"); s.discard(k)
print("lit"); s = {k}
print("remove"); s.remove(k)
print("fs"); frozenset([k])
print("setcomp"); {x for x in [k]}
print("dictcomp"); {x: 1 for x in [k]}
print("dict()"); dict([(k, 1)])
print("fromkeys"); dict.fromkeys([k])
print("update"); d = {}; d.update({k: 1}); d.update([(k, 2)])
cases = [("[] in set()", lambda: [] in set()), ("set().discard([])", lambda: set().discard([])),
         ("{1}.discard([])", lambda: {1}.discard([])), ("set().add([])", lambda: set().add([])),
         ("{[]}", lambda: {[]}), ("frozenset([[]])", lambda: frozenset([[]])),
         ("set().remove([])", lambda: set().remove([])), ("{1}.remove([])", lambda: {1}.remove([])),
         ("[] in {1}", lambda: [] in {1}), ("{1} - {2} - set([[]])", lambda: {1} - {2} - set([[]])),
         ("set().update([[]])", lambda: set().update([[]])), ("{1}.issubset([[]])", lambda: {1}.issubset([[]])),
         ("{x for x in [[]]}", lambda: {x for x in [[]]}), ("set().isdisjoint([[]])", lambda: set().isdisjoint([[]]))]
for text, f in cases:
    try:
        print(text, f())
    except Exception as e:
        print(text, type(e).__name__, e)
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
print("literal")
s = {K(1), K(2)}
print("add"); s.add(K(3))
print("add again"); s.add(K(1))
print("in"); print(K(2) in s)
print("discard"); s.discard(K(3))
print("remove"); s.remove(K(2))
print("len", len(s))
