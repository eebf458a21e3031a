# str.format and format_map write a field's formatted str by its characters, not through its
# __str__: a __format__ that returns an instance of a str subclass whose __str__ says something
# else. Recorded with CPython 3.11.7.
class Loud(str):
    def __str__(self):
        return "LOUD"


class Item:
    def __init__(self, text):
        self.text = text

    def __format__(self, spec):
        return Loud(self.text + spec)


a = Item("ab")
for r in ("{}".format(a), "[{}]".format(a), "{}{}".format(a, a), "{:x}|{}".format(a, 1),
          "{0}-{0:y}".format(a), "{k}!".format(k=a), "{k}".format_map({"k": a}), f"[{a}]", f"{a:z}"):
    print(repr(str.__str__(r)), type(r).__name__, len(r))
print("{}|{:>6}".format(Loud("q"), Loud("w")), "[{!s}]".format(Loud("e")), "[{}]".format(Loud("r")))
