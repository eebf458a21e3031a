x = 1
if x:
    pass
elif x == 2
    pass
