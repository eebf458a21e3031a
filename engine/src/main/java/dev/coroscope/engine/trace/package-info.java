/**
 * Step events, the trace recorder, the projection and navigation: the one boundary between the
 * engine and everything that shows a run.
 *
 * <h2>Tour</h2>
 * <ul>
 * <li>{@link dev.coroscope.engine.trace.StepEvent}: the sealed hierarchy of immutable event
 *     records (one per kind: line, call, return, exception, store, coro, task, future, ready,
 *     timer, clock, loop, output, warning, and the final end marker).</li>
 * <li>{@link dev.coroscope.engine.trace.Recorder}: receives events from the VM (typed methods)
 *     and from the asyncio runtime ({@link dev.coroscope.engine.trace.AsyncEvents}, whose Javadoc
 *     lists the invariants it must respect), stores them compactly (a kind byte, delta-coded
 *     varints, strings in one byte arena) and keeps checkpoints of the projected state.</li>
 * <li>{@link dev.coroscope.engine.trace.Recording}: an immutable recording, safe on any thread:
 *     {@code event(i)}, {@code stateAt(i)} (a {@link dev.coroscope.engine.trace.TraceState}
 *     snapshot, a pure function of the event prefix), {@code explain(i)} (one plain-English
 *     sentence, derived from the event and the state before it), scrub marks.</li>
 * <li>{@link dev.coroscope.engine.trace.Navigator}: next/previous by
 *     {@link dev.coroscope.engine.trace.Granularity}, step over/into/out per task, breakpoints,
 *     run to end; {@link dev.coroscope.engine.trace.StepMapper}: the same step after an edit.</li>
 * <li>{@link dev.coroscope.engine.trace.JsonLines}: the {@code --trace} format;
 *     {@link dev.coroscope.engine.trace.RecordStats}: the {@code --record-stats} figures.</li>
 * </ul>
 *
 * <h2>Using it from the app</h2>
 * <p>Threads: the engine thread owns the {@code Recorder}; every few tens of milliseconds it calls
 * {@code snapshot()} (O(1), no copying) and hands the {@code Recording} to the FX thread through
 * the one adapter; when the run ends, {@code finish(...)} gives the final one (its last event is
 * the {@code end} marker, whose message the UI shows, e.g. the step-budget notice). A recording
 * never changes; a later snapshot simply has more events. The UI never asks the VM anything.
 *
 * <p>Where each panel's data comes from, for the step {@code i} under the cursor
 * ({@code TraceState s = recording.stateAt(i)}):
 * <ul>
 * <li>Task board: {@code s.tasks()} (creation order; colour by index): name, state, result or
 *     exception, {@code waitingOn}; the coroutine card from {@code s.coroutine(task.coro())}
 *     ({@code crRunning}, {@code crSuspended}, {@code crAwait}); the await chain from
 *     {@code s.awaitChain(name)}. What changed: compare with the previous step's state, or look
 *     at {@code recording.event(i)}.</li>
 * <li>Event loop view: {@code s.ready()} (front first), {@code s.timers()} (by deadline),
 *     {@code s.clock()}, {@code s.loop()} (phase, iteration, handles left in this iteration).</li>
 * <li>Inspector: {@code CoroView} gives {@code cr_running}, {@code cr_suspended},
 *     {@code cr_await}, {@code cr_frame.f_lineno} ({@code line}), {@code cr_code.co_name}
 *     ({@code codeName}), {@code cr_origin}, {@code inspect.getcoroutinestate} ({@code state});
 *     {@code s.frame(coro.frame()).locals()} is {@code cr_frame.f_locals} ({@code frame == -1}:
 *     {@code cr_frame} is None); {@code s.framesOf(task)} lists the task's frames.</li>
 * <li>Code pane: the current line is {@code s.currentLine()} in frame {@code s.currentFrame()};
 *     each task's marker goes at {@code s.taskLine(name)}.</li>
 * <li>Console: {@code s.output()} (chunks in order, with their stream), {@code s.stdout()},
 *     {@code s.stderr()}; warnings in {@code s.warnings()}.</li>
 * <li>Narration: {@code recording.explain(i)}.</li>
 * <li>Playback: {@code recording.navigator()}: {@code next/previous(i, granularity)},
 *     {@code stepOver/stepInto/stepOut(i, breakpoints)}, {@code runToBreakpoint},
 *     {@code previousBreakpoint}, {@code runToEnd()}; the scrubber's task-switch marks are
 *     {@code recording.scrubMarks()}; after an edit re-runs the program,
 *     {@code StepMapper.map(old, i, new, StepMapper.lineMap(oldText, newText))} gives the step
 *     to stay at.</li>
 * </ul>
 * Seeking rebuilds the state from the nearest checkpoint (at most about a thousand events for
 * ordinary programs); moving forward reuses the last state, so playback costs only the events
 * played.
 */
package dev.coroscope.engine.trace;
