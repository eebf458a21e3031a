package dev.coroscope.app.main;

import dev.coroscope.app.board.TaskBoardViewModel;
import dev.coroscope.app.console.ConsoleViewModel;
import dev.coroscope.app.console.NarrationViewModel;
import dev.coroscope.app.editor.CodePaneViewModel;
import dev.coroscope.app.inspector.InspectorViewModel;
import dev.coroscope.app.loop.EventLoopViewModel;
import dev.coroscope.app.playback.PlaybackViewModel;
import dev.coroscope.app.run.RunService;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.settings.Settings;
import dev.coroscope.app.theme.Motion;

/**
 * The visualizer's view models, wired to one {@link RunSession}: one per panel, plus the shared
 * {@link Motion}. Built without a toolkit (tests build it with a direct run service).
 *
 * <p>Order matters: the motion for a change is decided by the first listener of the session's
 * state, before any panel's view model (and so any view) hears of the change.
 */
public final class Visualizer {
    private final RunSession session;
    private final PlaybackViewModel playback;
    private final Motion motion = new Motion();
    private final InspectorViewModel inspector;
    private final TaskBoardViewModel board;
    private final EventLoopViewModel loop;
    private final ConsoleViewModel console;
    private final NarrationViewModel narration;
    private final CodePaneViewModel codePane;

    public Visualizer(RunService runs, Settings settings) {
        session = new RunSession(runs);
        playback = new PlaybackViewModel(session, settings);
        session.stateProperty().addListener((obs, old, now) -> motion.millisProperty().set(
                session.moveDistanceProperty().get() > 0 ? playback.animationMillis() : 0));
        inspector = new InspectorViewModel(session);
        board = new TaskBoardViewModel(session, inspector);
        loop = new EventLoopViewModel(session);
        console = new ConsoleViewModel(session);
        narration = new NarrationViewModel(session);
        codePane = new CodePaneViewModel(session);
    }

    public RunSession session() {
        return session;
    }

    public PlaybackViewModel playback() {
        return playback;
    }

    public Motion motion() {
        return motion;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public TaskBoardViewModel board() {
        return board;
    }

    public EventLoopViewModel loop() {
        return loop;
    }

    public ConsoleViewModel console() {
        return console;
    }

    public NarrationViewModel narration() {
        return narration;
    }

    public CodePaneViewModel codePane() {
        return codePane;
    }
}
