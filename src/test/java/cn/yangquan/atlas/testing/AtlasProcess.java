package cn.yangquan.atlas.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the atlas's command line ({@code cn.yangquan.atlas.app.Main}) in a child JVM on the test classpath: in a given
 * working directory, and optionally on a machine that has no CJK font. For the latter the child runs in a private
 * mount namespace ({@code unshare}, which needs root) in which {@code /usr/share/fonts} holds only DejaVu, as on a
 * fresh Debian machine; nothing outside the child's namespace changes, and the namespace ends with the child.
 */
public final class AtlasProcess {
    private static final long TIMEOUT_SECONDS = 180;
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    /** Hides every font but DejaVu from the command it then runs ("$@"). */
    private static final String WITHOUT_CJK = String.join("\n",
            "set -e",
            "keep=$(mktemp -d)",
            "mount --bind " + DEJAVU + " \"$keep\"",
            "mount -t tmpfs none /usr/share/fonts",
            "mkdir -p " + DEJAVU,
            "mount --bind \"$keep\" " + DEJAVU,
            "for dir in /usr/local/share/fonts \"$HOME/.fonts\" \"$HOME/.local/share/fonts\"; do",
            "  if [ -d \"$dir\" ]; then mount -t tmpfs none \"$dir\"; fi",
            "done",
            "exec \"$@\"");
    private static Boolean namespaces;

    /** Exit code, standard output and error output of one run. */
    public record Result(int exit, String out, String err) {
    }

    private AtlasProcess() {
    }

    /** Runs the command line in the directory. */
    public static Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return start(workingDirectory, java(args));
    }

    /** Runs the command line in the directory, on fonts without any CJK face; skips the test where that is impossible. */
    public static Result runWithoutCjkFonts(Path workingDirectory, String... args) throws IOException, InterruptedException {
        assumeNoCjkMachinePossible();
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", "bash", "-c",
                WITHOUT_CJK, "without-cjk"));
        command.addAll(java(args));
        return start(workingDirectory, command);
    }

    /** Skips the test unless a child can be given a font folder without CJK fonts (Linux, root, DejaVu installed). */
    public static synchronized void assumeNoCjkMachinePossible() throws IOException, InterruptedException {
        if (namespaces == null) {
            namespaces = Files.isDirectory(DEJAVU) && start(Path.of(""), List.of("unshare", "--mount", "--propagation",
                    "private", "true")).exit() == 0;
        }
        Assumptions.assumeTrue(namespaces, "a machine without CJK fonts is simulated with a private mount namespace"
                + " (unshare, as root) over " + DEJAVU + "; not available here");
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "cn.yangquan.atlas.app.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static Result start(Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("atlas-process", ".out");
        Path err = Files.createTempFile("atlas-process", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toAbsolutePath().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("YQ_ATLAS_FONT");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("no answer within " + TIMEOUT_SECONDS + " s from " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
