/**
 * Test support: scripted asyncio recordings of known programs ({@link
 * dev.coroscope.app.testing.AsyncioScript}, {@link dev.coroscope.app.testing.TestPrograms}), runners
 * and run services for tests, and two development tools that open the real window (the screenshot
 * tour and the benchmark with scripted recordings).
 */
package dev.coroscope.app.testing;
