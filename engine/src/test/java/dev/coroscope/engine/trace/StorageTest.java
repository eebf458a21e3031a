package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The compact storage: string pool, int map, event log codec. */
class StorageTest {

    @Test
    void the_pool_interns_each_string_once_and_gives_it_back_exactly() {
        StringPool p = new StringPool();
        List<String> samples = List.of("", "a", "None", "\u00e9t\u00e9", "\u4e2d\u6587", "\ud83d\ude00 emoji",
                "x".repeat(5000), "line\nbreak");
        List<Integer> ids = new ArrayList<>();
        for (String s : samples) {
            ids.add(p.intern(s));
        }
        for (int k = 0; k < 20000; k++) {
            p.intern("v" + k);
        }
        for (int k = 0; k < samples.size(); k++) {
            assertEquals(ids.get(k), p.intern(samples.get(k)), samples.get(k));
            assertEquals(samples.get(k), p.view().get(ids.get(k)));
        }
        assertEquals(samples.size() + 20000, p.size());
        StringPool.View before = p.view();
        p.freeze();
        assertEquals("v19999", p.view().get(p.size() - 1));
        assertEquals("v19999", before.get(p.size() - 1));
        assertNull(p.view().get(-1));
    }

    @Property(tries = 50)
    void the_int_map_behaves_like_a_hash_map(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random rnd = new Random(seed);
        IntMap<Integer> m = new IntMap<>();
        Map<Integer, Integer> ref = new HashMap<>();
        int range = 1 + rnd.nextInt(200);
        for (int k = 0; k < 3000; k++) {
            int key = rnd.nextInt(range) - range / 4;
            int op = rnd.nextInt(3);
            if (op == 0) {
                m.put(key, k);
                ref.put(key, k);
            } else if (op == 1) {
                m.remove(key);
                ref.remove(key);
            } else {
                assertEquals(ref.get(key), m.get(key));
            }
            if (k % 500 == 0) {
                IntMap<Integer> copy = m.copy(v -> v);
                for (Map.Entry<Integer, Integer> e : ref.entrySet()) {
                    assertEquals(e.getValue(), copy.get(e.getKey()));
                }
            }
        }
        assertEquals(ref.size(), m.size());
        for (Map.Entry<Integer, Integer> e : ref.entrySet()) {
            assertEquals(e.getValue(), m.get(e.getKey()));
        }
    }

    @Test
    void extreme_field_values_survive_encoding() {
        Recorder rec = new Recorder();
        rec.call(Integer.MAX_VALUE - 1, -1, "<module>", 1, -1);
        rec.line(Integer.MAX_VALUE - 1, 1_000_000);
        rec.line(0, 1);
        rec.line(-5, 2);
        rec.coro(Integer.MAX_VALUE - 1, "f", Flavor.ASYNC_GENERATOR, CoroState.SUSPENDED, "x", 7, 9, 3, "(('m', 1),)");
        rec.timerPush(3, 1e300, "cb");
        rec.clock(Double.MIN_VALUE);
        rec.loopStart();
        Recording r = rec.snapshot();
        assertEquals(new StepEvent.Line(1, null, Integer.MAX_VALUE - 1, 1_000_000), r.event(1));
        assertEquals(new StepEvent.Line(2, null, 0, 1), r.event(2));
        assertEquals(new StepEvent.Line(3, null, -1, 2), r.event(3));
        assertEquals(new StepEvent.Coro(4, null, Integer.MAX_VALUE - 1, "f", CoroState.SUSPENDED, "x", 7, 9, 3,
                Flavor.ASYNC_GENERATOR, "(('m', 1),)"), r.event(4));
        assertEquals(1e300, ((StepEvent.Timer) r.event(5)).when());
        assertEquals(Double.MIN_VALUE, ((StepEvent.Clock) r.event(6)).now());
    }

    @Test
    void ints_are_kept_inline_when_small_and_as_text_otherwise() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        long[] values = {0, 1, -1, 42, (1L << 29) - 1, -(1L << 29) + 1, 1L << 29, -(1L << 29), Long.MAX_VALUE,
            Long.MIN_VALUE, 123456789012L};
        for (long v : values) {
            rec.storeInt(1, "x", v, false);
            rec.returnedInt(2, v);
        }
        Recording r = rec.snapshot();
        for (int k = 0; k < values.length; k++) {
            assertEquals(Long.toString(values[k]), ((StepEvent.Store) r.event(1 + 2 * k)).value());
            assertEquals(Long.toString(values[k]), ((StepEvent.Return) r.event(2 + 2 * k)).value());
            assertEquals(Long.toString(values[k]), r.stateAt(1 + 2 * k).frame(1).locals().get("x"));
        }
        assertEquals(-1, ValueRef.NONE);
        for (long v = -5000; v < 5000; v++) {
            assertEquals(v, ValueRef.intValue(ValueRef.ofInt(v)));
        }
    }

    @Test
    void a_recording_spanning_many_data_pages_decodes_every_event_and_earlier_snapshots_stay_valid() {
        // Enough events for the log's data to fill pages of every size (4 KB doubling to 64 KB, then
        // many of 64 KB), with fields of every varint width, so blocks start near page ends.
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        int n = 400_000;
        Recording early = null;
        for (int k = 0; k < n; k++) {
            int frame = 1 + k % 3;
            switch (k % 5) {
                case 0, 1 -> rec.line(frame, 1 + (k * 7919) % (k % 11 == 0 ? 2_000_000 : 90));
                case 2 -> rec.storeInt(frame, "v" + (k % 40), (long) k * k * (k % 2 == 0 ? 1 : -1), false);
                case 3 -> rec.store(frame, "s", k % 13 == 0 ? "x".repeat(k % 300) : "s" + k, k % 17 == 0);
                default -> rec.output(StdStream.STDOUT, "o" + k);
            }
            if (k == 1_000) {
                early = rec.snapshot();
            }
        }
        Recording r = rec.finish(EndReason.FINISHED, null);
        assertEquals(n + 2, r.size());
        for (int k = 0; k < n; k++) {
            int frame = 1 + k % 3;
            StepEvent e = r.event(k + 1);
            StepEvent expected = switch (k % 5) {
                case 0, 1 -> new StepEvent.Line(k + 1, null, frame, 1 + (k * 7919) % (k % 11 == 0 ? 2_000_000 : 90));
                case 2 -> new StepEvent.Store(k + 1, null, frame, "v" + (k % 40),
                        Long.toString((long) k * k * (k % 2 == 0 ? 1 : -1)), false);
                case 3 -> new StepEvent.Store(k + 1, null, frame, "s",
                        k % 13 == 0 ? (k % 300 > Recorder.REPR_CAP ? "x".repeat(Recorder.REPR_CAP - 3) + "..."
                                : "x".repeat(k % 300)) : "s" + k, k % 17 == 0);
                default -> new StepEvent.Output(k + 1, null, StdStream.STDOUT, "o" + k);
            };
            assertEquals(expected, e, "event " + (k + 1));
        }
        assertEquals(r.events(0, 1_002), early.events(0, 1_002));
        double perEvent = r.retainedBytes() / (double) r.size();
        assertTrue(perEvent < 16, "bytes per event " + perEvent);
    }

    @Test
    void events_decode_the_same_from_any_block_position() {
        Recording r = SimPrograms.record(42, new Recorder());
        List<StepEvent> all = r.events(0, r.size());
        for (int i = 0; i < r.size(); i += 7) {
            assertEquals(all.get(i), r.event(i));
            assertEquals(all.subList(i, Math.min(r.size(), i + 40)), r.events(i, Math.min(r.size(), i + 40)));
        }
    }
}
