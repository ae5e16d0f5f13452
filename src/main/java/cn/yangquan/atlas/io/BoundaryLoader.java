package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.Boundaries;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the boundary layers from a directory: {@code townships}, {@code counties}, {@code rivers} and
 * {@code railways}, each as GeoJSON, Shapefile or GeoPackage in any CRS the file declares, so that official
 * boundaries drop in beside or instead of the prepared ones.
 * Missing or broken files become problems; what could be read is kept. Credits come from {@code CREDITS.txt} in the
 * directory, or, for the prepared schematic set (which carries PROVENANCE.md), from the given default credits.
 */
public final class BoundaryLoader {
    public static final String TOWNSHIPS = "townships";
    public static final String COUNTIES = "counties";
    public static final String RIVERS = "rivers";
    public static final String RAILWAYS = "railways";

    private final LayerFormats formats = new LayerFormats();

    /** The boundary directory to use when none is given: {@code maps/boundaries/} if present, else {@code ../shared/maps/}. */
    public static Path defaultDirectory(Path workingDirectory) {
        Path own = workingDirectory.resolve("maps").resolve("boundaries");
        if (Files.isDirectory(own)) {
            return own;
        }
        return workingDirectory.resolve("..").resolve("shared").resolve("maps").normalize();
    }

    /** The townships file of a boundary directory, in any of the formats read, if there is one. */
    public static java.util.Optional<Path> townshipsFile(Path directory) {
        return LayerFormats.extensions().stream().map(extension -> directory.resolve(TOWNSHIPS + "." + extension))
                .filter(Files::isRegularFile).findFirst();
    }

    public Boundaries load(Path directory, List<String> defaultCredits) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.add(directory + ": boundary directory not found or not readable");
            return Boundaries.none(directory.toString(), problems);
        }
        FeatureCollection townships = layer(directory, TOWNSHIPS, true, problems);
        FeatureCollection counties = layer(directory, COUNTIES, true, problems);
        FeatureCollection rivers = layer(directory, RIVERS, false, problems);
        FeatureCollection railways = layer(directory, RAILWAYS, false, problems);
        boolean schematic = townships.features().stream().anyMatch(Boundaries::approximate);
        return new Boundaries(directory.toString(), counties, townships, rivers, railways, schematic,
                credits(directory, defaultCredits, problems), problems);
    }

    private FeatureCollection layer(Path directory, String name, boolean required, List<String> problems) {
        for (String extension : LayerFormats.extensions()) {
            Path file = directory.resolve(name + "." + extension);
            if (Files.isRegularFile(file)) {
                try {
                    ReadResult result = formats.readFirst(file, ReadOptions.defaults("en"));
                    problems.addAll(result.problems());
                    return result.features();
                } catch (InputProblem e) {
                    problems.add(e.getMessage());
                    return empty(name);
                }
            }
        }
        if (required) {
            problems.add(directory.resolve(name + ".geojson") + ": file not found");
        }
        return empty(name);
    }

    private static FeatureCollection empty(String name) {
        return new FeatureCollection(name, List.<Feature>of());
    }

    private static List<String> credits(Path directory, List<String> defaults, List<String> problems) {
        Path own = directory.resolve("CREDITS.txt");
        if (Files.isRegularFile(own)) {
            try {
                return Files.readAllLines(own, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            } catch (IOException e) {
                problems.add(own + ": cannot read credits: " + e.getMessage());
            }
        }
        return Files.isRegularFile(directory.resolve("PROVENANCE.md")) ? defaults : List.of();
    }
}
