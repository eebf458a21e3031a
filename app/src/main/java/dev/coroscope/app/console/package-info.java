/** The console (stdout and stderr as of the current step) and the narration line, with their view models. */
package dev.coroscope.app.console;
