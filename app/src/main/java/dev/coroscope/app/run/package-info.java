/**
 * Running programs: {@link dev.coroscope.app.run.ProgramRunner} (run one program and record it),
 * {@link dev.coroscope.app.run.FxRunAdapter} (the one class that moves runs off the FX thread and
 * their recordings back onto it, in batches), and how a run ended
 * ({@link dev.coroscope.app.run.RunOutcome}, {@link dev.coroscope.app.run.ProgramError} found in
 * CPython's error text by {@link dev.coroscope.app.run.ErrorLocator}).
 */
package dev.coroscope.app.run;
