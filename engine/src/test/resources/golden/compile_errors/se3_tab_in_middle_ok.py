x	=	1
print(x)
	print(2)
