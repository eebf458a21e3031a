# A script with no annotation of its own still has an empty __annotations__ (CPython makes it
# with __main__), and its namespace lists the module's names in CPython's order.
print(list(globals()))
print(__annotations__, __package__)
import json
print(list(vars(json))[:5])
