if True:
    x = 1
    if x:
	print("a tab where spaces were used")
