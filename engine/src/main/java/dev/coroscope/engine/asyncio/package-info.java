/**
 * The asyncio runtime, built as CPython builds it: {@link dev.coroscope.engine.asyncio.EventLoop}
 * (a FIFO ready queue of {@link dev.coroscope.engine.asyncio.Handle}s, a heap of
 * {@link dev.coroscope.engine.asyncio.TimerHandle}s, {@code runOnce} as the only place callbacks
 * run, a virtual clock), {@link dev.coroscope.engine.asyncio.Future} and
 * {@link dev.coroscope.engine.asyncio.Task} (CPython's C classes), and
 * {@link dev.coroscope.engine.asyncio.AsyncioModule}, the Java half of the {@code asyncio} module
 * whose Python half ({@code lib/asyncio.py}) holds sleep, gather, wait_for, TaskGroup, queues,
 * locks and {@code asyncio.run}.
 *
 * <p>Per-run state lives in {@link dev.coroscope.engine.asyncio.AsyncioState}; the runtime reports
 * what it does to a recording through {@link dev.coroscope.engine.trace.AsyncEvents} (guarded by
 * one null check when nothing records), and registers objects with the VM's lifetime collector
 * for CPython's "Task exception was never retrieved" and "Task was destroyed but it is pending!".
 * In debug mode futures, tasks and handles keep where they were made
 * ({@link dev.coroscope.engine.asyncio.SourceTraceback}: "created at" in reprs, "source_traceback"
 * in the loop's reports) and slow steps are logged, as CPython's debug mode does.
 */
package dev.coroscope.engine.asyncio;
