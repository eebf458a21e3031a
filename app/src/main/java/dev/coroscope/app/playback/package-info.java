/**
 * Playback: the view model that moves the cursor over a recording (step, step back, over / into /
 * out, run to a breakpoint, speed, scrubbing), the playback bar, and the scrubber control with its
 * task-switch marks.
 */
package dev.coroscope.app.playback;
