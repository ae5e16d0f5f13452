package cn.yangquan.atlas.io;

import cn.yangquan.atlas.io.shapefile.ShapefileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one registry of layer file formats: the extensions that {@code --layer}, the boundaries loader and the window's
 * file dialog accept, and the reader for a file, chosen by extension. A layer is named {@code PATH} (every layer of
 * the file) or {@code PATH#table} (one table of a GeoPackage). A file of a format whose heap use is measured is
 * checked against the heap budget before it is read. Thread-safe.
 */
public final class LayerFormats {
    private static final List<LayerReader> READERS = List.of(
            new GeoJsonReader(),
            new ShapefileReader(),
            new GeoPackageReader());

    private final HeapBudget budget;

    public LayerFormats() {
        this(HeapBudget.ofRuntime());
    }

    public LayerFormats(HeapBudget budget) {
        this.budget = budget;
    }

    /** A file and, for a multi-layer format, the one layer wanted (null: all of them). */
    public record Source(Path file, String table) {
        /**
         * Splits {@code PATH#table} at the first '#' after which the path names a file (a table name may hold '#'
         * too); a path that exists as given is a path, even with a '#' in its name.
         */
        public static Source parse(String spec) {
            if (Files.exists(Path.of(spec))) {
                return new Source(Path.of(spec), null);
            }
            for (int hash = spec.indexOf('#'); hash > 0; hash = spec.indexOf('#', hash + 1)) {
                if (Files.isRegularFile(Path.of(spec.substring(0, hash)))) {
                    return new Source(Path.of(spec.substring(0, hash)), spec.substring(hash + 1));
                }
            }
            int last = spec.lastIndexOf('#');
            return last > 0 ? new Source(Path.of(spec.substring(0, last)), spec.substring(last + 1))
                    : new Source(Path.of(spec), null);
        }

        public static Source parse(Path path) {
            return parse(path.toString());
        }

        /** How the user names it: the file, with {@code #table} when one table was chosen. */
        @Override
        public String toString() {
            return table == null ? file.toString() : file + "#" + table;
        }
    }

    /** The extensions any reader accepts, lower case without the dot, in the registry's order. */
    public static List<String> extensions() {
        List<String> extensions = new ArrayList<>();
        READERS.forEach(reader -> extensions.addAll(reader.extensions()));
        return List.copyOf(extensions);
    }

    /** The extensions as file-dialog patterns, "*.geojson" ... */
    public static List<String> patterns() {
        return extensions().stream().map(e -> "*." + e).toList();
    }

    /** The format names, for a file dialog's filter ("GeoJSON, Shapefile, GeoPackage"). */
    public static String formatNames() {
        return String.join(", ", READERS.stream().map(LayerReader::format).toList());
    }

    /** The reader for the file's extension, if any. */
    public static Optional<LayerReader> readerFor(Path file) {
        String extension = extension(file);
        return READERS.stream().filter(reader -> reader.extensions().contains(extension)).findFirst();
    }

    /** The layers in the file ({@link LayerReader#layers}). */
    public List<String> layers(Path file, ReadOptions options) throws InputProblem {
        return reader(file, options).layers(file);
    }

    /**
     * Reads every layer the source names: one for a single-layer file or a {@code #table}, each table of a
     * GeoPackage otherwise (an empty one with its problem).
     *
     * @throws InputProblem for an unsupported extension, a missing file, a file too large for the heap, an unknown
     *                      table, or what the format's reader reports
     */
    public List<ReadResult> read(Source source, ReadOptions options) throws InputProblem {
        LayerReader reader = reader(source.file(), options);
        checkBudget(reader, source.file(), options);
        List<String> layers = reader.layers(source.file());
        if (source.table() != null) {
            if (!layers.contains(source.table())) {
                throw new InputProblem(source.file().toString(), options.messages().get("reader.place.table",
                        source.table()), options.messages().get("reader.table.unknown", String.join(", ", layers)));
            }
            layers = List.of(source.table());
        }
        if (layers.isEmpty()) {
            throw new InputProblem(source.file().toString(), "", options.messages().get("reader.layers.none"));
        }
        List<ReadResult> results = new ArrayList<>();
        for (String layer : layers) {
            results.add(reader.read(source.file(), layer, options));
        }
        return results;
    }

    /** Reads a single-layer file, or the first layer of a multi-layer one. */
    public ReadResult readFirst(Path file, ReadOptions options) throws InputProblem {
        LayerReader reader = reader(file, options);
        checkBudget(reader, file, options);
        List<String> layers = reader.layers(file);
        if (layers.isEmpty()) {
            throw new InputProblem(file.toString(), "", options.messages().get("reader.layers.none"));
        }
        return reader.read(file, layers.get(0), options);
    }

    private static LayerReader reader(Path file, ReadOptions options) throws InputProblem {
        Optional<LayerReader> reader = readerFor(file);
        if (reader.isEmpty()) {
            String extension = extension(file);
            throw new InputProblem(file.toString(), "", options.messages().get("reader.format.unsupported",
                    extension.isEmpty() ? "" : " ." + extension, "." + String.join(", .", extensions())));
        }
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(file.toString(), "", options.messages().get("reader.file.notFound"));
        }
        return reader.get();
    }

    private void checkBudget(LayerReader reader, Path file, ReadOptions options) throws InputProblem {
        if (reader.heapPerFileByte() <= 0) {
            return;
        }
        try {
            budget.check(file.toString(), Files.size(file), reader.heapPerFileByte());
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", options.messages().get("reader.file.unreadable",
                    e.getMessage()), e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
