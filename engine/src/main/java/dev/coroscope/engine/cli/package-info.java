/**
 * The command-line runner: {@code java -jar coroscope-engine.jar [--max-steps N] SCRIPT.py}
 * ({@code Main}), and {@code Relaunch}, which runs it in a JVM tuned for the interpreter.
 */
package dev.coroscope.engine.cli;
