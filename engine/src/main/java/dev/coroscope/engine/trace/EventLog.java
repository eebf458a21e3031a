package dev.coroscope.engine.trace;

import java.util.Arrays;

/**
 * The compact, append-only event store of a recording.
 *
 * <p>Columns: {@code kinds} (one byte an event), {@code pages} (the fields of all events as
 * variable-length ints, see {@link RawEvent} for the field list), {@code blocks} (the page and
 * offset of every 32nd event, so any event is decoded after skipping at most 31), the current task as
 * run-length segments ({@code segAt}/{@code segName}/{@code segTask}: it changes only at task
 * switches), and the
 * indices of {@code output} and {@code warning} events (so "output so far" is a count, never a
 * copy). Frame ids and line numbers are delta-coded against the previous event's within a block
 * (the registers restart at each block, so blocks decode independently); values
 * ({@link ValueRef}: a string id or an inline int) are zigzag-coded; other ids are stored plus
 * one so that -1 costs one byte.
 *
 * <p>Threads: one writer appends; {@link #view()} captures an immutable reader over the current
 * prefix. Appends never modify data below a captured size, and growth copies arrays (the data
 * pages are never copied: new pages are added), so views stay valid.
 */
final class EventLog {
    static final int BLOCK_SHIFT = 5;
    static final int BLOCK = 1 << BLOCK_SHIFT;
    /** No event's data takes more than this many bytes (a task event: 1 + 9 varints of at most 5). */
    static final int MAX_EVENT_BYTES = 64;
    static final int BLOCK_BYTES = BLOCK * MAX_EVENT_BYTES;
    static final int PAGE_SHIFT = 16;
    static final int PAGE_MAX = 1 << PAGE_SHIFT;
    private static final int PAGE_FIRST = 1 << 12;
    private static final int LINE_KIND = EventKind.LINE.ordinal();
    private static final int STORE_KIND = EventKind.STORE.ordinal();

    private byte[] kinds = new byte[1 << 12];
    private int size;
    /**
     * The data bytes in pages (4 KB first, doubling up to {@link #PAGE_MAX}), so growth never
     * copies what is written: a recording of millions of events would otherwise copy its data
     * about twice over while it grows. A block never spans pages: a block starts on a new page
     * when the current one has less than {@link #BLOCK_BYTES} left.
     */
    private byte[][] pages = new byte[16][];
    private int pageCount;
    private byte[] data;
    private int dataLen;
    /** Bytes of all pages before the current one, and their unused tails (for accounting). */
    private long fullPagesBytes;
    private int[] blocks = new int[1 << 7];
    private int[] segAt = new int[64];
    private int[] segName = new int[64];
    private int[] segTask = new int[64];
    private int segCount;
    private int[] outIdx = new int[64];
    private int outCount;
    private int[] warnIdx = new int[8];
    private int warnCount;
    private int lines;
    private int lastFrame;
    private int lastLine;

    int size() {
        return size;
    }

    int lines() {
        return lines;
    }

    /**
     * A line event: the commonest kind, appended without a {@link RawEvent}. The line's zigzag
     * delta is stored shifted left by one with {@code back} in the low bit (so lines must differ by
     * less than 2^29 within a block, far beyond any source file).
     */
    void appendLine(int frame, int line, boolean back, int cur, int curTask) {
        begin(cur, curTask);
        // frame(frame) and line(line), with the one-byte case (same frame, a nearby line) inline:
        // the interpreter's tier of the JIT inlines little, and this runs for every line.
        int df = frame - lastFrame;
        int dl = line - lastLine;
        lastFrame = frame;
        lastLine = line;
        int zf = (df << 1) ^ (df >> 31);
        int zl = (((dl << 1) ^ (dl >> 31)) << 1) | (back ? 1 : 0);
        if (((zf | zl) & ~0x7F) == 0) {
            data[dataLen] = (byte) zf;
            data[dataLen + 1] = (byte) zl;
            dataLen += 2;
        } else {
            uv(zf);
            uv(zl);
        }
        lines++;
        kinds[size++] = (byte) LINE_KIND;
    }

    /** A store event ({@code value} a {@link ValueRef}), appended without a {@link RawEvent}. */
    void appendStore(int frame, int name, int value, int flags, int cur, int curTask) {
        begin(cur, curTask);
        int df = frame - lastFrame;
        lastFrame = frame;
        int zf = (df << 1) ^ (df >> 31);
        int nf = (name << 2) | (flags & 3);
        if (((zf | nf) & ~0x7F) == 0) {
            data[dataLen] = (byte) zf;
            data[dataLen + 1] = (byte) nf;
            dataLen += 2;
        } else {
            uv(zf);
            uv(nf);
        }
        uv((value << 1) ^ (value >> 31));
        kinds[size++] = (byte) STORE_KIND;
    }

    /** Room for one more event, the block index entry, and the current-task segment. */
    private void begin(int cur, int curTask) {
        if ((size & (BLOCK - 1)) == 0 || size == kinds.length) {
            startBlock();
        }
        int s = segCount - 1;
        if (s < 0 || segName[s] != cur || segTask[s] != curTask) {
            addSegment(cur, curTask);
        }
    }

    /** Grows {@code kinds} if full; at a block's first event, records where the block starts. */
    private void startBlock() {
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, grow(kinds.length));
        }
        if ((size & (BLOCK - 1)) != 0) {
            return;
        }
        int b = size >>> BLOCK_SHIFT;
        if (b == blocks.length) {
            blocks = Arrays.copyOf(blocks, grow(blocks.length));
        }
        if (data == null || data.length - dataLen < BLOCK_BYTES) {
            newPage();
        }
        blocks[b] = ((pageCount - 1) << PAGE_SHIFT) | dataLen;
        lastFrame = 0;
        lastLine = 0;
    }

    private void newPage() {
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, pageCount * 2);
        }
        if (data != null) {
            fullPagesBytes += data.length;
        }
        int n = data == null ? PAGE_FIRST : Math.min(PAGE_MAX, data.length * 2);
        data = new byte[Math.max(n, BLOCK_BYTES)];
        pages[pageCount++] = data;
        dataLen = 0;
    }

    private void addSegment(int cur, int curTask) {
        if (segCount == segAt.length) {
            segAt = Arrays.copyOf(segAt, grow(segAt.length));
            segName = Arrays.copyOf(segName, segAt.length);
            segTask = Arrays.copyOf(segTask, segAt.length);
        }
        segAt[segCount] = size;
        segName[segCount] = cur;
        segTask[segCount] = curTask;
        segCount++;
    }

    void append(RawEvent ev) {
        // Line and store events have one encoding, their fast paths'.
        if (ev.kind == EventKind.LINE) {
            appendLine(ev.a, ev.b, ev.c == 1, ev.cur, ev.curTask);
            return;
        }
        if (ev.kind == EventKind.STORE) {
            appendStore(ev.a, ev.b, ev.c, ev.d, ev.cur, ev.curTask);
            return;
        }
        begin(ev.cur, ev.curTask);
        switch (ev.kind) {
            case CALL -> {
                frame(ev.a);
                zz(ev.b - ev.a);
                uv(ev.c);
                line(ev.d);
                uv(ev.e + 1);
            }
            case RETURN -> {
                frame(ev.a);
                zz(ev.b);
                uv(ev.c + 1);
            }
            case EXCEPTION -> {
                frame(ev.a);
                uv(ev.b + 1);
                uv(ev.c + 1);
                line(ev.d);
            }
            case CORO -> {
                uv(ev.a + 1);
                uv(ev.b + 1);
                data[dataLen++] = (byte) (ev.c | (ev.h << 2));
                uv(ev.d + 1);
                uv(ev.e + 1);
                line(ev.f);
                uv(ev.g + 1);
                uv(ev.i + 1);
            }
            case TASK -> {
                uv(ev.a + 1);
                uv(ev.b + 1);
                uv(ev.c + 1);
                data[dataLen++] = (byte) ev.d;
                uv(ev.e + 1);
                uv(ev.f + 1);
                uv(ev.g + 1);
                uv(ev.h + 1);
                uv(ev.i + 1);
            }
            case FUTURE -> {
                uv(ev.a + 1);
                data[dataLen++] = (byte) ev.b;
                uv(ev.c + 1);
            }
            case READY -> {
                data[dataLen++] = (byte) (ev.a | (ev.d == 1 ? 4 : 0));
                uv(ev.b + 1);
                uv(ev.c + 1);
            }
            case TIMER -> {
                data[dataLen++] = (byte) (ev.a | (ev.d == 1 ? 4 : 0));
                uv(ev.b + 1);
                uv(ev.c + 1);
                dbl(ev.x);
            }
            case CLOCK -> dbl(ev.x);
            case LOOP -> {
                data[dataLen++] = (byte) ev.a;
                uv(ev.b + 1);
            }
            case OUTPUT -> {
                data[dataLen++] = (byte) ev.a;
                uv(ev.b + 1);
                if (outCount == outIdx.length) {
                    outIdx = Arrays.copyOf(outIdx, grow(outIdx.length));
                }
                outIdx[outCount++] = size;
            }
            case WARNING -> {
                uv(ev.a + 1);
                uv(ev.b + 1);
                if (warnCount == warnIdx.length) {
                    warnIdx = Arrays.copyOf(warnIdx, grow(warnIdx.length));
                }
                warnIdx[warnCount++] = size;
            }
            case END -> {
                data[dataLen++] = (byte) ev.a;
                uv(ev.b + 1);
            }
        }
        kinds[size++] = (byte) ev.kind.ordinal();
    }

    /** Capacities of all arrays, in bytes. */
    long retainedBytes() {
        return kinds.length + fullPagesBytes + (data == null ? 0 : data.length) + 16L + 4L * pages.length
                + 4L * blocks.length + 12L * segAt.length + 4L * outIdx.length
                + 4L * warnIdx.length + 7 * 16;
    }

    /** Shrinks every array to its contents; called once the recording is complete. */
    void trim() {
        kinds = Arrays.copyOf(kinds, size);
        if (data != null && dataLen < data.length) {
            data = Arrays.copyOf(data, dataLen);
            pages[pageCount - 1] = data;
        }
        pages = Arrays.copyOf(pages, pageCount);
        blocks = Arrays.copyOf(blocks, (size + BLOCK - 1) >>> BLOCK_SHIFT);
        segAt = Arrays.copyOf(segAt, segCount);
        segName = Arrays.copyOf(segName, segCount);
        segTask = Arrays.copyOf(segTask, segCount);
        outIdx = Arrays.copyOf(outIdx, outCount);
        warnIdx = Arrays.copyOf(warnIdx, warnCount);
    }

    View view() {
        return new View(kinds, size, pages, blocks, segAt, segName, segTask, segCount, outIdx, outCount, warnIdx, warnCount,
                lines);
    }

    private static int grow(int n) {
        return n + (n >> 1) + 16;
    }

    private void frame(int frame) {
        zz(frame - lastFrame);
        lastFrame = frame;
    }

    private void line(int line) {
        zz(line - lastLine);
        lastLine = line;
    }

    private void zz(int v) {
        uv((v << 1) ^ (v >> 31));
    }

    private void uv(int v) {
        while ((v & ~0x7F) != 0) {
            data[dataLen++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        data[dataLen++] = (byte) v;
    }

    private void dbl(double x) {
        long bits = Double.doubleToRawLongBits(x);
        for (int k = 0; k < 8; k++) {
            data[dataLen++] = (byte) (bits >>> (8 * k));
        }
    }

    /** An immutable reader over a prefix of the log. */
    static final class View {
        final byte[] kinds;
        final int size;
        final byte[][] pages;
        final int[] blocks;
        final int[] segAt;
        final int[] segName;
        final int[] segTask;
        final int segCount;
        final int[] outIdx;
        final int outCount;
        final int[] warnIdx;
        final int warnCount;
        final int lines;

        View(byte[] kinds, int size, byte[][] pages, int[] blocks, int[] segAt, int[] segName, int[] segTask,
             int segCount,
             int[] outIdx, int outCount, int[] warnIdx, int warnCount, int lines) {
            this.kinds = kinds;
            this.size = size;
            this.pages = pages;
            this.blocks = blocks;
            this.segAt = segAt;
            this.segName = segName;
            this.segTask = segTask;
            this.segCount = segCount;
            this.outIdx = outIdx;
            this.outCount = outCount;
            this.warnIdx = warnIdx;
            this.warnCount = warnCount;
            this.lines = lines;
        }

        EventKind kind(int index) {
            return EventKind.VALUES[kinds[index]];
        }

        /** Name id of the current task at {@code index} (-1: none). */
        int current(int index) {
            return segName[segment(index)];
        }

        /** Task id of the current task at {@code index} (-1: none). */
        int currentTask(int index) {
            return segTask[segment(index)];
        }

        int segment(int index) {
            int lo = 0;
            int hi = segCount - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (segAt[mid] <= index) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        /** Number of output events with index {@code <= index}. */
        int outputsUpTo(int index) {
            return countUpTo(outIdx, outCount, index);
        }

        int warningsUpTo(int index) {
            return countUpTo(warnIdx, warnCount, index);
        }

        private static int countUpTo(int[] a, int n, int index) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] <= index) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Decodes one event (skipping at most 31 others). */
        void decode(int index, RawEvent out) {
            Reader r = new Reader(this, index);
            r.next(out);
        }

        Reader reader(int from) {
            return new Reader(this, from);
        }
    }

    /**
     * Decodes events sequentially from a start index. Not thread-safe; cheap to create.
     */
    static final class Reader {
        private final View v;
        private int next;
        private byte[] d;
        private int pos;
        private int lastFrame;
        private int lastLine;
        private int seg;

        Reader(View v, int from) {
            this.v = v;
            if (from < 0 || from > v.size) {
                throw new IndexOutOfBoundsException("event " + from + " of " + v.size);
            }
            int start = from & ~(BLOCK - 1);
            this.next = start;
            if (start < v.size) {
                block(start >>> BLOCK_SHIFT);
                this.seg = v.segment(start);
            }
            RawEvent skip = new RawEvent();
            while (next < from) {
                next(skip);
            }
        }

        private void block(int b) {
            int at = v.blocks[b];
            d = v.pages[at >>> PAGE_SHIFT];
            pos = at & (PAGE_MAX - 1);
        }

        /** Index of the event the next call to {@link #next} decodes. */
        int index() {
            return next;
        }

        boolean hasNext() {
            return next < v.size;
        }

        void next(RawEvent ev) {
            int index = next;
            if (index >= v.size) {
                throw new IndexOutOfBoundsException("event " + index + " of " + v.size);
            }
            if ((index & (BLOCK - 1)) == 0) {
                block(index >>> BLOCK_SHIFT);
                lastFrame = 0;
                lastLine = 0;
            }
            while (seg + 1 < v.segCount && v.segAt[seg + 1] <= index) {
                seg++;
            }
            EventKind k = EventKind.VALUES[v.kinds[index]];
            ev.clear(k);
            ev.cur = v.segName[seg];
            ev.curTask = v.segTask[seg];
            switch (k) {
                case LINE -> {
                    ev.a = frame();
                    int u = uv();
                    ev.c = u & 1;
                    lastLine += unzigzag(u >>> 1);
                    ev.b = lastLine;
                }
                case CALL -> {
                    ev.a = frame();
                    ev.b = zz() + ev.a;
                    ev.c = uv();
                    ev.d = line();
                    ev.e = uv() - 1;
                }
                case RETURN -> {
                    ev.a = frame();
                    ev.b = zz();
                    ev.c = uv() - 1;
                }
                case EXCEPTION -> {
                    ev.a = frame();
                    ev.b = uv() - 1;
                    ev.c = uv() - 1;
                    ev.d = line();
                }
                case STORE -> {
                    ev.a = frame();
                    int nb = uv();
                    ev.b = nb >>> 2;
                    ev.d = nb & 3;
                    ev.c = zz();
                }
                case CORO -> {
                    ev.a = uv() - 1;
                    ev.b = uv() - 1;
                    int sf = d[pos++];
                    ev.c = sf & 3;
                    ev.h = (sf >> 2) & 3;
                    ev.d = uv() - 1;
                    ev.e = uv() - 1;
                    ev.f = line();
                    ev.g = uv() - 1;
                    ev.i = uv() - 1;
                }
                case TASK -> {
                    ev.a = uv() - 1;
                    ev.b = uv() - 1;
                    ev.c = uv() - 1;
                    ev.d = d[pos++];
                    ev.e = uv() - 1;
                    ev.f = uv() - 1;
                    ev.g = uv() - 1;
                    ev.h = uv() - 1;
                    ev.i = uv() - 1;
                }
                case FUTURE -> {
                    ev.a = uv() - 1;
                    ev.b = d[pos++];
                    ev.c = uv() - 1;
                }
                case READY -> {
                    int opf = d[pos++];
                    ev.a = opf & 3;
                    ev.d = (opf >> 2) & 1;
                    ev.b = uv() - 1;
                    ev.c = uv() - 1;
                }
                case TIMER -> {
                    int opf = d[pos++];
                    ev.a = opf & 3;
                    ev.d = (opf >> 2) & 1;
                    ev.b = uv() - 1;
                    ev.c = uv() - 1;
                    ev.x = dbl();
                }
                case CLOCK -> ev.x = dbl();
                case LOOP -> {
                    ev.a = d[pos++];
                    ev.b = uv() - 1;
                }
                case OUTPUT -> {
                    ev.a = d[pos++];
                    ev.b = uv() - 1;
                }
                case WARNING -> {
                    ev.a = uv() - 1;
                    ev.b = uv() - 1;
                }
                case END -> {
                    ev.a = d[pos++];
                    ev.b = uv() - 1;
                }
            }
            next = index + 1;
        }

        private int frame() {
            lastFrame += zz();
            return lastFrame;
        }

        private int line() {
            lastLine += zz();
            return lastLine;
        }

        private int zz() {
            return unzigzag(uv());
        }

        private static int unzigzag(int u) {
            return (u >>> 1) ^ -(u & 1);
        }

        private int uv() {
            byte[] d = this.d;
            int b = d[pos++];
            if (b >= 0) {
                return b;
            }
            int r = b & 0x7F;
            int shift = 7;
            do {
                b = d[pos++];
                r |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return r;
        }

        private double dbl() {
            long bits = 0;
            for (int k = 0; k < 8; k++) {
                bits |= (d[pos++] & 0xFFL) << (8 * k);
            }
            return Double.longBitsToDouble(bits);
        }
    }
}
