package cn.yangquan.atlas.robustness;

import cn.yangquan.atlas.io.CrsResolver;
import cn.yangquan.atlas.io.CsvTableReader;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.LayerFormats;
import cn.yangquan.atlas.io.ReadOptions;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.io.ReadResult;
import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.io.StyleReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The malformed-input corpus ({@code src/test/resources/corpus/<reader>/}), what each case is expected to give
 * ({@code corpus/EXPECTED.tsv}), and one entry point per reader that turns any outcome into an {@link Outcome}.
 * <p>
 * The contract of every reader: it returns (possibly with problem lines) or throws {@link InputProblem}; any other
 * Throwable is a crash.
 */
public final class Corpus {
    public static final Path ROOT = Path.of("src", "test", "resources", "corpus").toAbsolutePath();
    /** The readers with a directory of committed cases; "register" cases are made at test time (BrokenRegisters). */
    public static final List<String> READERS = List.of("geojson", "shapefile", "geopackage", "csv", "project",
            "styles", "wkt");

    private Corpus() {
    }

    /** How a reader took one input. */
    public record Outcome(Kind kind, String message, List<String> problems, int features, Throwable crash) {
        public enum Kind { PROBLEM, READ, CRASH }

        static Outcome problem(InputProblem e) {
            return new Outcome(Kind.PROBLEM, e.getMessage(), List.of(), 0, null);
        }

        static Outcome read(List<String> problems, int features) {
            return new Outcome(Kind.READ, "", problems, features, null);
        }

        /** The message and problem lines as one text, for "names the file" checks. */
        public String text() {
            return kind == Kind.CRASH ? stackTrace(crash) : message + String.join("\n", problems);
        }

        @Override
        public String toString() {
            return switch (kind) {
                case PROBLEM -> "problem: " + message;
                case READ -> "read " + features + " feature(s), " + problems.size() + " problem(s)"
                        + (problems.isEmpty() ? "" : ":\n    " + String.join("\n    ", problems));
                case CRASH -> "CRASH: " + stackTrace(crash);
            };
        }
    }

    /** One corpus case: the reader, its name (file or directory under the reader's directory) and the file to read. */
    public record Case(String reader, String name, Path file) {
        public String id() {
            return reader + "/" + name;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /** Every committed case, sorted; a shapefile case is a directory whose {@code layer.shp} is read. */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String reader : READERS) {
            cases.addAll(cases(reader));
        }
        return cases;
    }

    public static List<Case> cases(String reader) {
        try (Stream<Path> files = Files.list(ROOT.resolve(reader))) {
            return files.sorted().map(f -> new Case(reader, f.getFileName().toString(),
                    reader.equals("shapefile") ? f.resolve(CorpusGenerator.STEM + ".shp") : f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code reader/name} to {outcome kind, text the message must contain}, from corpus/EXPECTED.tsv. */
    public static Map<String, String[]> expected() {
        Map<String, String[]> expected = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(ROOT.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                expected.put(columns[0], new String[] {columns[1], columns.length > 2 ? columns[2] : ""});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    /** Feeds the file to the reader named. */
    public static Outcome read(String reader, Path file) {
        try {
            return switch (reader) {
                case "geojson", "shapefile", "geopackage" -> {
                    List<ReadResult> results = new LayerFormats().read(new LayerFormats.Source(file, null),
                            ReadOptions.defaults("en"));
                    List<String> problems = new java.util.ArrayList<>();
                    results.forEach(result -> problems.addAll(result.problems()));
                    yield Outcome.read(problems, results.stream().mapToInt(r -> r.features().size()).sum());
                }
                case "csv" -> {
                    var table = new CsvTableReader().read(file, null);
                    yield Outcome.read(List.of(), table.rows().size());
                }
                case "project" -> {
                    var project = new ProjectStore().read(file);
                    yield Outcome.read(List.of(), project.layers().size());
                }
                case "styles" -> {
                    new StyleReader().read(file);
                    yield Outcome.read(List.of(), 0);
                }
                case "wkt" -> {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    CrsResolver.resolve(text, file.toString(), "");
                    yield Outcome.read(List.of(), 0);
                }
                case "register" -> {
                    var loaded = new RegisterReader().read(file);
                    yield Outcome.read(loaded.problems(), 0);
                }
                default -> throw new IllegalArgumentException("no reader " + reader);
            };
        } catch (InputProblem e) {
            return Outcome.problem(e);
        } catch (Throwable e) {
            return new Outcome(Outcome.Kind.CRASH, String.valueOf(e), List.of(), 0, e);
        }
    }

    static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Copies a file, or a directory's files, into {@code target}; the corpus itself is never written to. */
    public static Path copy(Path source, Path target) throws IOException {
        if (Files.isDirectory(source)) {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        } else {
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
        return target;
    }
}
