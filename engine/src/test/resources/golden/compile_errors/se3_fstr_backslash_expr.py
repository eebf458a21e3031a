print(f'{"a\tb"}')
