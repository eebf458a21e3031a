/**
 * Running a program with recording: {@link dev.coroscope.engine.trace.run.VmTracer} turns the
 * VM's tracer callbacks into step events (ids and capped reprs computed by
 * {@link dev.coroscope.engine.trace.run.SafeRepr}, which never runs the program's code);
 * {@link dev.coroscope.engine.trace.run.TracedRun} runs a program as the app does and ends the
 * recording with the right marker; {@link dev.coroscope.engine.trace.run.TraceCli} is the command
 * line's {@code --trace} and {@code --record-stats}.
 */
package dev.coroscope.engine.trace.run;
