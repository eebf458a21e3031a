/**
 * The virtual machine and the embedding API: {@link dev.coroscope.engine.vm.Interp} (the
 * interpreter loop over heap {@link dev.coroscope.engine.vm.Frame}s), per-run state
 * ({@link dev.coroscope.engine.vm.Runtime}, {@link dev.coroscope.engine.vm.Modules}), the
 * {@link dev.coroscope.engine.vm.Tracer} hook, the step budget, object-lifetime diagnostics
 * ({@link dev.coroscope.engine.vm.Lifetime}), traceback printing, and
 * {@link dev.coroscope.engine.vm.Engine} with {@link dev.coroscope.engine.vm.RunRequest} /
 * {@link dev.coroscope.engine.vm.RunResult} for the CLI and the app.
 */
package dev.coroscope.engine.vm;
