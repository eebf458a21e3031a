print(x := 1, sep=(y := ''))
f(a := 1 = 2)
