package dev.coroscope.lessons.predict;

import java.util.Locale;

/**
 * What makes a predict answer machine-verifiable: a fact about the run at (or right after) the
 * question's pause, and the value it must have. {@link #kind()} is the name used in {@code
 * predict.json}; {@link #matchesChoice(String)} says whether a choice's text states the expected
 * value, so a validator can check that the marked answer and the check agree.
 */
public sealed interface Check {
    String kind();

    /** Whether {@code choice}, as shown to the learner, states this check's expected value. */
    boolean matchesChoice(String choice);

    /** The expected value in Python's spelling (for messages). */
    String expectedText();

    /** The name of the next task that starts RUNNING after the pause. */
    record NextTask(String task) implements Check {
        public String kind() {
            return "next-task";
        }

        public boolean matchesChoice(String choice) {
            return task.equals(choice);
        }

        public String expectedText() {
            return task;
        }
    }

    /** The next line printed to stdout after the pause, without its newline. */
    record NextOutput(String line) implements Check {
        public String kind() {
            return "next-output";
        }

        public boolean matchesChoice(String choice) {
            return line.equals(choice);
        }

        public String expectedText() {
            return line;
        }
    }

    /** The state of the task named {@code task} at the pause. */
    record TaskState(String task, TaskStatus expect) implements Check {
        public String kind() {
            return "task-state";
        }

        public boolean matchesChoice(String choice) {
            return expect.name().equals(choice);
        }

        public String expectedText() {
            return expect.name();
        }
    }

    /** The state at the pause of the coroutine with qualified name {@code coro}. */
    record CoroState(String coro, CoroStatus expect) implements Check {
        public String kind() {
            return "coro-state";
        }

        public boolean matchesChoice(String choice) {
            return expect.name().equals(choice);
        }

        public String expectedText() {
            return expect.name();
        }
    }

    /** One of the flags {@code cr_running} / {@code cr_suspended} of coroutine {@code coro}. */
    record CoroFlag(String coro, Flag flag, boolean expect) implements Check {
        public String kind() {
            return "coro-flag";
        }

        public boolean matchesChoice(String choice) {
            return expectedText().equals(choice);
        }

        public String expectedText() {
            return expect ? "True" : "False";
        }
    }

    /** The virtual time at the pause, in seconds since the program started. */
    record Clock(double seconds) implements Check {
        /** Virtual times are sums of sleeps: 0.1 + 0.2 must still equal 0.3. */
        public static final double TOLERANCE = 1e-9;

        public String kind() {
            return "clock";
        }

        public boolean matchesChoice(String choice) {
            try {
                return Math.abs(Double.parseDouble(choice.strip()) - seconds) < TOLERANCE;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }

        public String expectedText() {
            return seconds == Math.rint(seconds) ? String.valueOf((long) seconds)
                    : String.valueOf(seconds);
        }
    }

    /** The coroutine flags a {@link CoroFlag} check can ask about. */
    enum Flag {
        CR_RUNNING,
        CR_SUSPENDED;

        /** The attribute name, e.g. {@code cr_running}. */
        public String attribute() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Flag of(String attribute) {
            for (Flag f : values()) {
                if (f.attribute().equals(attribute)) {
                    return f;
                }
            }
            return null;
        }
    }
}
