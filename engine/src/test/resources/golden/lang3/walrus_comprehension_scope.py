data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
evens = [y for x in data if (y := x * 2) > 6]
print(evens, y)
total = 0
running = [total := total + x for x in data]
print(running, total)
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 3 for x in data}, sum(x * x for x in data), any(x > 8 for x in data), all(data))
matrix = [[1, 2], [3, 4]]
print([list(r) for r in zip(*matrix)], [v for row in matrix for v in row])
x = "outer"
print([x for x in "ab"], x)
g = (x for x in range(3))
print(next(g), list(g))
try:
    print([z for z in range(3) if z > undefined])
except NameError as e:
    print("NameError:", e)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print("SyntaxError:", e)
print([[j for j in range(i)] for i in range(4)])
while (line := data.pop()) != 1:
    print("popped", line)
print(data)
