package cn.yangquan.atlas.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * The one way the window starts background work (reading files, building maps, exporting, indexing): a JavaFX
 * {@link Task} handed to an executor, whose handlers run on the FX thread when it ends. The window never reads a
 * file or builds a map on the FX thread itself. Tests swap in {@link #sameThread()} to run tasks at once.
 */
public interface TaskExecutor {
    /** Starts the task and returns it (for progress, cancel and tests that wait on it). */
    <V> Task<V> execute(Task<V> task);

    /** Runs tasks on a pool of daemon threads named {@code atlas-task-N}. */
    static TaskExecutor background() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "atlas-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new TaskExecutor() {
            @Override
            public <V> Task<V> execute(Task<V> task) {
                pool.execute(task);
                return task;
            }
        };
    }

    /** Runs each task to its end on the calling thread before returning: for tests of what a task does. */
    static TaskExecutor sameThread() {
        return new TaskExecutor() {
            @Override
            public <V> Task<V> execute(Task<V> task) {
                task.run();
                return task;
            }
        };
    }
}
