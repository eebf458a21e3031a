/**
 * The program being watched: {@link dev.coroscope.app.session.RunSession} holds the latest run's
 * recording, the cursor and the state at the cursor, from which every panel derives its picture.
 */
package dev.coroscope.app.session;
