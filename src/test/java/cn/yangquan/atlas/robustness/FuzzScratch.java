package cn.yangquan.atlas.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scratch directory per fuzz test class, reused from input to input (the readers take paths). */
public final class FuzzScratch {
    private FuzzScratch() {
    }

    public static Path directory(String name) {
        try {
            Path directory = Files.createTempDirectory("yq-fuzz-" + name);
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the bytes, or deletes the file when they are null. */
    public static Path put(Path file, byte[] bytes) {
        try {
            if (bytes == null) {
                Files.deleteIfExists(file);
            } else {
                Files.write(file, bytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
