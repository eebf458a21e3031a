x = {"a": {"b": None}}
print(x["a"]["b"]["c"])
