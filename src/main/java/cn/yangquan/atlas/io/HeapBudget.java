package cn.yangquan.atlas.io;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Refuses a layer file that would not fit in the heap before it is read, with a message that says what to do, instead
 * of failing with an OutOfMemoryError halfway (which in the window would leave the whole atlas unusable).
 */
public final class HeapBudget {
    /**
     * Heap needed while reading, per byte of GeoJSON: the features kept (1.2 bytes a byte for the benchmark's parcels,
     * see BENCHMARKS.md) and the members read but not yet built. The 146 MB parcel file reads in a 260 MB heap but not
     * in 230 MB: 1.7 bytes a byte, and a margin for layers whose features carry more properties than coordinates.
     */
    static final double HEAP_PER_FILE_BYTE = 2.0;

    private final LongSupplier maxHeap;
    private final LongSupplier usedHeap;
    private final Runnable collectGarbage;

    /** Budget against the limits of a heap; {@code collectGarbage} runs before a file is refused. */
    public HeapBudget(LongSupplier maxHeap, LongSupplier usedHeap, Runnable collectGarbage) {
        this.maxHeap = maxHeap;
        this.usedHeap = usedHeap;
        this.collectGarbage = collectGarbage;
    }

    /** This JVM's heap (-Xmx). */
    public static HeapBudget ofRuntime() {
        Runtime runtime = Runtime.getRuntime();
        return new HeapBudget(runtime::maxMemory, () -> runtime.totalMemory() - runtime.freeMemory(), System::gc);
    }

    /** Throws when a file of {@code fileBytes}, needing {@code heapPerFileByte} each, would not fit in the free heap. */
    void check(String fileName, long fileBytes, double heapPerFileByte) throws InputProblem {
        long needed = (long) (fileBytes * heapPerFileByte);
        if (needed <= maxHeap.getAsLong() - usedHeap.getAsLong()) {
            return;
        }
        // Garbage counts as used until it is collected; only refuse what does not fit after a collection.
        collectGarbage.run();
        long free = maxHeap.getAsLong() - usedHeap.getAsLong();
        if (needed > free) {
            throw new InputProblem(fileName, "", String.format(Locale.ROOT,
                    "too large for memory: reading %s needs about %s of heap, but only %s of %s are free;"
                            + " start Java with a larger heap, e.g. java -Xmx%dg -jar yq-atlas.jar",
                    size(fileBytes), size(needed), size(Math.max(0, free)), size(maxHeap.getAsLong()),
                    Math.max(2, (long) Math.ceil((needed + usedHeap.getAsLong()) * 1.25 / (1L << 30)))));
        }
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
