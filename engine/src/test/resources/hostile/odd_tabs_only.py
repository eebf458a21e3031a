def f():
	if True:
		return "tabs only"


print(f())
