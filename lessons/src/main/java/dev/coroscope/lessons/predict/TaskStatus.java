package dev.coroscope.lessons.predict;

/** A task's state as the task board shows it. */
public enum TaskStatus {
    /** Its next step is in the ready queue. */
    READY,
    /** Its coroutine is executing now. */
    RUNNING,
    /** It waits for a future (a timer, another task, a lock...). */
    WAITING,
    /** It returned a value. */
    DONE,
    CANCELLED,
    /** It ended with an exception other than cancellation. */
    FAILED
}
