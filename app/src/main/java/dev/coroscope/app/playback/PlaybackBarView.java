package dev.coroscope.app.playback;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.theme.Icons;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.Tooltips;
import dev.coroscope.engine.trace.Granularity;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The playback bar's nodes: run / pause, stop (while the engine runs), step back, step with its
 * granularity, step over / into / out, restart, the speed slider, where the cursor is, and the
 * scrubber. Every button names its key in its tooltip; the buttons carry words as well as icons.
 */
public final class PlaybackBarView {
    private final VBox root;

    public PlaybackBarView(PlaybackViewModel playback, RunSession session) {
        Button run = button("Run", StyleClasses.ICON_PLAY, "Run to the next breakpoint or the end (F5); again to pause",
                playback::runOrPause);
        run.textProperty().bind(Bindings.when(playback.playingProperty()).then("Pause").otherwise("Run"));
        playback.playingProperty().addListener((obs, old, now) -> ((Region) run.getGraphic()).getStyleClass()
                .setAll(StyleClasses.ICON, now ? StyleClasses.ICON_PAUSE : StyleClasses.ICON_PLAY));
        run.getStyleClass().add("run-button");
        Button stop = button("Stop", StyleClasses.ICON_STOP, "Stop the running program; what it did so far stays",
                session::stop);
        stop.getStyleClass().add(StyleClasses.STOP_BUTTON);
        stop.visibleProperty().bind(session.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());

        Button back = button("Back", StyleClasses.ICON_STEP_BACK, "Step back (Shift+F10)", playback::stepBack);
        back.disableProperty().bind(playback.canStepBackProperty().not());
        Button step = button("Step", StyleClasses.ICON_STEP, "Step forward by the chosen amount", playback::stepForward);
        step.disableProperty().bind(playback.canStepForwardProperty().not());
        ComboBox<Granularity> granularity = new ComboBox<>();
        granularity.getItems().setAll(Granularity.values());
        granularity.setCellFactory(l -> new GranularityCell());
        granularity.setButtonCell(new GranularityCell());
        granularity.valueProperty().bindBidirectional(playback.granularityProperty());
        Tooltips.install(granularity, "How far Step and Back go");
        granularity.setFocusTraversable(false);
        granularity.getStyleClass().add("granularity");

        Button over = button("Over", StyleClasses.ICON_STEP_OVER, "Step over (F10): the next line of this coroutine",
                playback::stepOver);
        Button into = button("Into", StyleClasses.ICON_STEP_INTO, "Step into (F11): the next line of this task",
                playback::stepInto);
        Button out = button("Out", StyleClasses.ICON_STEP_OUT, "Step out (Shift+F11): until this frame returns or suspends",
                playback::stepOut);
        over.disableProperty().bind(playback.canStepForwardProperty().not());
        into.disableProperty().bind(playback.canStepForwardProperty().not());
        out.disableProperty().bind(playback.canStepForwardProperty().not());
        Button restart = button("Restart", StyleClasses.ICON_RESTART, "Back to the first step", playback::restart);
        restart.disableProperty().bind(playback.canStepBackProperty().not());

        Label speedLabel = new Label("Speed");
        speedLabel.getStyleClass().add("speed-label");
        Slider speed = new Slider(0, PlaybackViewModel.SPEEDS.length - 1, playback.speedProperty().get());
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setFocusTraversable(false);
        speed.getStyleClass().add("speed-slider");
        speed.valueProperty().addListener((obs, old, now) -> playback.speedProperty().set((int) Math.round(now.doubleValue())));
        playback.speedProperty().addListener((obs, old, now) -> speed.setValue(now.intValue()));
        Label speedText = new Label();
        speedText.getStyleClass().add("speed-text");
        speedText.textProperty().bind(playback.speedTextProperty());
        speedText.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label position = new Label();
        position.getStyleClass().add("position");
        position.textProperty().bind(playback.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);

        HBox buttons = new HBox(run, stop, separator(), back, step, granularity, separator(), over, into, out,
                separator(), restart, spacer, speedLabel, speed, speedText, separator(), position);
        buttons.getStyleClass().add("playback-buttons");

        Scrubber scrubber = new Scrubber(playback::scrubTo);
        scrubber.valueProperty().bind(playback.stepProperty());
        scrubber.maxProperty().bind(playback.lastStepProperty());
        scrubber.marksProperty().bind(playback.marksProperty());
        root = new VBox(buttons, scrubber);
        root.getStyleClass().add(StyleClasses.PLAYBACK_BAR);
    }

    public Node node() {
        return root;
    }

    private static Button button(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, Icons.icon(icon));
        b.setContentDisplay(ContentDisplay.LEFT);
        Tooltips.install(b, tip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    /** Shows a granularity in words. */
    private static final class GranularityCell extends ListCell<Granularity> {
        @Override
        protected void updateItem(Granularity g, boolean empty) {
            super.updateItem(g, empty);
            setText(empty || g == null ? null : switch (g) {
                case LINE -> "by line";
                case AWAIT -> "by await";
                case LOOP -> "by loop iteration";
            });
        }
    }
}
