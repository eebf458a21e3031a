package dev.coroscope.app.run;

import dev.coroscope.engine.trace.Recording;

/**
 * Starts and stops program runs for the view models. At most one run is current: starting a new
 * one stops the previous one, whose later reports are dropped. Listener calls arrive on the thread
 * the view models live on (the FX thread in the app, the test thread in tests).
 */
public interface RunService {

    /** What a run reports; both methods are called on the view models' thread. */
    interface Listener {
        /** A partial recording of the current run (reports may be coalesced: only the newest counts). */
        void progress(Recording partial);

        /** The current run ended; called once per run. */
        void finished(RunOutcome outcome);
    }

    /** Starts running {@code source}, stopping the current run if there is one. */
    void start(String source, String filename, Listener listener);

    /** Stops the current run, if any; its {@code finished} report still arrives. */
    void stop();

    /** True while a run started here has not reported {@code finished}. */
    boolean running();

    /** Stops everything and frees the worker thread (when the window closes). */
    void shutdown();
}
