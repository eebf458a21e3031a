/** The command-line runner: {@code java -jar coroscope-engine.jar [--max-steps N] SCRIPT.py}. */
package dev.coroscope.engine.cli;
