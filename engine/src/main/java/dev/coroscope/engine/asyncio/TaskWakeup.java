package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A task's bound {@code task_wakeup} method, the done-callback a task adds to the future it waits
 * on. Futures recognise it and queue the wakeup as an engine handle instead of a Python call.
 * One per task, so {@code remove_done_callback} finds it by identity.
 */
final class TaskWakeup extends PyObject {

    static final PyType TYPE = PyType.builtin("builtin_function_or_method", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.getter("__name__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyStr.of("task_wakeup"); } });
        t.getter("__qualname__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of("Task.task_wakeup");
        }});
        t.getter("__self__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((TaskWakeup) s).task; } });
        t.getter("__module__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyNone.INSTANCE; } });
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
    }});

    final Task task;

    TaskWakeup(Task task) {
        this.task = task;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        Args.noKeywords("task_wakeup", kwnames);
        Args.exactly("task_wakeup", args, 1);
        task.wakeup(args[0]);
        return PyNone.INSTANCE;
    }

    @Override
    public String repr() {
        return "<built-in method task_wakeup of " + task.getType().name() + " object at " + Ops.address(task) + ">";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(task);
    }
}
