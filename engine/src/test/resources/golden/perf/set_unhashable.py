# Unhashable keys fail in every set operation, also on empty sets (where Java's set would not hash them).
# (How often a key's __hash__ runs is not shown here: a traced run re-hashes set elements to show
# them in CPython's order, see SetOrder, so a printing __hash__ would differ under tracing.)
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
