package dev.coroscope.app.run;

/** The runner the app uses. */
public final class ProgramRunners {
    private ProgramRunners() {
    }

    /** The runner backed by the engine, recording every step with the engine's tracer. */
    public static ProgramRunner engine() {
        return new EngineProgramRunner();
    }
}
