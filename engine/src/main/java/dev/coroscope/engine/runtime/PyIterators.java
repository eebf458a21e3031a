package dev.coroscope.engine.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** The iterator types of the built-in containers, and the base class they share. */
public final class PyIterators {

    /**
     * Whether {@code o} is a zip, map, filter or enumerate object: an iterator wrapper that holds
     * the iterators it pulls from (the VM's lifetime checks follow generator pipelines through them).
     */
    public static boolean isWrapper(PyObject o) {
        return o instanceof BuiltinIters.Base && !(o instanceof BuiltinIters.Reversed);
    }

    private PyIterators() {}

    /** An iterator type: {@code __iter__} returns self, {@code __next__} advances. */
    public static PyType iteratorType(String name) {
        return iteratorType(null, name);
    }

    /** {@link #iteratorType(String)} for a type of another module ({@code _collections._deque_iterator}). */
    public static PyType iteratorType(String module, String name) {
        Consumer<PyType> init = new Consumer<PyType>() { public void accept(PyType t) {
            t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
            t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", Slots.NEXT));
            t.put("__length_hint__", PyMethodDescriptor.noArgs(t, "__length_hint__",
                    new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                        return PyInt.of(s instanceof Base b ? b.lengthHint() : 0);
                    }}));
        }};
        return module == null ? PyType.builtin(name, null, false, init) : PyType.builtin(module, name, null, false, init);
    }

    public static final PyType TUPLE_ITERATOR = iteratorType("tuple_iterator");
    public static final PyType LIST_ITERATOR = iteratorType("list_iterator");
    public static final PyType LIST_REVERSE_ITERATOR = iteratorType("list_reverseiterator");
    public static final PyType RANGE_ITERATOR = iteratorType("range_iterator");
    public static final PyType STR_ITERATOR = iteratorType("str_ascii_iterator");
    /** A str with a character past ASCII iterates with this type in CPython 3.11. */
    public static final PyType STR_ITERATOR_GENERAL = iteratorType("str_iterator");
    public static final PyType BYTES_ITERATOR = iteratorType("bytes_iterator");
    public static final PyType BYTEARRAY_ITERATOR = iteratorType("bytearray_iterator");
    public static final PyType MEMORY_ITERATOR = iteratorType("memory_iterator");
    public static final PyType DICT_KEY_ITERATOR = iteratorType("dict_keyiterator");
    public static final PyType DICT_VALUE_ITERATOR = iteratorType("dict_valueiterator");
    public static final PyType DICT_ITEM_ITERATOR = iteratorType("dict_itemiterator");
    public static final PyType DICT_REVERSE_KEY_ITERATOR = iteratorType("dict_reversekeyiterator");
    public static final PyType DICT_REVERSE_VALUE_ITERATOR = iteratorType("dict_reversevalueiterator");
    public static final PyType DICT_REVERSE_ITEM_ITERATOR = iteratorType("dict_reverseitemiterator");
    public static final PyType SET_ITERATOR = iteratorType("set_iterator");
    public static final PyType SEQ_ITERATOR = iteratorType("iterator");
    public static final PyType CALLABLE_ITERATOR = iteratorType("callable_iterator");
    public static final PyType JAVA_ITERATOR = iteratorType("iterator");

    /** Common base: iterators are their own iterator. */
    public abstract static class Base extends PyObject {
        @Override
        public boolean hasIter() {
            return true;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public boolean isIterator() {
            return true;
        }

        public int lengthHint() {
            return 0;
        }
    }

    public static final class ArrayIterator extends Base {
        private final PyType type;
        private final PyObject[] items;
        private final int n;
        private int i;

        public ArrayIterator(PyType type, PyObject[] items, int n) {
            this.type = type;
            this.items = items;
            this.n = n;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyObject next() {
            return i < n ? items[i++] : null;
        }

        @Override
        public int lengthHint() {
            return n - i;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            for (int k = i; k < n; k++) v.accept(items[k]);
        }
    }

    public static final class ListIterator extends Base {
        private PyList list;
        private int i;
        /** The list this iterator let go of when it ran out, until {@link #takeReleased} (CPython drops it then). */
        private PyList released;

        public ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public PyType getType() {
            return LIST_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (list == null) return null;
            if (i < list.size) return list.items[i++];
            released = list;
            list = null;
            return null;
        }

        /** The list this iterator dropped on running out (once), or null. */
        public PyList takeReleased() {
            PyList l = released;
            released = null;
            return l;
        }

        @Override
        public int lengthHint() {
            return list == null ? 0 : Math.max(0, list.size - i);
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            if (list != null) v.accept(list);
        }
    }

    public static final class ReverseListIterator extends Base {
        private final PyList list;
        private int i;

        public ReverseListIterator(PyList list) {
            this.list = list;
            this.i = list.size - 1;
        }

        @Override
        public PyType getType() {
            return LIST_REVERSE_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (i >= 0 && i < list.size) return list.items[i--];
            i = -1;
            return null;
        }

        @Override
        public int lengthHint() {
            return i >= 0 && i < list.size ? i + 1 : 0;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(list);
        }
    }

    public static final class RangeIterator extends Base {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType getType() {
            return RANGE_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @Override
        public int lengthHint() {
            return (int) Math.min(remaining, Integer.MAX_VALUE);
        }
    }

    public static final class StrIterator extends Base {
        private final String s;
        private int i;

        /** 0 until asked, then 1 for an ASCII string, 2 for any other. */
        private byte kind;

        public StrIterator(PyStr s) {
            this.s = s.value();
        }

        @Override
        public PyType getType() {
            if (kind == 0) {
                kind = 1;
                for (int k = 0; k < s.length(); k++) {
                    if (s.charAt(k) >= 128) {
                        kind = 2;
                        break;
                    }
                }
            }
            return kind == 1 ? STR_ITERATOR : STR_ITERATOR_GENERAL;
        }

        @Override
        public PyObject next() {
            if (i >= s.length()) return null;
            char ch = s.charAt(i);
            if (!Character.isSurrogate(ch)) {
                i++;
                return PyStr.ofChar(ch);
            }
            int c = s.codePointAt(i);
            int w = Character.charCount(c);
            String text = s.substring(i, i + w);
            i += w;
            return PyStr.of(text);
        }
    }

    public static final class DictIterator extends Base {
        public static final int KEYS = 0, VALUES = 1, ITEMS = 2;
        private final PyDict dict;
        private final int kind;
        /** The dict's size when iteration began; -1 once a size change was reported (sticky, as CPython). */
        private int startSize;
        /** Entries still expected: finding more means keys changed at the same size. */
        private int remaining;
        /** Next entry position to look at; -1 when exhausted. */
        private int pos;

        public DictIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.startSize = dict.size();
            this.remaining = startSize;
        }

        @Override
        public PyType getType() {
            return kind == KEYS ? DICT_KEY_ITERATOR : kind == VALUES ? DICT_VALUE_ITERATOR : DICT_ITEM_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (pos < 0) return null;
            var t = dict.table();
            if (t.size() != startSize) {
                startSize = -1;
                throw Exc.runtimeError("dictionary changed size during iteration");
            }
            int i = t.next(pos);
            if (i < 0) {
                pos = -1;
                return null;
            }
            if (remaining == 0) {
                pos = -1;
                throw Exc.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            pos = i + 1;
            switch (kind) {
                case KEYS: return t.keyAt(i);
                case VALUES: return t.valueAt(i);
                default: return PyTuple.of(t.keyAt(i), t.valueAt(i));
            }
        }

        /** Items not yet produced ({@code __length_hint__}). */
        public int remaining() {
            return pos < 0 ? 0 : remaining;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(dict);
        }
    }

    /**
     * {@code reversed()} of a dict or dict view: the entries as they were when it started, last
     * first; a change of the dict's size stops it with CPython's error.
     */
    public static final class ReverseDictIterator extends Base {
        private final PyDict dict;
        private final int kind;
        private final List<PyObject> items;
        private int startSize;
        private int pos;

        public ReverseDictIterator(PyDict dict, int kind, List<PyObject> itemsInOrder) {
            this.dict = dict;
            this.kind = kind;
            this.items = itemsInOrder;
            this.startSize = dict.size();
            this.pos = itemsInOrder.size() - 1;
        }

        @Override
        public PyType getType() {
            return kind == DictIterator.KEYS ? DICT_REVERSE_KEY_ITERATOR
                    : kind == DictIterator.VALUES ? DICT_REVERSE_VALUE_ITERATOR : DICT_REVERSE_ITEM_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (pos < 0) return null;
            if (dict.size() != startSize) {
                pos = -1;
                throw Exc.runtimeError("dictionary changed size during iteration");
            }
            return items.get(pos--);
        }

        @Override
        public int lengthHint() {
            return pos + 1;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(dict);
            for (PyObject o : items) v.accept(o);
        }
    }

    /**
     * A set's iterator, reading the set's table slot by slot as it goes (as CPython's does): a
     * change of size since it started raises RuntimeError, every time; once exhausted it stays so.
     */
    public static final class SetIterator extends Base {
        private PySet set;
        private final int size;
        private int pos;
        private int remaining;

        public SetIterator(PySet set) {
            this.set = set;
            this.size = set.size();
            this.remaining = size;
        }

        @Override
        public PyType getType() {
            return SET_ITERATOR;
        }

        @Override
        public PyObject next() {
            PySet s = set;
            if (s == null) return null;
            if (s.size() != size) throw Exc.runtimeError("Set changed size during iteration");
            int i = s.table.next(pos);
            if (i < 0) {
                set = null;
                return null;
            }
            pos = i + 1;
            remaining--;
            return s.table.keyAt(i);
        }

        @Override
        public int lengthHint() {
            PySet s = set;
            return s == null || s.size() != size ? 0 : remaining;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            if (set != null) v.accept(set);
        }
    }

    /** The {@code __getitem__} protocol: items 0, 1, 2... until IndexError. */
    public static final class SeqIterator extends Base {
        private PyObject seq;
        private long i;

        public SeqIterator(PyObject seq) {
            this.seq = seq;
        }

        @Override
        public PyType getType() {
            return SEQ_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (seq == null) return null;
            try {
                return Ops.getItem(seq, PyInt.of(i++));
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.IndexError) || e.exc.isInstance(Exc.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            if (seq != null) v.accept(seq);
        }
    }

    /** {@code iter(callable, sentinel)}. */
    public static final class CallableIterator extends Base {
        private PyObject callable;
        private final PyObject sentinel;

        public CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType getType() {
            return CALLABLE_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (callable == null) return null;
            PyObject v = Ops.call(callable);
            if (Ops.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            if (callable != null) v.accept(callable);
            v.accept(sentinel);
        }
    }

    /** Wraps a Java iterator of Python values (used by library code). */
    public static final class JavaIterator extends Base {
        private final Iterator<? extends PyObject> it;

        public JavaIterator(Iterator<? extends PyObject> it) {
            this.it = it;
        }

        @Override
        public PyType getType() {
            return JAVA_ITERATOR;
        }

        @Override
        public PyObject next() {
            return it.hasNext() ? it.next() : null;
        }
    }
}
