package cn.yangquan.atlas.ui;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Renders images off the FX thread, in passes: a pass draws the images of one state of the map. A newer pass
 * supersedes older ones, whose unfinished jobs stop early and whose results are dropped. Jobs may join the current
 * pass after it began (a layer shown meanwhile); of several jobs with one id in a pass, only the last one's image is
 * shown. Finished images are handed to the FX thread one job at a time, so the map fills in progressively and never
 * goes blank. Called on the FX thread only.
 */
final class RenderScheduler {
    /**
     * One image to draw: its id (a layer id, or an overlay's), the drawing, which should stop when cancelled and may
     * return null for "nothing to draw", and what to do with the image on the FX thread.
     */
    record Job(String id, Function<BooleanSupplier, BufferedImage> draw, Consumer<BufferedImage> onImage) {
    }

    /** The jobs of one pass; its fields other than {@code cancelled} are touched on the FX thread only. */
    private static final class Pass {
        volatile boolean cancelled;
        final Runnable onDone;
        /** The last job added for each id, whose image is the one shown. */
        final Map<String, Job> latest = new HashMap<>();
        int remaining;

        Pass(Runnable onDone) {
            this.onDone = onDone;
        }
    }

    private final ExecutorService workers;
    private Pass current;
    private boolean shutdown;

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
     * Starts a new pass with these jobs, superseding the current one. {@code onDone} runs on the FX thread each time
     * every job of the pass is in (once, unless jobs join it later), right away for a pass without jobs.
     */
    void request(List<Job> jobs, Runnable onDone) {
        if (shutdown) {
            return;
        }
        if (current != null) {
            current.cancelled = true;
        }
        Pass pass = new Pass(onDone);
        current = pass;
        if (jobs.isEmpty()) {
            Platform.runLater(() -> {
                if (!pass.cancelled && pass.remaining == 0) {
                    onDone.run();
                }
            });
        }
        jobs.forEach(job -> submit(pass, job));
    }

    /** Adds a job to the current pass (a layer just shown, a new selection); its end runs the pass's onDone again. */
    void add(Job job) {
        if (!shutdown && current != null) {
            submit(current, job);
        }
    }

    /** Whether a job with this id is waiting or running in the current pass. */
    boolean pending(String id) {
        return current != null && current.latest.containsKey(id);
    }

    /** Whether every job of the current pass is in. */
    boolean idle() {
        return current == null || current.remaining == 0;
    }

    private void submit(Pass pass, Job job) {
        pass.latest.put(job.id(), job);
        pass.remaining++;
        BooleanSupplier cancelled = () -> pass.cancelled;
        workers.submit(() -> {
            BufferedImage image = pass.cancelled ? null : job.draw().apply(cancelled);
            Platform.runLater(() -> {
                if (pass.cancelled) {
                    return;
                }
                if (pass.latest.get(job.id()) == job) {
                    pass.latest.remove(job.id());
                    job.onImage().accept(image);
                }
                // Counted on the FX thread, as the images are shown: done means every image is on screen.
                pass.remaining--;
                if (pass.remaining == 0) {
                    pass.onDone.run();
                }
            });
        });
    }

    void shutdown() {
        shutdown = true;
        if (current != null) {
            current.cancelled = true;
        }
        workers.shutdownNow();
    }
}
