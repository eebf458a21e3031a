import json
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print(type(e).__name__, type(e).__module__, e.msg, e.pos, e.lineno, e.colno)
    print(e)
import collections
try:
    collections.deque([1]).index(5)
except ValueError as e:
    print(e)
json.loads("[1, 2,]")
