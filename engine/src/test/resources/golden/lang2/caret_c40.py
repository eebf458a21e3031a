print(chr(-1) + "x")
