# 3.11 caret markers under odd expressions: multi-line calls, subscripts, attribute chains
import sys, traceback

class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
        self.data = {"k": [1, 2]}

def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()

n = Node(Node())
show(lambda: n.nxt.nxt.nxt)
show(lambda: n.data["k"][5])
show(lambda: n.data["missing"]["x"])
show(lambda: (n.data
              ["k"]
              [9]))
def multi():
    return max(
        1,
        "two",
    )
show(multi)
def chain():
    return n.nxt.data["k"][0] / (n.nxt.data["k"][0] - 1)
show(chain)
def call_chain():
    return "abc".upper().lower().nope()
show(call_chain)
def nested_call():
    return int(str(float("x")))
show(nested_call)
def binop_mix():
    a, b = 1, None
    return a + 2 * b
show(binop_mix)
def getitem_call():
    return {"f": len}["f"](5)
show(getitem_call)
def kw_call():
    return dict(**{"a": 1}, **{"a": 2})
show(kw_call)
def unpack():
    x, y = [1, 2, 3]
show(unpack)
def aug():
    d = {}
    d["x"] += 1
show(aug)
