# A list being sorted looks empty; changing it from a key function or a comparison is reported
# when the sort ends, even when the change was undone before that.

def attempt(label, data, **kw):
    try:
        data.sort(**kw)
        print(label, "sorted:", data)
    except ValueError as e:
        print(label, "ValueError:", e, "| list now", data)


nums = [3, 1, 2]
def append_then_pop(x):
    nums.append(99)
    nums.pop()
    return x
attempt("append+pop in key", nums, key=append_then_pop)

nums2 = [5, 4, 6]
def just_append(x):
    nums2.append(0)
    return x
attempt("append in key", nums2, key=just_append)

nums3 = [2, 9, 1]
def clear_it(x):
    nums3.clear()
    return x
attempt("clear in key", nums3, key=clear_it)

class Item:
    box = None
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Item.box.insert(0, self)
        Item.box.remove(self)
        return self.v < other.v
    def __repr__(self):
        return f"Item({self.v})"

items = [Item(3), Item(1), Item(2)]
Item.box = items
attempt("insert+remove in __lt__", items)

seen = []
plain = [4, 2, 8, 6]
def look(x):
    seen.append(len(plain))
    return -x
attempt("only looking", plain, key=look)
print("lengths seen during sort:", seen)
attempt("reverse, untouched", [1, 3, 2], reverse=True)

nums4 = [7, 3, 5]
def append_then_clear(x):
    nums4.append(1)
    nums4.clear()
    return x
attempt("append+clear in key", nums4, key=append_then_clear)
