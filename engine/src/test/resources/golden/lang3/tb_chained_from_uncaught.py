def load(path):
    data = {"a.txt": "1,2,x"}
    try:
        text = data[path]
        return [int(v) for v in text.split(",")]
    except ValueError as e:
        raise RuntimeError(f"bad file {path}") from e
load("a.txt")
