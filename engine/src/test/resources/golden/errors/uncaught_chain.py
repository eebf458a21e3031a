def parse(text):
    return int(text)
def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            raise RuntimeError(f"cannot load {v!r}") from e
    return out
print(load(["1", "2"]))
print(load(["3", "x"]))
