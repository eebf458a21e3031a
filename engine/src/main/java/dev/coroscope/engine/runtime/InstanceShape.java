package dev.coroscope.engine.runtime;

/**
 * The attribute names of a compact instance dictionary, in insertion order, shared by every
 * instance of a class that added the same names in the same order (CPython's split-table
 * dictionaries, the "hidden classes" of other VMs). A {@link PyInstance} in compact mode holds
 * only a values array laid out by its shape, so reading {@code self.x} touches the instance and
 * that array instead of a dict, its table and three arrays.
 *
 * <p>Invariants: a shape's key list never changes; adding a name leads to a child shape (one per
 * name, remembered so that instances built alike share it); the names are exact {@code str}
 * objects, distinct by value. The tree has one root per class and is bounded ({@link #MAX_KEYS}
 * names per shape, {@link #MAX_CHILDREN} children per shape, {@link #MAX_SHAPES} shapes per root):
 * past a bound {@link #with} answers null and the instance falls back to a real dict. Shapes of
 * a run's classes are used by that run's thread only.
 */
public final class InstanceShape {
    static final int MAX_KEYS = 64;
    static final int MAX_CHILDREN = 8;
    static final int MAX_SHAPES = 512;

    private final InstanceShape root;
    private final PyStr[] keys;
    private PyStr[] childKeys;
    private InstanceShape[] children;
    private int nchildren;
    /** On the root: shapes in the tree, and the most names any of them has (new instances' array size). */
    private int shapes = 1;
    private int widest;

    private InstanceShape(InstanceShape root, PyStr[] keys) {
        this.root = root == null ? this : root;
        this.keys = keys;
    }

    /** A new empty root (one per class). */
    static InstanceShape newRoot() {
        return new InstanceShape(null, new PyStr[0]);
    }

    public int size() {
        return keys.length;
    }

    public PyStr keyAt(int i) {
        return keys[i];
    }

    /** Values array length for a new instance of the class this tree belongs to. */
    int initialCapacity() {
        return root.widest;
    }

    /** Position of {@code name} (an exact str), or -1. */
    public int indexOf(PyStr name) {
        PyStr[] ks = keys;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] == name) return i;
        }
        String v = name.value();
        for (int i = 0; i < ks.length; i++) {
            if (ks[i].value().equals(v)) return i;
        }
        return -1;
    }

    /** The shape with {@code name} (an exact str, not in this shape) appended, or null past a bound. */
    InstanceShape with(PyStr name) {
        for (int i = 0; i < nchildren; i++) {
            if (childKeys[i] == name) return children[i];
        }
        String v = name.value();
        for (int i = 0; i < nchildren; i++) {
            if (childKeys[i].value().equals(v)) return children[i];
        }
        if (keys.length >= MAX_KEYS || nchildren >= MAX_CHILDREN || root.shapes >= MAX_SHAPES) return null;
        PyStr[] nk = java.util.Arrays.copyOf(keys, keys.length + 1);
        nk[keys.length] = name;
        InstanceShape child = new InstanceShape(root, nk);
        if (children == null) {
            childKeys = new PyStr[2];
            children = new InstanceShape[2];
        } else if (nchildren == children.length) {
            childKeys = java.util.Arrays.copyOf(childKeys, nchildren * 2);
            children = java.util.Arrays.copyOf(children, nchildren * 2);
        }
        childKeys[nchildren] = name;
        children[nchildren++] = child;
        root.shapes++;
        if (nk.length > root.widest) root.widest = nk.length;
        return child;
    }
}
