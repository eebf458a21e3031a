from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x y")
print(P.__doc__, P(1, 2))
class Q(NamedTuple):
    a: int
class R(NamedTuple):
    """Doc R."""
    a: int
print(Q.__doc__, R.__doc__)
help_text = P.x.__doc__
print(help_text)
