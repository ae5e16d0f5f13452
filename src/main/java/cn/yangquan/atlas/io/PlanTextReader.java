package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.register.PlanText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds and reads the plan text the register cites (the seed directory's {@code .txt} file). */
public final class PlanTextReader {
    private PlanTextReader() {
    }

    /** The plan's seed directory when none is given: {@code ../shared/seed} beside the working directory. */
    public static Path defaultLocation(Path workingDirectory) {
        return workingDirectory.resolve("..").resolve("shared").resolve("seed").normalize();
    }

    /** Reads the plan from a {@code .txt} file, or the first {@code .txt} other than notes in a directory. */
    public static Optional<PlanText> read(Path fileOrDirectory) throws InputProblem {
        Path file = fileOrDirectory;
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> files = Files.list(fileOrDirectory)) {
                file = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().findFirst().orElse(null);
            } catch (IOException e) {
                throw new InputProblem(fileOrDirectory.toString(), "", "cannot list: " + e.getMessage(), e);
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PlanText(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read plan text: " + e.getMessage(), e);
        }
    }
}
