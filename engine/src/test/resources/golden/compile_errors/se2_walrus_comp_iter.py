print([y for x in (y := [1, 2])])
