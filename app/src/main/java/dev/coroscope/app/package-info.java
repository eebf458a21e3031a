/**
 * The Coroscope desktop application. {@link dev.coroscope.app.CoroscopeApp} starts it; the
 * sub-packages hold its parts by role: {@code main} (the main window), {@code editor} (the Python
 * code editor), {@code files} (reading and saving files), {@code theme} (style classes and themes).
 * Views only build nodes and bind to view models; view models hold state and commands and are
 * tested without the toolkit.
 */
package dev.coroscope.app;
