package dev.coroscope.engine.vm;

/** Where a run's text output goes. The engine never writes to System.out itself. */
public interface OutputSink {
    void stdout(String text);

    void stderr(String text);
}
