package dev.coroscope.engine.asyncio;

import java.util.Arrays;

/**
 * The loop's {@code _scheduled} list kept as a binary min-heap with the same sift rules as
 * Python's {@code heapq} (push sifts the new item towards the root; pop moves the last item to
 * the root, walks it down along the smaller children to a leaf, then sifts it back up), so items
 * the order relation cannot tell apart come out in the same order as in CPython. A pop whose sift
 * raises has already removed the top item, as {@code heappop} has.
 */
final class TimerHeap {
    private TimerHandle[] items = new TimerHandle[16];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    TimerHandle peek() {
        return items[0];
    }

    TimerHandle get(int i) {
        return items[i];
    }

    void push(TimerHandle h) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = h;
        towardsRoot(0, size - 1);
    }

    TimerHandle pop() {
        TimerHandle last = items[--size];
        items[size] = null;
        if (size == 0) return last;
        TimerHandle top = items[0];
        items[0] = last;
        towardsLeaf(0);
        return top;
    }

    void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    /** Keeps the items for which {@code keep} is true and rebuilds the heap ({@code heapify}). */
    void retain(java.util.function.Predicate<TimerHandle> keep) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(items[i])) items[n++] = items[i];
        }
        Arrays.fill(items, n, size, null);
        size = n;
        for (int i = size / 2 - 1; i >= 0; i--) towardsLeaf(i);
    }

    // Both sifts swap neighbours one step at a time, as CPython's C heapq does, so when a
    // comparison raises (a deadline that is not a number) the list is left exactly as CPython
    // leaves it: still every item once, partly sifted.

    private void towardsRoot(int start, int pos) {
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            if (!items[pos].before(items[parent])) break;
            swap(pos, parent);
            pos = parent;
        }
    }

    private void towardsLeaf(int pos) {
        int start = pos;
        int child = 2 * pos + 1;
        while (child < size) {
            int right = child + 1;
            if (right < size && !items[child].before(items[right])) child = right;
            swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        towardsRoot(start, pos);
    }

    private void swap(int i, int j) {
        TimerHandle t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}
