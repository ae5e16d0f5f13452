package cn.yangquan.atlas.ui;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Renders images off the FX thread. Each request gets a generation number; a newer request supersedes older
 * ones, whose unfinished jobs stop early and whose results are dropped. Finished images are handed to the FX
 * thread one job at a time, so the map fills in progressively and never goes blank.
 */
final class RenderScheduler {
    /** One image to draw: its id (a layer id, or an overlay's) and the drawing, which should stop when cancelled. */
    record Job(String id, Function<BooleanSupplier, BufferedImage> draw) {
    }

    private final ExecutorService workers;
    private final AtomicLong generation = new AtomicLong();

    RenderScheduler() {
        AtomicInteger count = new AtomicInteger();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "map-render-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs the jobs of a new generation. {@code onImage} runs on the FX thread with each finished image;
     * {@code onDone} runs there once every job of this generation is in.
     */
    void request(List<Job> jobs, BiConsumer<String, BufferedImage> onImage, Runnable onDone) {
        if (workers.isShutdown()) {
            return;
        }
        long current = generation.incrementAndGet();
        BooleanSupplier cancelled = () -> generation.get() != current;
        // Touched only on the FX thread.
        int[] remaining = {jobs.size()};
        if (jobs.isEmpty()) {
            Platform.runLater(onDone);
            return;
        }
        for (Job job : jobs) {
            workers.submit(() -> {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                BufferedImage image = job.draw().apply(cancelled);
                Platform.runLater(() -> {
                    if (cancelled.getAsBoolean()) {
                        return;
                    }
                    onImage.accept(job.id(), image);
                    // Counted on the FX thread, as the images are shown: done means every image is on screen.
                    remaining[0]--;
                    if (remaining[0] == 0) {
                        onDone.run();
                    }
                });
            });
        }
    }

    /** Runs one job within the current generation (a selection highlight) without superseding the others. */
    void requestExtra(Job job, BiConsumer<String, BufferedImage> onImage) {
        if (workers.isShutdown()) {
            return;
        }
        long current = generation.get();
        BooleanSupplier cancelled = () -> generation.get() != current;
        workers.submit(() -> {
            BufferedImage image = job.draw().apply(cancelled);
            Platform.runLater(() -> {
                if (!cancelled.getAsBoolean()) {
                    onImage.accept(job.id(), image);
                }
            });
        });
    }

    void shutdown() {
        generation.incrementAndGet();
        workers.shutdownNow();
    }
}
