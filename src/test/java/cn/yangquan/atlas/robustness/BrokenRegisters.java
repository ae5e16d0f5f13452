package cn.yangquan.atlas.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Broken plan registers, each a whole {@code data/} directory made at test time from the real one with one change,
 * so the cases follow the register as it grows instead of freezing a copy of it.
 */
public final class BrokenRegisters {
    public static final Path DATA = Path.of("data").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One case: the file changed (null when the directory itself is the fault), the text the reader's problem must
     * contain besides the file name (null: the reader finds nothing wrong, the validator does), and the change.
     */
    public record Case(String name, String file, String expected, Change change) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    public interface Change {
        /** Breaks the copy of data/ in {@code directory}; returns the directory to pass as --data. */
        Path apply(Path directory) throws IOException;
    }

    private BrokenRegisters() {
    }

    public static List<Case> cases() {
        return List.of(
                new Case("places-unknown-field", "places.json", "$.townships[0].colour",
                        d -> tree(d, "places.json", root -> ((ObjectNode) root.path("townships").get(0)).put("colour", "red"))),
                new Case("places-wrong-type", "places.json", "$.townships",
                        d -> tree(d, "places.json", root -> ((ObjectNode) root).put("townships", "all of them"))),
                new Case("places-empty", "places.json", "empty",
                        d -> bytes(d, "places.json", new byte[0])),
                new Case("places-gbk", "places.json", "Invalid UTF-8",
                        d -> bytes(d, "places.json", text(d, "places.json").getBytes(Charset.forName("GBK")))),
                new Case("layers-truncated", "layers.json", "ends early",
                        d -> bytes(d, "layers.json", Arrays.copyOf(raw(d, "layers.json"), raw(d, "layers.json").length / 2))),
                new Case("layers-null", "layers.json", "null",
                        d -> bytes(d, "layers.json", "null".getBytes(StandardCharsets.UTF_8))),
                new Case("layers-deep-nesting", "layers.json", "$.groups[0]",
                        d -> bytes(d, "layers.json", ("{\"groups\":" + "[".repeat(5000) + "]".repeat(5000) + "}")
                                .getBytes(StandardCharsets.UTF_8))),
                new Case("programmes-broken-json", "programmes.json", "line",
                        d -> bytes(d, "programmes.json", text(d, "programmes.json").replaceFirst("\":", "\" ;")
                                .getBytes(StandardCharsets.UTF_8))),
                new Case("programmes-array-root", "programmes.json", "$",
                        d -> bytes(d, "programmes.json", "[]".getBytes(StandardCharsets.UTF_8))),
                new Case("programmes-utf16", "programmes.json", null,
                        d -> bytes(d, "programmes.json", text(d, "programmes.json").getBytes(StandardCharsets.UTF_16))),
                new Case("indicators-missing", "indicators.json", "file not found",
                        d -> {
                            Files.delete(d.resolve("indicators.json"));
                            return d;
                        }),
                new Case("indicators-wrong-type", "indicators.json", "$.rows[0]",
                        d -> tree(d, "indicators.json", root -> ((ArrayNode) root.path("rows")).insert(0, "a row"))),
                new Case("indicators-directory", "indicators.json", "file not found",
                        d -> {
                            Files.delete(d.resolve("indicators.json"));
                            Files.createDirectory(d.resolve("indicators.json"));
                            return d;
                        }),
                new Case("layers-dangling-township", "layers.json", null,
                        d -> bytes(d, "layers.json", text(d, "layers.json").replaceFirst("\"140311200\"", "\"999999999\"")
                                .getBytes(StandardCharsets.UTF_8))),
                new Case("data-directory-missing", null, "file not found", d -> d.resolve("no-such-directory")),
                new Case("data-is-a-file", null, "file not found", d -> d.resolve("places.json")));
    }

    /** A copy of the real data/ in {@code directory}, broken as the case says; returns the path to pass as --data. */
    public static Path make(Case c, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        }
        return c.change().apply(directory);
    }

    private interface TreeEdit {
        void edit(JsonNode root);
    }

    private static Path tree(Path directory, String file, TreeEdit edit) throws IOException {
        JsonNode root = JSON.readTree(directory.resolve(file).toFile());
        edit.edit(root);
        JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(file).toFile(), root);
        return directory;
    }

    private static Path bytes(Path directory, String file, byte[] content) throws IOException {
        Files.write(directory.resolve(file), content);
        return directory;
    }

    private static byte[] raw(Path directory, String file) throws IOException {
        return Files.readAllBytes(directory.resolve(file));
    }

    private static String text(Path directory, String file) throws IOException {
        return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
    }
}
