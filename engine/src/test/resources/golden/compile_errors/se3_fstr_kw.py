print(f'{import}')
