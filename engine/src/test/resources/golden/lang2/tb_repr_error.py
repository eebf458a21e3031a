class Bad:
    def __repr__(self):
        return 42

class Bad2:
    def __str__(self):
        raise ValueError("no str")

try:
    print(repr(Bad()))
except TypeError as e:
    print("TypeError:", e)
try:
    print([Bad()])
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{Bad2()}")
except ValueError as e:
    print("ValueError:", e)
print(Bad2())
