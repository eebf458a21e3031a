package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.PyBaseException;
import dev.coroscope.engine.runtime.PyGenBase;
import dev.coroscope.engine.runtime.PyObject;

/**
 * Receives what the VM does, as it happens: the hook the step-event recorder implements. The VM
 * calls it with live objects and the frame; implementations turn them into ids and capped reprs
 * and must not keep the live objects. Library code (bundled Python modules) reports no line,
 * store or call events. Every method has an empty default so a tracer implements what it needs.
 *
 * <p>Without a tracer the VM pays one boolean check per instruction.
 */
public interface Tracer {

    /**
     * Line semantics of CPython's settrace: a new line is reached, or a backward jump.
     * {@code back}: a loop's jump back to its header reached the line.
     */
    default void line(Frame frame, int line, boolean back) {}

    /** A frame starts running its code (also when a generator or coroutine first starts). */
    default void call(Frame frame) {}

    /** A frame returns {@code value} (not called for yields). */
    default void returned(Frame frame, PyObject value) {}

    /** A generator or coroutine frame yields {@code value} (before its SUSPENDED state event). */
    default void yielded(Frame frame, PyObject value) {}

    /** An exception is raised in, or propagates into, {@code frame}. */
    default void exception(Frame frame, PyBaseException exc) {}

    /** A frame's execution ends because an exception propagates out of it. */
    default void unwound(Frame frame, PyBaseException exc) {}

    /**
     * A name is bound: a fast local, a cell, a global or a class-body name. {@code kind} is
     * "local", "cell", "global" or "name". {@code value} is null when the name is deleted.
     */
    default void store(Frame frame, String name, PyObject value, String kind) {}

    /** A generator, coroutine or async generator changes state. */
    default void genState(PyGenBase gen, PyGenBase.State state) {}

    /**
     * Whether closing a generator or coroutine that never started runs its frame, as CPython 3.11
     * does (GeneratorExit raised at its first line: call, exception and return events for
     * sys.settrace, call and return for sys.setprofile). Otherwise it is just marked finished.
     */
    default boolean runsUnstartedClose() {
        return false;
    }

    /** Text the program writes ("stdout" or "stderr"). */
    default void output(String stream, String text) {}

    /** A RuntimeWarning or similar diagnostic was printed. */
    default void warning(String category, String message) {}

    /**
     * Bytes this tracer holds for the run (its recording). The memory cap does not count them
     * against the program: a long recorded run must not make a small program raise MemoryError.
     */
    default long retainedBytes() {
        return 0;
    }
}
