package dev.coroscope.app.board;

import dev.coroscope.app.inspector.InspectorViewModel;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.theme.TaskColors;
import dev.coroscope.engine.trace.CoroState;
import dev.coroscope.engine.trace.Flavor;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import dev.coroscope.engine.trace.TraceState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The task board: one {@link TaskCardModel} per task created so far, in creation order, updated
 * from the session's state at every step. A task keeps its model while the same recording (or a
 * longer partial one of the same run) is shown, so cards animate; a new run starts fresh.
 *
 * <p>Coroutines (and generators) that belong to no task, such as one driven by {@code send()},
 * get a card too, after the tasks, with their coroutine state ({@code CREATED}, {@code RUNNING},
 * {@code SUSPENDED}) in the colours of the matching task states.
 *
 * <p>Clicking a card selects its task (or coroutine) in the inspector; a link of its await chain
 * selects that coroutine.
 */
public final class TaskBoardViewModel {
    private final RunSession session;
    private final InspectorViewModel inspector;
    private final ObservableList<TaskCardModel> cards = FXCollections.observableArrayList();
    private final Map<Integer, TaskCardModel> byId = new HashMap<>();
    private final Map<Integer, TaskCardModel> coroCards = new HashMap<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyNote = new ReadOnlyStringWrapper(this, "emptyNote", "");
    private Recording scanned;
    private boolean scannedMakesTasks;
    private long runNumber = -1;

    public TaskBoardViewModel(RunSession session, InspectorViewModel inspector) {
        this.session = session;
        this.inspector = inspector;
        session.stateProperty().addListener((obs, old, now) -> update(now));
        session.outcomeProperty().addListener((obs, old, now) -> updateEmptyNote());
        session.runningProperty().addListener((obs, old, now) -> updateEmptyNote());
        inspector.highlightedTaskProperty().addListener((obs, old, now) -> markSelected());
        inspector.inspectedCoroutineProperty().addListener((obs, old, now) -> markSelected());
        update(session.getState());
    }

    /** The cards, in task creation order. */
    public ObservableList<TaskCardModel> cards() {
        return cards;
    }

    /** A line above the board: how many tasks and in which states, e.g. {@code 3 tasks: 1 running, 2 waiting}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * What the empty board says instead of cards (empty while there are cards): why there are no
     * tasks at this step, so a projected board is never a blank area.
     */
    public ReadOnlyStringProperty emptyNoteProperty() {
        return emptyNote.getReadOnlyProperty();
    }

    /** A card was clicked. */
    public void select(TaskCardModel card) {
        if (card.coroutineOnly()) {
            inspector.selectCoroutine(card.taskId());
        } else {
            inspector.selectTask(card.nameProperty().get());
        }
    }

    /** A coroutine in a card's await chain was clicked. */
    public void selectCoroutine(int coro) {
        inspector.selectCoroutine(coro);
    }

    private void update(TraceState s) {
        boolean forward = session.moveDistanceProperty().get() > 0;
        if (session.runNumberProperty().get() != runNumber) {
            runNumber = session.runNumberProperty().get();
            byId.clear();
            coroCards.clear();
            cards.clear();
            forward = false;
        }
        List<TaskCardModel> order = new ArrayList<>(s.tasks().size());
        int index = 0;
        int running = 0;
        int waiting = 0;
        int ready = 0;
        int finished = 0;
        for (TraceState.TaskView t : s.tasks()) {
            TaskCardModel card = byId.get(t.id());
            if (card == null) {
                card = new TaskCardModel(t.id());
                byId.put(t.id(), card);
            }
            fill(card, t, s, index++, forward);
            order.add(card);
            switch (t.state()) {
                case RUNNING -> running++;
                case WAITING -> waiting++;
                case READY -> ready++;
                default -> finished++;
            }
        }
        int tasks = order.size();
        int coroutines = addCoroutineCards(s, order, forward);
        if (!order.equals(cards)) {
            // Cards of tasks not created yet at this step leave the board (stepping back).
            byId.values().retainAll(order);
            coroCards.values().retainAll(order);
            cards.setAll(order);
        }
        markSelected();
        updateEmptyNote();
        String text = summaryText(tasks, running, ready, waiting, finished);
        summary.set(coroutines == 0 ? text : (tasks == 0 ? "No tasks" : text) + "; "
                + outsideText(order.subList(tasks, order.size())) + " outside tasks");
    }

    /**
     * The cards of objects outside tasks counted by kind, in words: {@code 1 coroutine},
     * {@code 2 coroutines and 1 async generator}, {@code 1 coroutine, 1 generator and 1 async generator}.
     */
    static String outsideText(List<TaskCardModel> outside) {
        Map<Flavor, Integer> counts = new EnumMap<>(Flavor.class);
        for (TaskCardModel card : outside) {
            counts.merge(card.kindProperty().get(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + kind.words() + (n == 1 ? "" : "s")));
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private void fill(TaskCardModel card, TraceState.TaskView t, TraceState s, int index, boolean forward) {
        TaskState before = card.stateProperty().get();
        card.nameProperty().set(t.name());
        card.badgeProperty().set(TaskColors.badge(t.name()));
        card.colorIndexProperty().set(index);
        card.stateProperty().set(t.state());
        card.currentProperty().set(Objects.equals(s.currentTask(), t.name()) && t.state() == TaskState.RUNNING);
        TraceState.CoroView coro = s.coroutine(t.coro());
        // A coroutine of asyncio's own (line -1: its frame is not shown) goes by its co_name
        // (shutdown_asyncgens, not BaseEventLoop.shutdown_asyncgens), which fits a card; one the
        // recording never reported is asyncio's too.
        card.coroutineProperty().set(coro == null ? "(inside asyncio)"
                : (coro.line() <= 0 ? coro.name().substring(coro.name().lastIndexOf('.') + 1) : coro.name()) + "()");
        card.kindProperty().set(coro == null ? Flavor.COROUTINE : coro.flavor());
        card.crRunningProperty().set(coro != null && coro.runningFlag());
        card.crSuspendedProperty().set(coro != null && coro.crSuspended());
        card.crAwaitProperty().set(coro == null || coro.crAwait() == null ? "None" : coro.crAwait());
        card.waitingOnProperty().set(t.state() == TaskState.WAITING && t.waitingOn() != null ? t.waitingOn() : "");
        card.outcomeProperty().set(outcome(t));
        List<TaskCardModel.ChainLink> chain = new ArrayList<>();
        for (TraceState.CoroView c : s.awaitChain(t.name())) {
            chain.add(new TaskCardModel.ChainLink(c.id(), c.name()));
        }
        if (!chain.equals(card.chainProperty().get())) {
            card.chainProperty().set(List.copyOf(chain));
        }
        if (forward && (before == TaskState.WAITING && t.state() == TaskState.READY
                || before == TaskState.READY && t.state() == TaskState.RUNNING)) {
            card.wokenProperty().set(card.wokenProperty().get() + 1);
        }
    }

    /**
     * Cards for coroutines and generators outside tasks (driven by {@code send()}, {@code next()},
     * or awaited by module code): one per chain head, i.e. each live one that no other live one
     * awaits; what it awaits shows in its chain. Returns how many were added.
     */
    private int addCoroutineCards(TraceState s, List<TaskCardModel> order, boolean forward) {
        // What each coroutine awaits: cr_await while suspended; while running, the coroutine whose
        // frame it called (its frame is the parent of that one's).
        Map<Integer, Integer> awaitsOf = new HashMap<>();
        for (TraceState.CoroView c : s.coroutines()) {
            if (c.awaits() >= 0) {
                awaitsOf.put(c.id(), c.awaits());
            }
        }
        for (TraceState.FrameView f : s.frames()) {
            TraceState.FrameView parent = f.parent() >= 0 ? s.frame(f.parent()) : null;
            if (f.coro() >= 0 && parent != null && parent.coro() >= 0) {
                awaitsOf.putIfAbsent(parent.coro(), f.coro());
            }
        }
        java.util.Set<Integer> awaited = new java.util.HashSet<>(awaitsOf.values());
        int added = 0;
        for (TraceState.CoroView c : s.coroutines()) {
            if (c.task() != null || awaited.contains(c.id()) || c.state() == CoroState.CLOSED) {
                continue;
            }
            TaskCardModel card = coroCards.computeIfAbsent(c.id(), id -> new TaskCardModel(id, true));
            TaskState before = card.stateProperty().get();
            TaskState look = switch (c.state()) {
                case CREATED -> TaskState.READY;
                case RUNNING -> TaskState.RUNNING;
                case SUSPENDED -> TaskState.WAITING;
                case CLOSED -> TaskState.DONE;
            };
            card.nameProperty().set(c.name() + "()");
            card.badgeProperty().set("");
            card.colorIndexProperty().set(-1);
            card.stateProperty().set(look);
            card.stateTextProperty().set(c.state().name());
            card.currentProperty().set(c.crRunning());
            card.coroutineProperty().set(c.name() + "()");
            card.kindProperty().set(c.flavor());
            card.crRunningProperty().set(c.runningFlag());
            card.crSuspendedProperty().set(c.crSuspended());
            card.crAwaitProperty().set(c.crAwait() == null ? "None" : c.crAwait());
            card.waitingOnProperty().set("");
            card.outcomeProperty().set("");
            List<TaskCardModel.ChainLink> chain = new ArrayList<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (TraceState.CoroView x = c; x != null && seen.add(x.id());
                    x = awaitsOf.containsKey(x.id()) ? s.coroutine(awaitsOf.get(x.id())) : null) {
                chain.add(new TaskCardModel.ChainLink(x.id(), x.name()));
            }
            if (!chain.equals(card.chainProperty().get())) {
                card.chainProperty().set(List.copyOf(chain));
            }
            if (forward && before == TaskState.WAITING && look == TaskState.RUNNING) {
                card.wokenProperty().set(card.wokenProperty().get() + 1);
            }
            order.add(card);
            added++;
        }
        return added;
    }

    private void markSelected() {
        String highlighted = inspector.highlightedTaskProperty().get();
        int coro = inspector.inspectedCoroutineProperty().get();
        for (TaskCardModel c : cards) {
            c.selectedProperty().set(c.coroutineOnly() ? c.taskId() == coro && highlighted == null
                    : c.nameProperty().get().equals(highlighted));
        }
    }

    static String outcome(TraceState.TaskView t) {
        return switch (t.state()) {
            case DONE -> "result " + (t.result() == null ? "None" : t.result());
            case FAILED -> "raised " + (t.exception() == null ? "an exception" : t.exception());
            case CANCELLED -> t.exception() == null ? "cancelled" : "cancelled: " + t.exception();
            default -> "";
        };
    }

    private void updateEmptyNote() {
        if (!cards.isEmpty()) {
            emptyNote.set("");
            return;
        }
        RunOutcome outcome = session.outcomeProperty().get();
        String how = "A task appears here when asyncio.run() or asyncio.create_task() wraps a coroutine.";
        if (session.isRunning() || outcome == null) {
            emptyNote.set("No tasks yet. " + how);
        } else if (outcome.status() == RunOutcome.Status.SYNTAX_ERROR) {
            emptyNote.set("No tasks: the program has a syntax error, so none of it ran.");
        } else if (!makesTasks(session.getRecording())) {
            emptyNote.set("This program makes no tasks. " + how);
        } else {
            emptyNote.set("No tasks yet at this step. " + how);
        }
    }

    /** Whether any task is created in {@code r} (scanned once per recording). */
    private boolean makesTasks(Recording r) {
        if (r != scanned) {
            scanned = r;
            boolean[] found = {false};
            if (r != null) {
                r.forEach(e -> found[0] |= e instanceof StepEvent.Task);
            }
            scannedMakesTasks = found[0];
        }
        return scannedMakesTasks;
    }

    private static String summaryText(int tasks, int running, int ready, int waiting, int finished) {
        if (tasks == 0) {
            return "No tasks";
        }
        List<String> parts = new ArrayList<>();
        if (running > 0) {
            parts.add(running + " running");
        }
        if (ready > 0) {
            parts.add(ready + " ready");
        }
        if (waiting > 0) {
            parts.add(waiting + " waiting");
        }
        if (finished > 0) {
            parts.add(finished + " finished");
        }
        return tasks + (tasks == 1 ? " task: " : " tasks: ") + String.join(", ", parts);
    }
}
