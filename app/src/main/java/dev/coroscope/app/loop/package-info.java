/**
 * The event-loop view: the ready queue as a conveyor ({@link dev.coroscope.app.loop.ReadyQueueConveyor}),
 * the timer heap, the virtual clock ({@link dev.coroscope.app.loop.VirtualClock}) and the loop
 * iteration, with their view model.
 */
package dev.coroscope.app.loop;
