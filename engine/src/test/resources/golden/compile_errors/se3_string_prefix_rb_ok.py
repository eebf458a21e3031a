print(rb'\d', Rb'x', bR'y', br'z')
x = rbf'a'
