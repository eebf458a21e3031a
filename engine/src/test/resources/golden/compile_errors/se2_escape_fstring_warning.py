x = 1
print(f'\d{x}')
print(rf'\d{x}')
