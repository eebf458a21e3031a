for call in [lambda: sorted([1], cmp=1), lambda: [1].sort(cmp=1), lambda: sorted([1], 1), lambda: [1].sort(1), lambda: sorted([1], key=None, reverse=1, x=2), lambda: sorted(), lambda: sorted(iterable=[1]), lambda: [].sort(key=1, key2=2)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
