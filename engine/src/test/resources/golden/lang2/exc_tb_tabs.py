def f(x):
	return x["k"] + 1
f({"k": "a"})
