/**
 * Test support: run services for view-model tests ({@link dev.coroscope.app.testing.DirectRunService},
 * {@link dev.coroscope.app.testing.ManualRunService}), the test programs
 * ({@link dev.coroscope.app.testing.TestPrograms}, with CPython's recorded output next to them),
 * step finders, and the screenshot tour, a development tool that opens the real window. The
 * scripted asyncio recordings ({@link dev.coroscope.app.testing.AsyncioScript},
 * {@link dev.coroscope.app.testing.ScriptedRunner}) date from before the engine ran asyncio; the
 * visualizer's own tests now use the engine.
 */
package dev.coroscope.app.testing;
