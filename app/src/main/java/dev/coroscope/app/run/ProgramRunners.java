package dev.coroscope.app.run;

/** The runner the app uses: the engine's, once the engine can run programs. */
public final class ProgramRunners {
    private ProgramRunners() {
    }

    /** The runner backed by the engine. */
    public static ProgramRunner engine() {
        // The engine's embedding API has not landed yet; until it does, runs say so plainly.
        return new UnavailableRunner();
    }
}
