print(sep='', end='\n')
f(x.y=1)
