class Account:
    __slots__ = ("owner", "balance")
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

class Plain:
    def __init__(self):
        self.value = 1

acct = Account("ann")
cases = [
    ("set typo on slots", lambda: setattr(acct, "balanse", 5)),
    ("del missing on plain", lambda: delattr(Plain(), "valu")),
    ("del missing class attr", lambda: delattr(Plain, "valeu")),
    ("set on int", lambda: setattr(5, "real_", 1)),
    ("del on object()", lambda: delattr(object(), "x")),
    ("get typo", lambda: acct.balanse),
    ("get unset slot", lambda: Account.__new__(Account).balance),
    ("get on class", lambda: Plain.valeu),
    ("get on module", lambda: __import__("math").pie),
]
for label, fn in cases:
    try:
        fn()
    except AttributeError as e:
        print(f"{label}: {e} | name={e.name!r} obj_is_set={e.obj is not None}")
acct.balanse = 10
