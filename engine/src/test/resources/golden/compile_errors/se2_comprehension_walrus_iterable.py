x = [j for i in range(3) for j in (k := [1])]
