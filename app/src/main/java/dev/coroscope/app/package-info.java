/**
 * The Coroscope desktop application. {@link dev.coroscope.app.CoroscopeApp} starts it; the
 * sub-packages hold its parts by role: {@code main} (the main window and its layout),
 * {@code session} (the program being watched: its recording and the cursor), {@code run} (running
 * programs in the engine on a worker thread), {@code playback} (moving the cursor), the panels
 * {@code board} (task cards), {@code loop} (ready queue, timers, clock), {@code inspector},
 * {@code console} (console and narration) and {@code editor} (the code pane), plus {@code files},
 * {@code settings}, {@code theme} and {@code bench}. Views only build nodes and bind to view
 * models; view models hold state and commands and are tested without the toolkit.
 */
package dev.coroscope.app;
