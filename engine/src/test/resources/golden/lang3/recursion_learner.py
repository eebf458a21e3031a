def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)
print(fact(10), len(str(fact(500))))
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))
import sys
print(sys.getrecursionlimit())
def countdown(n):
    return countdown(n - 1)
try:
    countdown(5)
except RecursionError as e:
    print("RecursionError:", e)
def flatten(x):
    if isinstance(x, list):
        return [z for y in x for z in flatten(y)]
    return [x]
print(flatten([1, [2, [3, [4, []]]], 5]))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def bad_fact(n):
    return n * bad_fact(n - 1)
bad_fact(3)
