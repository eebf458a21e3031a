package dev.coroscope.engine.trace;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Finds "the same step" in the recording of an edited program, so the app keeps the learner where
 * they were after an edit re-runs the program.
 *
 * <p>The rule, in order:
 * <ol>
 * <li><b>Unchanged prefix.</b> If every event up to and including the old step has the same shape
 *     in the new recording (same kind, same current task name, same line once old lines are
 *     mapped to new ones), the answer is the same index.</li>
 * <li><b>Same line, same task, same hit.</b> Otherwise take the last {@code line} event at or
 *     before the old step: its task name, its line mapped to the new text, and its hit count k
 *     (it is the k-th time that task reached that line). The answer is the k-th such event in the
 *     new recording, or the last one if there are fewer.</li>
 * <li>If the task never reaches that line in the new run: the k-th (or last) time any task does.</li>
 * <li>Else the end of the unchanged prefix (the last step both runs agree on), or 0.</li>
 * </ol>
 * Lines are mapped by {@link #lineMap(String, String)} (a line diff) or by any function the app
 * supplies; a deleted line maps to -1.
 */
public final class StepMapper {
    private StepMapper() {
    }

    /** The step of {@code neu} that corresponds to {@code oldStep} of {@code old}. */
    public static int map(Recording old, int oldStep, Recording neu, IntUnaryOperator lineMap) {
        if (neu.size() == 0) {
            return 0;
        }
        if (old.size() == 0 || oldStep < 0) {
            return 0;
        }
        oldStep = Math.min(oldStep, old.size() - 1);
        EventLog.View ol = old.log();
        EventLog.View nl = neu.log();
        StringPool.View op = old.pool();
        StringPool.View np = neu.pool();
        EventLog.Reader or = ol.reader(0);
        EventLog.Reader nr = nl.reader(0);
        RawEvent oe = new RawEvent();
        RawEvent ne = new RawEvent();
        int agree = -1;
        int anchor = -1;
        int anchorLine = -1;
        String anchorTask = null;
        for (int i = 0; i <= oldStep; i++) {
            or.next(oe);
            if (agree == i - 1 && i < nl.size) {
                nr.next(ne);
                if (sameShape(oe, op, ne, np, lineMap)) {
                    agree = i;
                }
            }
            if (oe.kind == EventKind.LINE) {
                anchor = i;
                anchorLine = oe.b;
                anchorTask = op.get(oe.cur);
            }
        }
        if (agree == oldStep) {
            return oldStep;
        }
        if (anchor < 0) {
            return Math.max(agree, 0);
        }
        int hits = countHits(old, anchor, anchorTask, anchorLine);
        int newLine = lineMap.applyAsInt(anchorLine);
        if (newLine > 0) {
            int found = findHit(neu, anchorTask, newLine, hits, true);
            if (found < 0) {
                found = findHit(neu, null, newLine, hits, false);
            }
            if (found >= 0) {
                return found;
            }
        }
        return Math.max(agree, 0);
    }

    /** The identity line map. */
    public static IntUnaryOperator sameLines() {
        return l -> l;
    }

    /**
     * Maps old line numbers (1-based) to new ones from a diff of the two texts' lines (longest
     * common subsequence after trimming the common head and tail); lines that were changed or
     * deleted map to -1, lines past the end of the old text keep their offset from the end.
     */
    public static IntUnaryOperator lineMap(String oldText, String newText) {
        String[] a = oldText.split("\n", -1);
        String[] b = newText.split("\n", -1);
        int[] map = new int[a.length + 1];
        Arrays.fill(map, -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            map[head + 1] = head + 1;
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            map[a.length - tail] = b.length - tail;
            tail++;
        }
        int n = a.length - head - tail;
        int m = b.length - head - tail;
        if (n > 0 && m > 0 && (long) n * m <= 4_000_000L) {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a[head + i].equals(b[head + j]) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            for (int i = 0, j = 0; i < n && j < m; ) {
                if (a[head + i].equals(b[head + j])) {
                    map[head + i + 1] = head + j + 1;
                    i++;
                    j++;
                } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        int oldLen = a.length;
        int delta = b.length - a.length;
        return line -> line >= 1 && line <= oldLen ? map[line] : (line > oldLen ? line + delta : -1);
    }

    private static boolean sameShape(RawEvent o, StringPool.View op, RawEvent n, StringPool.View np,
                                     IntUnaryOperator lineMap) {
        if (o.kind != n.kind || !Objects.equals(op.get(o.cur), np.get(n.cur))) {
            return false;
        }
        return switch (o.kind) {
            case LINE -> lineMap.applyAsInt(o.b) == n.b;
            case CALL, EXCEPTION -> lineMap.applyAsInt(o.d) == n.d;
            case CORO -> o.c == n.c && (o.f <= 0 && n.f <= 0 || lineMap.applyAsInt(o.f) == n.f);
            case TASK -> o.d == n.d;
            case READY, TIMER, LOOP, OUTPUT -> o.a == n.a;
            default -> true;
        };
    }

    private static int countHits(Recording rec, int upTo, String task, int line) {
        EventLog.View log = rec.log();
        StringPool.View pool = rec.pool();
        EventLog.Reader r = log.reader(0);
        RawEvent ev = new RawEvent();
        int hits = 0;
        for (int i = 0; i <= upTo; i++) {
            r.next(ev);
            if (ev.kind == EventKind.LINE && ev.b == line && Objects.equals(pool.get(ev.cur), task)) {
                hits++;
            }
        }
        return hits;
    }

    private static int findHit(Recording rec, String task, int line, int hits, boolean matchTask) {
        EventLog.View log = rec.log();
        StringPool.View pool = rec.pool();
        EventLog.Reader r = log.reader(0);
        RawEvent ev = new RawEvent();
        int seen = 0;
        int lastFound = -1;
        for (int i = 0; i < log.size; i++) {
            r.next(ev);
            if (ev.kind == EventKind.LINE && ev.b == line
                    && (!matchTask || Objects.equals(pool.get(ev.cur), task))) {
                lastFound = i;
                if (++seen == hits) {
                    return i;
                }
            }
        }
        return lastFound;
    }
}
