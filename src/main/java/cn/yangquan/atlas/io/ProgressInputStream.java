package cn.yangquan.atlas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.DoubleConsumer;

/**
 * Reports how much of a file has been read (0 to 1) and stops the read when its thread is interrupted, so that a
 * long load shows progress and can be cancelled. Reports at most once per percent.
 */
final class ProgressInputStream extends FilterInputStream {
    private final long total;
    private final DoubleConsumer progress;
    private long read;
    private int lastPercent = -1;

    ProgressInputStream(InputStream in, long total, DoubleConsumer progress) {
        super(in);
        this.total = Math.max(1, total);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        checkCancelled();
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkCancelled();
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long bytes) {
        read += bytes;
        int percent = (int) Math.min(100, read * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            progress.accept(percent / 100.0);
        }
    }

    private static void checkCancelled() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("cancelled");
        }
    }
}
