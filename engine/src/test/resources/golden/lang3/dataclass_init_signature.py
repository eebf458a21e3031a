from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 3}), ((), {"y": 1})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)
import inspect
print(inspect.signature(P))
print(P.__init__.__qualname__, P.__init__.__name__)
