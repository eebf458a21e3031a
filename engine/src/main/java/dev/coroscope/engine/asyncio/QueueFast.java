package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.Ops;
import dev.coroscope.engine.runtime.PyBool;
import dev.coroscope.engine.runtime.PyInstance;
import dev.coroscope.engine.runtime.PyInt;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.runtime.PyType;
import dev.coroscope.engine.runtime.modules.DequeType;

/**
 * The common case of {@code asyncio.Queue.put()} and {@code get()} (lib/asyncio.py) in one
 * built-in call: a plain Queue (its own class, not a subclass) that has room, or an item, does
 * what the Python method would do next without blocking (append and wake the oldest waiting
 * getter; pop and wake the oldest waiting putter) and the coroutine returns at once. Everything
 * else (a full or empty queue, a subclass, an attribute that is not what the Queue itself set up,
 * a class given a descriptor or attribute hook for one of these names) answers "not taken"
 * before changing anything, and the Python code runs as before.
 *
 * <p>One per run: the bundled library hands over its Queue and Event classes at import time.
 */
final class QueueFast {

    private static final PyStr MAXSIZE = PyStr.intern("_maxsize");
    private static final PyStr QUEUE = PyStr.intern("_queue");
    private static final PyStr UNFINISHED = PyStr.intern("_unfinished_tasks");
    private static final PyStr FINISHED = PyStr.intern("_finished");
    private static final PyStr GETTERS = PyStr.intern("_getters");
    private static final PyStr PUTTERS = PyStr.intern("_putters");
    private static final PyStr VALUE = PyStr.intern("_value");
    private static final PyStr CLEAR = PyStr.intern("clear");
    private static final PyStr[] QUEUE_NAMES = {MAXSIZE, QUEUE, UNFINISHED, FINISHED, GETTERS, PUTTERS};

    private PyType queueClass;
    private PyType eventClass;
    /** Event.clear as the library defined it: put() does what it does (sets _value to False). */
    private PyObject eventClear;
    /** What get() returns when it did not take the fast way. */
    PyObject miss;
    /** The class versions {@link #usable} last looked at, and its answer for them. */
    private int queueVersion = -1, eventVersion = -1;
    private boolean usable;

    void setUp(PyObject queueCls, PyObject eventCls, PyObject missing) {
        queueClass = queueCls instanceof PyType t ? t : null;
        eventClass = eventCls instanceof PyType t ? t : null;
        eventClear = eventClass == null ? null : eventClass.lookup(CLEAR);
        miss = missing;
        queueVersion = eventVersion = -1;
    }

    /**
     * Whether the attributes put()/get() read and write are plain instance attributes: neither
     * class defines anything under those names (a property would run code) nor its own
     * __getattribute__/__setattr__, and Event.clear is still the library's. Looked at again
     * whenever either class changes.
     */
    private boolean classesPlain() {
        PyType q = queueClass, e = eventClass;
        if (q.version() == queueVersion && e.version() == eventVersion) return usable;
        boolean ok = !q.customGetattribute() && !q.customSetattr() && !e.customSetattr() && e.lookup(VALUE) == null
                && eventClear != null && e.lookup(CLEAR) == eventClear;
        for (PyStr n : QUEUE_NAMES) ok &= q.lookup(n) == null;
        usable = ok;
        queueVersion = q.version();
        eventVersion = e.version();
        return ok;
    }

    /** The queue itself when it is a plain Queue whose class is unchanged; otherwise null. */
    private PyInstance plain(PyObject self) {
        if (queueClass == null || eventClass == null) return null;
        if (!(self instanceof PyInstance q) || q.getType() != queueClass || !classesPlain()) return null;
        return q;
    }

    private static DequeType exactDeque(PyObject o) {
        return o instanceof DequeType d && d.getType() == DequeType.TYPE ? d : null;
    }

    private static boolean smallInt(PyObject o) {
        return o != null && o.getClass() == PyInt.class && !((PyInt) o).isBig();
    }

    /** put(item) without waiting: true when done (the caller returns None), false to go the Python way. */
    boolean put(PyObject self, PyObject item) {
        PyInstance q = plain(self);
        if (q == null) return false;
        PyObject maxsize = q.ownAttr(MAXSIZE), unfinished = q.ownAttr(UNFINISHED);
        DequeType items = exactDeque(q.ownAttr(QUEUE)), getters = exactDeque(q.ownAttr(GETTERS));
        if (!smallInt(maxsize) || !smallInt(unfinished) || items == null || getters == null) return false;
        if (!(q.ownAttr(FINISHED) instanceof PyInstance finished) || finished.getType() != eventClass) return false;
        long max = ((PyInt) maxsize).longValueOr(0), count = ((PyInt) unfinished).longValueOr(0);
        if ((0 < max && max <= items.size()) || count == Long.MAX_VALUE) return false;
        items.append(item);
        q.putOwn(UNFINISHED, PyInt.of(count + 1));
        finished.putOwn(VALUE, PyBool.FALSE);  // self._finished.clear()
        wakeOldest(getters);
        return true;
    }

    /** get() without waiting: the item, or {@link #miss} to go the Python way. */
    PyObject get(PyObject self) {
        PyInstance q = plain(self);
        if (q == null) return miss;
        DequeType items = exactDeque(q.ownAttr(QUEUE)), putters = exactDeque(q.ownAttr(PUTTERS));
        if (items == null || putters == null || items.size() == 0) return miss;
        PyObject item = items.popLeft();
        wakeOldest(putters);
        return item;
    }

    /** The waiters loop of put()/get(): the first waiter not done yet gets its result (None). */
    private static void wakeOldest(DequeType waiters) {
        while (waiters.size() > 0) {
            PyObject w = waiters.popLeft();
            if (w.getType() == Future.TYPE) {
                Future f = (Future) w;
                if (f.state == Future.PENDING) {
                    f.setResult(PyNone.INSTANCE);
                    return;
                }
            } else if (!Ops.isTrue(Ops.callMethod(w, "done"))) {
                Ops.callMethod(w, "set_result", PyNone.INSTANCE);
                return;
            }
        }
    }
}
