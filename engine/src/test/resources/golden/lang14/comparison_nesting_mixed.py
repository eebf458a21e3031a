# Comparing containers nested 3,000 deep stops with RecursionError, as repr does; nested 996
# deep (plus the frames running) it still works. Hashing nested tuples counts no levels.
a = [0]
b = [0]
for _ in range(3000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
t1 = (1,); t2 = (1,)
for _ in range(3000):
    t1 = (t1,); t2 = (t2,)
try:
    print(t1 < t2)
except RecursionError as e:
    print("RecursionError", e)
d1 = {}; d2 = {}
for _ in range(3000):
    d1 = {"k": d1}; d2 = {"k": d2}
try:
    print(d1 == d2)
except RecursionError as e:
    print("RecursionError", e)
try:
    print(len(repr(a)))
except RecursionError as e:
    print("RecursionError", e)
try:
    print(hash(t1) == hash(t2))
except RecursionError as e:
    print("RecursionError", e)
def cmp_at(depth):
    x = [0]; y = [0]
    for _ in range(depth):
        x = [x]; y = [y]
    try:
        return x == y
    except RecursionError:
        return "RE"
print([ (d, cmp_at(d)) for d in (900, 990, 995, 996, 997, 1000)])
