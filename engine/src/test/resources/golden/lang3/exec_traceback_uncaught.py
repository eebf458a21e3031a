source = """
def divide(a, b):
    return a / b

result = divide(10, 0)
"""
exec(source)
