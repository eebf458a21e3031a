code = compile("print('ESCAPED')", "x", "exec")
print(code)
