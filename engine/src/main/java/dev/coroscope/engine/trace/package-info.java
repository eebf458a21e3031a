/**
 * Step events, the trace recorder, the projection and navigation: the one boundary between the
 * engine and everything that shows a run.
 *
 * <p>Tour:
 * <ul>
 * <li>{@link dev.coroscope.engine.trace.StepEvent}: the sealed hierarchy of immutable event
 *     records (one per kind: line, call, return, exception, store, coro, task, future, ready,
 *     timer, clock, loop, output, warning, and the final end marker).</li>
 * <li>{@link dev.coroscope.engine.trace.Recorder}: receives events from the VM (typed methods)
 *     and from the asyncio runtime ({@link dev.coroscope.engine.trace.AsyncEvents}, whose Javadoc
 *     lists the invariants it must respect), stores them compactly (a kind byte, delta-coded
 *     varints, interned strings) and keeps checkpoints of the projected state.</li>
 * <li>{@link dev.coroscope.engine.trace.Recording}: an immutable recording, safe on any thread:
 *     {@code event(i)}, {@code stateAt(i)} (a {@link dev.coroscope.engine.trace.TraceState}
 *     snapshot, a pure function of the event prefix), {@code explain(i)} (one plain-English
 *     sentence, derived from the event and the state before it), scrub marks.</li>
 * <li>{@link dev.coroscope.engine.trace.Navigator}: next/previous by
 *     {@link dev.coroscope.engine.trace.Granularity}, step over/into/out per task, breakpoints,
 *     run to end; {@link dev.coroscope.engine.trace.StepMapper}: the same step after an edit.</li>
 * <li>{@link dev.coroscope.engine.trace.JsonLines}: the {@code --trace} format.</li>
 * </ul>
 */
package dev.coroscope.engine.trace;
