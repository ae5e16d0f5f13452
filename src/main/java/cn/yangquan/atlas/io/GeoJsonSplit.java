package cn.yangquan.atlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Parses a large GeoJSON file on several cores from its first byte, by a guess that is always checked. The file is cut
 * into equal parts; for each part after the first a thread looks, from the part's first byte on, for what looks like
 * the start of a Feature in the {@code features} array ({@code ,{"type":"Feature",} or with an {@code "id"} first)
 * and parses from there to the end of the file as if that were so. The pass before it, parsing normally, takes that
 * result only if it meets a feature of the top-level {@code features} array starting at exactly that byte: then the
 * token stream from there on is the same as its own would have been. Otherwise (the guess was inside a property, a
 * nested collection, a member after {@code features}, or the part's parse failed) the part is dropped and the pass
 * before reads on by itself, so features, problems, errors and their places are those of a serial read. UTF-8 only
 * (Jackson gives byte offsets, and the guess looks for ASCII bytes, only there). Stateless; each read runs its own
 * threads and stops them before it returns.
 */
final class GeoJsonSplit {
    /** Puts a part's parser where a serial parser is at a feature: in the top-level object's {@code features} array. */
    private static final byte[] PREFIX = "{\"features\":[".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_CHUNK = 1 << 16;
    /** Bytes of whitespace looked through around a feature's {@code {}} before the guess gives up on it. */
    private static final int BEHIND = 64;
    private static final int AHEAD = 256;

    private GeoJsonSplit() {
    }

    /**
     * How many parts to parse the file in: {@code parts} (at most one per {@code bytesPerPart} bytes), or 1 for a small
     * file or one that is not UTF-8 (a UTF-16 or UTF-32 file has a zero byte in its first four).
     */
    static int parts(Path file, long size, long bytesPerPart, int parts) throws IOException {
        int count = (int) Math.max(1, Math.min(parts, size / Math.max(1, bytesPerPart)));
        if (count < 2) {
            return 1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            for (byte b : head) {
                if (b == 0) {
                    return 1;
                }
            }
        }
        return count;
    }

    /**
     * Parses the file in {@code parts} passes (see the class comment); the first runs on the calling thread.
     *
     * @throws InterruptedIOException when the calling thread is interrupted
     */
    static GeoJsonStream parse(JsonFactory json, Path file, String fileName, int parts, ProgressInputStream.Tally tally)
            throws IOException, InputProblem {
        long size = Files.size(file);
        Part following = null;
        for (int i = parts - 1; i >= 1; i--) {
            following = new Part(json, file, fileName, size * i / parts, size * (i + 1) / parts, following, tally);
        }
        for (Part part = following; part != null; part = part.following) {
            part.begin();
        }
        GeoJsonStream first = new GeoJsonStream(fileName, 0, following);
        try (InputStream in = new ProgressInputStream(Files.newInputStream(file), tally);
             JsonParser parser = json.createParser(in)) {
            first.document(parser);
        } finally {
            first.giveUpNext();
            for (Part part = following; part != null; part = part.following) {
                part.awaitEnd();
            }
        }
        return first;
    }

    /** One speculative part: its guess where a feature starts, and its parse from there on its own thread. */
    static final class Part {
        private final JsonFactory json;
        private final Path file;
        private final String fileName;
        private final long scanFrom;
        private final long scanTo;
        private final Part following;
        private final ProgressInputStream.Tally tally;
        private final CompletableFuture<Long> featureStart = new CompletableFuture<>();
        private final FutureTask<GeoJsonStream> task = new FutureTask<>(this::run);
        private final Thread thread;
        private volatile ProgressInputStream stream;
        private volatile boolean givenUp;

        private Part(JsonFactory json, Path file, String fileName, long scanFrom, long scanTo, Part following,
                     ProgressInputStream.Tally tally) {
            this.json = json;
            this.file = file;
            this.fileName = fileName;
            this.scanFrom = scanFrom;
            this.scanTo = scanTo;
            this.following = following;
            this.tally = tally;
            // Its own thread, not a pool's: the pass before waits on this part, which must not queue behind busy workers.
            thread = new Thread(task, "GeoJSON part from byte " + scanFrom);
            thread.setDaemon(true);
        }

        private void begin() {
            thread.start();
        }

        /** The first byte the guess looks at: the part's start is here or later. */
        long scanFrom() {
            return scanFrom;
        }

        /** The byte where the part's parse starts, or -1 when nothing in the part looks like a feature; waits for it. */
        long start() throws InterruptedIOException {
            Long start = await(featureStart);
            return start == null ? -1 : start;
        }

        /** The part's parse up to the end of the file, or null if it failed; waits for it. */
        GeoJsonStream result() throws InterruptedIOException {
            return await(task);
        }

        /**
         * Stops the part (and the parts after it) and takes the part's bytes back out of the progress. Only for a part
         * whose result is not taken.
         */
        void giveUp() {
            givenUp = true;
            task.cancel(true);
            withdraw();
        }

        /** Waits for the part's thread to end, even when the caller is being cancelled: a part stops within a read. */
        private void awaitEnd() {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void withdraw() {
            ProgressInputStream counted = stream;
            if (counted != null) {
                counted.withdraw();
            }
        }

        private static <T> T await(java.util.concurrent.Future<T> future) throws InterruptedIOException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("cancelled");
            } catch (ExecutionException | CancellationException e) {
                return null;
            }
        }

        /** Any failure here is met again, and reported with its true place, by the pass before, which reads on. */
        private GeoJsonStream run() {
            long at = -1;
            try {
                at = featureStart(file, scanFrom, scanTo);
            } catch (IOException e) {
                // no guess: the pass before reads on
            } finally {
                featureStart.complete(at);
            }
            GeoJsonStream part = new GeoJsonStream(fileName, at - PREFIX.length, following);
            if (at < 0) {
                part.giveUpNext();
                return null;
            }
            try (FileChannel channel = FileChannel.open(file)) {
                stream = new ProgressInputStream(Channels.newInputStream(channel.position(at)), tally);
                if (givenUp) {
                    withdraw(); // given up before the stream was there to withdraw
                }
                InputStream prefixed = new SequenceInputStream(new ByteArrayInputStream(PREFIX), stream);
                try (JsonParser parser = json.createParser(prefixed)) {
                    part.document(parser);
                }
                return part;
            } catch (IOException | InputProblem | RuntimeException e) {
                return null;
            } finally {
                part.giveUpNext();
            }
        }
    }

    /**
     * The offset of the first {@code {}} in [from, to) that follows a {@code ,} or {@code [} and opens an object whose
     * first member is {@code "type": "Feature"}, or an {@code "id"} with a number or plain string and then that; -1 if
     * there is none. A guess: it may be inside a property or a nested array, which the pass before finds out.
     */
    static long featureStart(Path file, long from, long to) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer window = ByteBuffer.allocate(BEHIND + SCAN_CHUNK + AHEAD);
            byte[] bytes = window.array();
            for (long chunk = from; chunk < to; chunk += SCAN_CHUNK) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("cancelled");
                }
                long windowStart = Math.max(0, chunk - BEHIND);
                window.clear();
                while (window.hasRemaining() && channel.read(window, windowStart + window.position()) > 0) {
                    // read until the window is full or the file ends
                }
                int length = window.position();
                int first = (int) (chunk - windowStart);
                int last = (int) Math.min(length, first + Math.min(SCAN_CHUNK, to - chunk));
                for (int i = first; i < last; i++) {
                    if (bytes[i] == '{' && opensElement(bytes, i) && opensFeature(bytes, i + 1, length)) {
                        return windowStart + i;
                    }
                }
            }
            return -1;
        }
    }

    /** Whether the last byte before {@code at}, past whitespace, is {@code ,} or {@code [}. */
    private static boolean opensElement(byte[] bytes, int at) {
        int i = at - 1;
        while (i >= 0 && isSpace(bytes[i])) {
            i--;
        }
        return i >= 0 && (bytes[i] == ',' || bytes[i] == '[');
    }

    /** Whether the object's first members, from {@code at}, are {@code "type":"Feature"} or an id and then that. */
    private static boolean opensFeature(byte[] bytes, int at, int length) {
        int i = skipSpace(bytes, at, length);
        int afterId = member(bytes, i, length, "\"id\"");
        if (afterId >= 0) {
            i = skipScalar(bytes, afterId, length);
            if (i < 0 || i >= length || bytes[i] != ',') {
                return false;
            }
            i = skipSpace(bytes, i + 1, length);
        }
        int afterType = member(bytes, i, length, "\"type\"");
        if (afterType < 0 || !matches(bytes, afterType, length, "\"Feature\"")) {
            return false;
        }
        i = skipSpace(bytes, afterType + "\"Feature\"".length(), length);
        return i < length && (bytes[i] == ',' || bytes[i] == '}');
    }

    /** Past {@code name}, whitespace, a colon and whitespace: the value's first byte, or -1 when it is not there. */
    private static int member(byte[] bytes, int at, int length, String name) {
        if (!matches(bytes, at, length, name)) {
            return -1;
        }
        int i = skipSpace(bytes, at + name.length(), length);
        return i < length && bytes[i] == ':' ? skipSpace(bytes, i + 1, length) : -1;
    }

    /** Past a number or a string without escapes, and the whitespace after it; -1 when it is neither. */
    private static int skipScalar(byte[] bytes, int at, int length) {
        int i = at;
        if (i < length && bytes[i] == '"') {
            i++;
            while (i < length && bytes[i] != '"' && bytes[i] != '\\') {
                i++;
            }
            if (i >= length || bytes[i] != '"') {
                return -1;
            }
            i++;
        } else {
            while (i < length && (bytes[i] >= '0' && bytes[i] <= '9' || "-+.eE".indexOf(bytes[i]) >= 0)) {
                i++;
            }
            if (i == at) {
                return -1;
            }
        }
        return skipSpace(bytes, i, length);
    }

    private static boolean matches(byte[] bytes, int at, int length, String ascii) {
        if (at < 0 || at + ascii.length() > length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(byte[] bytes, int at, int length) {
        int i = at;
        while (i < length && isSpace(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
