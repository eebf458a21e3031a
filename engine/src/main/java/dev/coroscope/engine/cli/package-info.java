/**
 * The command-line runner: {@code java -jar coroscope-engine.jar [--max-steps N] SCRIPT.py}
 * ({@code Main}), and {@code Relaunch}, which runs it in a JVM tuned for the interpreter, with the
 * class-data-sharing archive {@code CdsArchiveBuilder} makes for the jar at build time.
 */
package dev.coroscope.engine.cli;
