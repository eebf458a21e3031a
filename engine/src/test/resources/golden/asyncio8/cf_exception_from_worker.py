import concurrent.futures as cf

def parse(s):
    return int(s)

def load(items):
    return [parse(x) for x in items]

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    good = ex.submit(load, ["1", "2"])
    bad = ex.submit(load, ["3", "x"])
    print(good.result())
    print(repr(bad.exception()))
    for r in ex.map(parse, ["4", "y"]):
        print(r)
