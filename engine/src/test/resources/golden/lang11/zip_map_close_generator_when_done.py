# zip/map stop at the first exhausted iterator; a generator left suspended in its try is closed
# (its finally runs) as soon as the zip or map object dies, before the next line.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("close", tag)

print(list(zip(range(1), gen("a"))))
print("after a")
print(list(zip(gen("b"), range(1))))
print("after b")
z = zip(range(0), gen("c"))
print(list(z))
print("z alive")
del z
print("after c")
print(list(map(lambda a, b: a, range(1), gen("d"))))
print("after d")
for x, y in zip([1], gen("e")):
    print(x, y)
print("after e")
