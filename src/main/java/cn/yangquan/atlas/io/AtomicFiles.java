package cn.yangquan.atlas.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash at any moment leaves either the old or the new content: write a temporary file in
 * the same directory, force it to disk, keep the previous version as {@code NAME.bak}, then move into place.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Replaces the file's content atomically, without a backup (exports). */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    /** Replaces the file's content atomically and keeps the previous version as {@code NAME.bak} (saved state). */
    public static void writeWithBackup(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, byte[] content, boolean backup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // Temporary files of writes killed before their move are never the current content.
        try (var stale = Files.newDirectoryStream(directory, "." + absolute.getFileName() + "*.tmp")) {
            for (Path old : stale) {
                if (Files.getLastModifiedTime(old).toMillis() < System.currentTimeMillis() - 60_000) {
                    Files.deleteIfExists(old);
                }
            }
        }
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            keepOrdinaryPermissions(temporary, absolute);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (backup && Files.exists(absolute)) {
                write(backupOf(absolute), Files.readAllBytes(absolute), false);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Temporary files are private (0600); the result should read like any file the user saves. */
    private static void keepOrdinaryPermissions(Path temporary, Path target) throws IOException {
        if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
