package dev.coroscope.app.run;

/** The runner the app uses. */
public final class ProgramRunners {
    private ProgramRunners() {
    }

    /**
     * The runner backed by the engine. It records the program's output (and so its errors); the
     * VM's step events join the recording once the engine's trace adapter exists.
     */
    public static ProgramRunner engine() {
        return new EngineProgramRunner();
    }
}
