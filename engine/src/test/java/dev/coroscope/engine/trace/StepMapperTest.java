package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** The same step after an edit. */
class StepMapperTest {

    private static int lineIndex(Recording r, String task, int line, int hit) {
        int seen = 0;
        for (int i = 0; i < r.size(); i++) {
            StepEvent e = r.event(i);
            if (e instanceof StepEvent.Line l && l.line() == line && java.util.Objects.equals(task, e.current())
                    && ++seen == hit) {
                return i;
            }
        }
        throw new AssertionError("no hit");
    }

    @Test
    void an_unchanged_prefix_keeps_the_same_index() {
        Recording a = SimRun.gather(new Recorder());
        Recording b = SimRun.gather(new Recorder());
        for (int i = 0; i < a.size(); i += 5) {
            assertEquals(i, StepMapper.map(a, i, b, StepMapper.sameLines()));
        }
    }

    @Test
    void after_inserting_a_line_the_same_task_line_and_hit_is_found() {
        List<SimRun.Op> before = List.of(new SimRun.Line(11), new SimRun.Sleep(0), new SimRun.Line(12),
                new SimRun.Line(11), new SimRun.Line(12));
        List<SimRun.Op> after = List.of(new SimRun.Line(11), new SimRun.Print("hi"), new SimRun.Sleep(0),
                new SimRun.Line(13), new SimRun.Line(11), new SimRun.Line(12), new SimRun.Line(13));
        Recording a = SimRun.run(new Recorder(), 10, before, 1, 20);
        Recording b = SimRun.run(new Recorder(), 10, after, 1, 21);
        IntUnaryOperator map = StepMapper.lineMap("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n",
                "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nNEW\nl\n");
        assertEquals(13, map.applyAsInt(12));
        assertEquals(11, map.applyAsInt(11));
        int old = lineIndex(a, "Task-1", 12, 2);
        assertEquals(lineIndex(b, "Task-1", 13, 2), StepMapper.map(a, old, b, map));
        int oldFirst = lineIndex(a, "Task-1", 11, 1);
        assertEquals(oldFirst, StepMapper.map(a, oldFirst, b, map));
    }

    @Test
    void a_line_hit_fewer_times_maps_to_its_last_hit_and_a_deleted_line_to_the_agreeing_prefix() {
        Recording a = SimRun.run(new Recorder(), 10, List.of(new SimRun.Line(11), new SimRun.Line(12),
                new SimRun.Line(11), new SimRun.Line(12)), 1, 20);
        Recording b = SimRun.run(new Recorder(), 10, List.of(new SimRun.Line(11), new SimRun.Line(12),
                new SimRun.Line(14)), 1, 20);
        assertEquals(lineIndex(b, "Task-1", 12, 1), StepMapper.map(a, lineIndex(a, "Task-1", 12, 2), b,
                StepMapper.sameLines()));
        IntUnaryOperator deleted = l -> l == 12 ? -1 : l;
        int lastAgreeing = lineIndex(a, "Task-1", 12, 1) - 1;
        assertEquals(lastAgreeing, StepMapper.map(a, lineIndex(a, "Task-1", 12, 2), b, deleted));
    }

    @Test
    void the_line_diff_maps_moved_and_deleted_lines() {
        IntUnaryOperator m = StepMapper.lineMap("one\ntwo\nthree\nfour\n", "zero\none\nthree\nfour\nfive\n");
        assertEquals(2, m.applyAsInt(1));
        assertEquals(-1, m.applyAsInt(2));
        assertEquals(3, m.applyAsInt(3));
        assertEquals(4, m.applyAsInt(4));
    }
}
