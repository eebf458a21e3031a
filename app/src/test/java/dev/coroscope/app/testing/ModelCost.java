package dev.coroscope.app.testing;

import dev.coroscope.app.main.Visualizer;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.engine.trace.Granularity;

/** A development tool: the cost per step of the view models alone (no toolkit), playing 100 tasks. */
public final class ModelCost {
    public static void main(String[] args) {
        DirectRunService runs = new DirectRunService();
        Visualizer v = new Visualizer(runs, new MemorySettings());
        v.session().run(TestPrograms.manyTasksSource(100));
        for (int round = 0; round < 5; round++) {
            v.playback().granularityProperty().set(Granularity.LINE);
            v.playback().restart();
            long t0 = System.nanoTime();
            int steps = 0;
            while (v.session().getStep() < v.session().lastStep()) {
                v.playback().stepForward();
                steps++;
            }
            long t1 = System.nanoTime();
            System.out.printf("round %d: %d line steps, %.3f ms per step (session+all panel view models)%n", round, steps,
                    (t1 - t0) / 1e6 / steps);
        }
        long t0 = System.nanoTime();
        int n = 0;
        for (int s = 0; s < v.session().lastStep(); s += 7) {
            v.session().getRecording().stateAt(s);
            n++;
        }
        System.out.printf("stateAt alone: %.3f ms%n", (System.nanoTime() - t0) / 1e6 / n);
    }
}
