# The classic "generators save memory" demo, and sizes of everyday objects.
import sys

squares_list = [n * n for n in range(1000)]
squares_gen = (n * n for n in range(1000))
print("list comprehension:", sys.getsizeof(squares_list), "bytes")
print("generator expression:", sys.getsizeof(squares_gen), "bytes")
print("range object:", sys.getsizeof(range(1000)))
print("same sum:", sum(squares_list) == sum(squares_gen))

for label, obj in [("None", None), ("True", True), ("0", 0), ("1", 1), ("2**30", 2 ** 30), ("2**60", 2 ** 60), ("-5", -5),
                   ("10**100", 10 ** 100), ("1.5", 1.5), ("1j", 1j), ("''", ""), ("'a'", "a"), ("'hello'", "hello"),
                   ("'é'", "é"), ("'€'", "€"), ("'😀'", "😀"), ("b''", b""), ("b'abc'", b"abc"), ("()", ()), ("(1, 2, 3)", (1, 2, 3)),
                   ("[]", []), ("[1]", [1]), ("{}", {}), ("{1: 2}", {1: 2}), ("{'a': 1}", {"a": 1}), ("range(5)", range(5))]:
    print(f"{label:>10}: {sys.getsizeof(obj)}")

grown = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(grown))
    grown.append(i)
print("append growth:", sizes)
d = {}
dsizes = []
for i in range(12):
    d[i] = i
    dsizes.append(sys.getsizeof(d))
print("dict growth:", dsizes)
print("dict of 100 ints:", sys.getsizeof({i: i for i in range(100)}), "100 str keys:", sys.getsizeof({str(i): i for i in range(100)}))
print("[0] * 10:", sys.getsizeof([0] * 10), "slice:", sys.getsizeof(list(range(10))[2:5]))

class Sized:
    def __sizeof__(self):
        return 100
print("custom __sizeof__:", sys.getsizeof(Sized()))
class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)
def gen_fn():
    yield 1
print("generator function object:", sys.getsizeof(gen_fn()))
