code = compile("print('ESCAPED', open('/etc/hostname').read())", "x", "exec")
exec(code)
