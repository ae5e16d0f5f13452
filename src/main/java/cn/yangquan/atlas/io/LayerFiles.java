package cn.yangquan.atlas.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One entry point for a planner's own layer file, chosen by extension: GeoJSON ({@code .geojson}, {@code .json}),
 * shapefile ({@code .shp}, with its sibling files) or GeoPackage ({@code .gpkg}, its first feature table). Every
 * result is in the map CRS, with {@link ReadResult#sourceCrs()} naming the CRS the file was in. Stateless and
 * thread-safe.
 */
public final class LayerFiles {
    private static final List<String> EXTENSIONS = List.of("geojson", "json", "shp", "gpkg");

    private final GeoJsonReader geoJson = new GeoJsonReader();
    private final ShapefileReader shapefile = new ShapefileReader();
    private final GeoPackageReader geoPackage = new GeoPackageReader();

    /** The extensions {@link #read} accepts, lower case without the dot. */
    public static List<String> supportedExtensions() {
        return EXTENSIONS;
    }

    /**
     * @param shapefileEncoding the text encoding of a shapefile's {@code .dbf}, or null to take it from the
     *                          {@code .cpg} or detect it; other formats ignore it (their text is UTF-8)
     * @throws InputProblem for an unsupported extension, or what the format's reader reports
     */
    public ReadResult read(Path file, Charset shapefileEncoding) throws InputProblem {
        return read(file, shapefileEncoding, fraction -> { });
    }

    /**
     * As {@link #read(Path, Charset)}, reporting progress from 0 to 1 where the format allows it (GeoJSON, the
     * format of large exports, reports as it reads and stops when the thread is interrupted).
     */
    public ReadResult read(Path file, Charset shapefileEncoding, java.util.function.DoubleConsumer progress)
            throws InputProblem {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "geojson", "json" -> geoJson.read(file, progress);
            case "shp" -> shapefile.read(file, shapefileEncoding);
            case "gpkg" -> geoPackage.read(file);
            default -> throw new InputProblem(file.toString(), "", "unsupported file type"
                    + (extension.isEmpty() ? "" : " ." + extension) + "; layers can be read from ."
                    + String.join(", .", EXTENSIONS));
        };
    }
}
