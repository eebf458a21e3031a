x = 5
print(f'{(y:=3)}')
z = f'{a b}'
