package dev.coroscope.app.board;

import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.engine.trace.TaskState;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The nodes of a {@link TaskCard}, bound to its model, and its animations: the state word fades in
 * on every state change, the card pulses (a ring flashes and the card swells a little) when its
 * task is woken, and the lamps light and dim with the flags. Durations come from the card's
 * {@link dev.coroscope.app.theme.Motion}; at zero the change shows at once.
 */
final class TaskCardSkin extends SkinBase<TaskCard> {
    private static final PseudoClass ON = PseudoClass.getPseudoClass("on");

    private final Label stateWord = new Label();
    private final Region stateIcon = new Region();
    private final Region pulseRing = new Region();
    private final HBox chain = new HBox();
    private ParallelTransition pulse;

    TaskCardSkin(TaskCard card) {
        super(card);
        TaskCardModel m = card.model();

        Label badge = new Label();
        badge.getStyleClass().add(StyleClasses.TASK_BADGE);
        badge.textProperty().bind(m.badgeProperty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.visibleProperty().bind(m.badgeProperty().isEmpty().not());
        badge.managedProperty().bind(badge.visibleProperty());
        Label name = new Label();
        name.getStyleClass().add(StyleClasses.TASK_NAME);
        name.textProperty().bind(m.nameProperty());
        // A compact card names its task by the badge alone (Task-60 is "60"); its name would not fit.
        name.visibleProperty().bind(card.compactProperty().not().or(m.badgeProperty().isEmpty()));
        name.managedProperty().bind(name.visibleProperty());
        stateIcon.getStyleClass().add(StyleClasses.ICON);
        stateWord.setMinWidth(Region.USE_PREF_SIZE);
        HBox state = new HBox(stateIcon, stateWord);
        state.getStyleClass().add(StyleClasses.TASK_STATE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        // The state word is never cut: the header puts it on a line of its own where it does not
        // fit beside the name (see CardHeader).
        CardHeader header = new CardHeader(badge, name, state);
        header.getStyleClass().add("task-header");

        Label coroutine = detail();
        coroutine.textProperty().bind(Bindings.concat(m.flavorProperty(), "  ", m.coroutineProperty()));
        // "coroutine  (inside asyncio)" (asyncio.run's shutdown tasks) is wider than a narrow card:
        // to a second line rather than to "(ins...".
        coroutine.setWrapText(true);
        // Each flag by its name on this kind of object: ag_running on an async generator, which has
        // no ag_suspended in 3.11, gi_yieldfrom on a generator (Flavor).
        StringBinding runningName = Bindings.createStringBinding(
                () -> m.kindProperty().get().running(), m.kindProperty());
        StringBinding suspendedName = Bindings.createStringBinding(
                () -> m.kindProperty().get().suspended(), m.kindProperty());
        HBox suspendedLamp = lamp(suspendedName, m.crSuspendedProperty());
        showWhenNotEmpty(suspendedLamp, suspendedName.isEmpty().not());
        VBox lamps = new VBox(lamp(runningName, m.crRunningProperty()), suspendedLamp);
        lamps.getStyleClass().add("lamps");
        Label crAwait = detail();
        crAwait.textProperty().bind(Bindings.concat(Bindings.createStringBinding(
                () -> m.kindProperty().get().awaiting(), m.kindProperty()), "  ", m.crAwaitProperty()));
        crAwait.setWrapText(true);
        Label waiting = detail();
        waiting.textProperty().bind(Bindings.concat("waits on  ", m.waitingOnProperty()));
        waiting.setWrapText(true);
        showWhenNotEmpty(waiting, m.waitingOnProperty().isEmpty().not());
        Label outcome = detail();
        outcome.getStyleClass().add("task-outcome");
        outcome.textProperty().bind(m.outcomeProperty());
        outcome.setWrapText(true);
        showWhenNotEmpty(outcome, m.outcomeProperty().isEmpty().not());
        chain.getStyleClass().add(StyleClasses.AWAIT_CHAIN);
        showWhenNotEmpty(chain, Bindings.createBooleanBinding(() -> m.chainProperty().get().size() > 1, m.chainProperty()));

        VBox details = new VBox(coroutine, lamps, waiting, crAwait, chain);
        details.getStyleClass().add("task-details");
        VBox body = new VBox(header, details, outcome);
        // A compact card leaves its details out of the scene: a hundred cards cost less CSS work.
        card.compactProperty().addListener((obs, old, compact) -> {
            if (compact) {
                body.getChildren().remove(details);
            } else if (!body.getChildren().contains(details)) {
                body.getChildren().add(1, details);
            }
        });
        if (card.compactProperty().get()) {
            body.getChildren().remove(details);
        }
        body.getStyleClass().add("task-body");

        pulseRing.getStyleClass().add(StyleClasses.PULSE_RING);
        pulseRing.setOpacity(0);
        pulseRing.setMouseTransparent(true);
        StackPane root = new StackPane(body, pulseRing);
        root.getStyleClass().add("task-card-root");
        getChildren().add(root);

        showState(m.stateProperty().get(), false);
        m.stateProperty().addListener((obs, old, now) -> showState(now, true));
        m.stateTextProperty().addListener((obs, old, now) -> stateWord.setText(now));
        m.wokenProperty().addListener((obs, old, now) -> pulse());
        m.chainProperty().addListener((obs, old, now) -> showChain(now));
        showChain(m.chainProperty().get());
        card.setOnMouseClicked(e -> {
            if (e.getTarget() instanceof Node n && !(n instanceof Hyperlink) && !(n.getParent() instanceof Hyperlink)) {
                card.fireEvent(new TaskCardSelectEvent(card));
            }
        });
    }

    /** SkinBase asks its children for their height at no particular width; the card's lines wrap, so pass it on. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        Node root = getChildren().get(0);
        double inner = width < 0 || getSkinnable().compactProperty().get() ? -1 : Math.max(0, width - left - right);
        return top + root.prefHeight(inner) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    private static Label detail() {
        Label l = new Label();
        l.getStyleClass().add(StyleClasses.TASK_DETAIL);
        return l;
    }

    private static void showWhenNotEmpty(Node node, javafx.beans.value.ObservableBooleanValue show) {
        node.visibleProperty().bind(show);
        node.managedProperty().bind(show);
    }

    /** A lamp with its flag's name and value in words, so colour is not the only signal. */
    private static HBox lamp(StringBinding flag, javafx.beans.property.BooleanProperty value) {
        Region light = new Region();
        light.getStyleClass().add(StyleClasses.LAMP);
        Label text = new Label();
        text.getStyleClass().add("lamp-text");
        // In a narrow column the value goes to the next line rather than to an ellipsis.
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(Bindings.concat(flag, Bindings.when(value).then(" True").otherwise(" False")));
        light.pseudoClassStateChanged(ON, value.get());
        value.addListener((obs, old, now) -> light.pseudoClassStateChanged(ON, now));
        HBox box = new HBox(light, text);
        box.getStyleClass().add("lamp-box");
        return box;
    }

    private void showState(TaskState s, boolean animate) {
        // The icon's shape follows the card's state pseudo-class in the stylesheet: changing a
        // style class instead would make the icon restyle from scratch at every state change.
        stateWord.setText(getSkinnable().model().stateTextProperty().get());
        if (animate && getSkinnable().motion().animates()) {
            FadeTransition fade = new FadeTransition(getSkinnable().motion().duration(1), stateWord.getParent());
            fade.setFromValue(0.2);
            fade.setToValue(1);
            fade.play();
        }
    }

    private void pulse() {
        if (!getSkinnable().motion().animates()) {
            return;
        }
        if (pulse != null) {
            pulse.stop();
        }
        javafx.util.Duration d = getSkinnable().motion().duration(1.4);
        Timeline ring = new Timeline(
                new KeyFrame(javafx.util.Duration.ZERO, new KeyValue(pulseRing.opacityProperty(), 1)),
                new KeyFrame(d, new KeyValue(pulseRing.opacityProperty(), 0)));
        ScaleTransition swell = new ScaleTransition(d.divide(2), getSkinnable());
        swell.setFromX(1);
        swell.setFromY(1);
        swell.setToX(1.05);
        swell.setToY(1.05);
        swell.setAutoReverse(true);
        swell.setCycleCount(2);
        pulse = new ParallelTransition(ring, swell);
        pulse.setOnFinished(e -> {
            getSkinnable().setScaleX(1);
            getSkinnable().setScaleY(1);
        });
        pulse.play();
    }

    private void showChain(List<TaskCardModel.ChainLink> links) {
        chain.getChildren().clear();
        for (int i = 0; i < links.size(); i++) {
            if (i > 0) {
                Label arrow = new Label("\u2192");
                arrow.getStyleClass().add("chain-arrow");
                chain.getChildren().add(arrow);
            }
            TaskCardModel.ChainLink link = links.get(i);
            Hyperlink h = new Hyperlink(link.name());
            h.getStyleClass().add(StyleClasses.CHAIN_LINK);
            h.setFocusTraversable(false);
            h.setOnAction(e -> getSkinnable().chainLinkClicked(link.coro()));
            chain.getChildren().add(h);
        }
    }


}
