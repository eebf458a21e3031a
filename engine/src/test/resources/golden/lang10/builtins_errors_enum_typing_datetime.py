import enum, typing, copy, pprint, datetime, operator, functools, collections

print(list(zip("ab", [1, 2], strict=True)))
for args in [("abc", [1, 2]), ("a", [1, 2])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
print(list(map(operator.add, [1, 2, 3], [10, 20])), list(enumerate("xy", start=5)), list(reversed({"a": 1, "b": 2})))
print({"a": 1} | {"b": 2, "a": 3}, min([], default="empty"), max(3, 1, key=lambda v: -v), sum([[1], [2]], []))
for bad in [lambda: sum(["a", "b"], ""), lambda: min([]), lambda: max(), lambda: sorted([1, "a"]), lambda: len(5), lambda: iter(5),
            lambda: next(iter([])), lambda: [1, 2][5], lambda: {"a": 1}["b"], lambda: int(None), lambda: abs("x"),
            lambda: "abc" * 1.5, lambda: [] + (), lambda: {}.fromkeys(1), lambda: divmod(1, 0), lambda: 2 ** 10000.0,
            lambda: float("1e400") * 0 + int(float("inf")), lambda: chr(-1), lambda: ord("ab"), lambda: hash([]),
            lambda: setattr(1, "x", 2), lambda: getattr(object(), "nope"), lambda: range(1, 2, 0), lambda: list(range(3))[::0]]:
    try:
        print("ok?", bad())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
print(isinstance(3, int | str), int | None, list[int], dict[str, list[int]], typing.Optional[int], typing.Union[int, str, None])
Color = enum.Enum("Color", "RED GREEN BLUE")
class Shade(enum.StrEnum):
    DARK = enum.auto()
    LIGHT = "light"
class Level(enum.IntFlag):
    LOW = 1
    HIGH = 2
class Status(enum.Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        return cls.OK if value == 0 else None
print(list(Color), Color(2), Shade.DARK, Shade.DARK.upper(), f"{Shade.LIGHT}", Level.LOW | Level.HIGH, Level(3), Level.LOW + 1, Status(0))
try:
    Status(500)
except ValueError as e:
    print("ValueError:", e)
print(repr(Shade.DARK), repr(Level(3)), str(Level(3)), Status.OK.name, Status.OK.value, Status["NOT_FOUND"], len(Status), Status.OK in Status)
Pt = collections.namedtuple("Pt", "x y", defaults=[0])
p = Pt(1)
print(p, p._replace(y=5), p._asdict(), Pt._fields, Pt._field_defaults, Pt._make([3, 4]), p.x, p[1])
class Movie(typing.TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
print(m, typing.get_type_hints(Movie), Movie.__required_keys__ == frozenset({"title", "year"}))
@typing.runtime_checkable
class Closer(typing.Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), typing.Literal["a", "b"], typing.get_args(dict[str, int]), typing.get_origin(list[int]))
a = [1, [2, 3], {"k": [4]}]
a.append(a)
b = copy.deepcopy(a)
print(b[3] is b, b[1] is a[1], copy.copy(a)[1] is a[1], a)
pprint.pprint({"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "id": i * 1000} for i in range(4)], "total": 4}, width=60)
print(pprint.pformat(list(range(30)), compact=True, width=40))
d = datetime.date(2024, 1, 31)
dt = datetime.datetime(2024, 3, 10, 14, 5, 9)
print(d + datetime.timedelta(days=30), d.weekday(), d.isoformat(), d.strftime("%A %d %B %Y"), dt - datetime.datetime(2024, 1, 1), dt.replace(hour=0))
print(datetime.timedelta(hours=25, seconds=61), datetime.timedelta(days=-1, seconds=5), datetime.timedelta(minutes=90) / datetime.timedelta(hours=1), dt.strftime("%I:%M %p %j %U"))
print(datetime.datetime.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M"), datetime.date.fromisoformat("2023-12-25").toordinal(), repr(dt), dt.timetuple()[:6])
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), operator.itemgetter(1, 0)("ab"), operator.methodcaller("split", ",")("a,b"), operator.attrgetter("real")(3))
x = datetime.datetime(2024, 3, 10, 14, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
print(x.timetuple(), x.utctimetuple(), datetime.date(2024, 12, 31).timetuple(), datetime.datetime(2024, 1, 1).timetuple().tm_isdst)
print(datetime.datetime(2024, 1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=3))).utctimetuple().tm_yday)
