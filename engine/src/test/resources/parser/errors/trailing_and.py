ok = [i for i in x]and
