package cn.yangquan.atlas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.DoubleConsumer;

/**
 * Reports how much of a file has been read (0 to 1) and stops the read when its thread is interrupted, so that a
 * long load shows progress and can be cancelled. Several streams over parts of one file may share one {@link Tally}:
 * their bytes add up, and the bytes of a part whose reading is given up are taken back out.
 */
final class ProgressInputStream extends FilterInputStream {
    private final Tally tally;
    private long read;
    private boolean withdrawn;

    ProgressInputStream(InputStream in, Tally tally) {
        super(in);
        this.tally = tally;
    }

    @Override
    public int read() throws IOException {
        checkCancelled();
        int b = super.read();
        if (b >= 0) {
            tally.add(this, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkCancelled();
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            tally.add(this, n);
        }
        return n;
    }

    /** Takes this stream's bytes back out of the progress (its part of the file will be read again elsewhere). */
    void withdraw() {
        tally.withdraw(this);
    }

    private static void checkCancelled() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("cancelled");
        }
    }

    /**
     * The bytes read by all streams of one file; tells the listener the fraction at most once per percent, never
     * less than it told before, and from one thread at a time. Thread-safe.
     */
    static final class Tally {
        private final long total;
        private final DoubleConsumer progress;
        private long read;
        private int lastPercent = -1;

        Tally(long total, DoubleConsumer progress) {
            this.total = Math.max(1, total);
            this.progress = progress;
        }

        private synchronized void add(ProgressInputStream stream, long bytes) {
            if (stream.withdrawn) {
                return;
            }
            stream.read += bytes;
            read += bytes;
            int percent = (int) Math.min(100, read * 100 / total);
            if (percent > lastPercent) {
                lastPercent = percent;
                progress.accept(percent / 100.0);
            }
        }

        private synchronized void withdraw(ProgressInputStream stream) {
            if (!stream.withdrawn) {
                stream.withdrawn = true;
                read -= stream.read;
            }
        }
    }
}
