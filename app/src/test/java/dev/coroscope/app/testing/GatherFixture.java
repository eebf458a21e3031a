package dev.coroscope.app.testing;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.TaskState;

/** A session showing the engine's recording of the gather example, with the steps tests look at. */
public final class GatherFixture {
    public final RunSession session = new RunSession(new DirectRunService(new dev.coroscope.app.run.EngineProgramRunner()));
    public final Recording rec;

    public GatherFixture() {
        session.run(TestPrograms.gatherSource());
        rec = session.getRecording();
    }

    /** Right after main bound t2: both workers created, nothing of them ran. */
    public int afterCreatingBothTasks() {
        return Steps.first(rec, e -> e instanceof dev.coroscope.engine.trace.StepEvent.Store s
                && s.name().equals("t2"));
    }

    /** Both workers sleep and main waits on gather. */
    public int allWaiting() {
        return Steps.taskState(rec, "Task-3", TaskState.WAITING, 1);
    }

    public void at(int step) {
        session.moveTo(step);
    }

    public void atEnd() {
        session.moveTo(session.lastStep());
    }
}
