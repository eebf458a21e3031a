x = 1
if x:
    print("crlf", x)
text = """a
b"""
print(repr(text))
