# Coroscope's heapq, the part written in Python: merge(). It runs in the namespace of the Java
# core, which provides heappush, heappop, heapify, heapreplace, heappushpop, nsmallest and
# nlargest. Compiled as library code.


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator).

    On equal keys the item from the earlier input comes first, as with sorted(); each input is
    read one item at a time, only when the previous one was yielded."""
    fronts = []  # [key of current item, current item, input number, iterator]
    for number, source in enumerate(iterables):
        it = iter(source)
        for item in it:
            fronts.append([item if key is None else key(item), item, number, it])
            break
    while fronts:
        best = 0
        for pos in range(1, len(fronts)):
            if reverse:
                better = fronts[best][0] < fronts[pos][0]
            else:
                better = fronts[pos][0] < fronts[best][0]
            if better:
                best = pos
        entry = fronts[best]
        yield entry[1]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[1] = item
            break
        else:
            del fronts[best]
