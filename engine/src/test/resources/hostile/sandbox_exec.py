print("before")
exec("print('ESCAPED')")
