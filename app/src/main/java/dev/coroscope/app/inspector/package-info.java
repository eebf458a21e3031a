/** The inspector: the selected task's or coroutine's attributes as CPython reports them, and its frames. */
package dev.coroscope.app.inspector;
