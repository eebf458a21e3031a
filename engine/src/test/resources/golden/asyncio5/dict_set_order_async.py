# dict/set ordering and mutation while tasks update shared state
import asyncio

results = {}

async def record(key, delay):
    await asyncio.sleep(delay)
    results[key] = results.get(key, 0) + 1
    results.setdefault("order", []).append(key)

async def main():
    await asyncio.gather(*(record(k, d) for k, d in [("b", 0.02), ("a", 0.01), ("c", 0.0), ("a", 0.03)]))
    print(results)
    d = dict.fromkeys("hello")
    print(list(d), {1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2})
    s = {3, 1, 2}
    s.discard(1); s.add(10); s |= {-1, 7}
    print(sorted(s), len(s), {"x"} | {"y"} == {"y", "x"})
    d2 = {"z": 1, "y": 2}
    d2["a"] = 0; del d2["z"]; d2["z"] = 5
    print(d2, list(reversed(d2)), d2 | {"y": 9}, {**d2, "new": 1})
    try:
        for k in d2:
            d2[k + "!"] = 1
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        s2 = {1, 2, 3}
        for x in s2:
            s2.add(x * 10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(dict(zip("abc", range(3))), {k: v for k, v in sorted({"q": 2, "p": 1}.items(), key=lambda kv: kv[1])})
    print(frozenset({1, 2}) == {2, 1}, {frozenset({1}): "fs"}, set() == frozenset())

asyncio.run(main())
