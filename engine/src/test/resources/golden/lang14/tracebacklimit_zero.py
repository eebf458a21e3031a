# sys.tracebacklimit = 0: the interpreter prints only the exception line.
import sys


def divide(a, b):
    return a / b


sys.tracebacklimit = 0
print(divide(1, 2))
print(divide(1, 0))
