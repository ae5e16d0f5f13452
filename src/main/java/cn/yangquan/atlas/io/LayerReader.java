package cn.yangquan.atlas.io;

import java.nio.file.Path;
import java.util.List;

/**
 * One vector file format. A reader parses the file into features in the file's own CRS and hands them to
 * {@link FeaturePipeline}, which checks, repairs and projects them the same way for every format; so a new format is
 * one class implementing this and one line in {@link LayerFormats}. Implementations are stateless and thread-safe.
 */
public interface LayerReader {
    /** The format's name as users know it ("GeoJSON", "Shapefile", "GeoPackage"). */
    String format();

    /** The file-name extensions of the format, lower case without the dot. */
    List<String> extensions();

    /**
     * Heap needed while reading, per byte of file, as measured for the format (see BENCHMARKS.md); 0 where it is not
     * measured, and such files are not checked against the heap before they are read.
     */
    default double heapPerFileByte() {
        return 0;
    }

    /**
     * The layers the file holds, in the file's order: the table names of a GeoPackage; a single-layer format gives
     * one empty name.
     *
     * @throws InputProblem when the file cannot be opened as this format
     */
    default List<String> layers(Path file) throws InputProblem {
        return List.of("");
    }

    /**
     * Reads one layer of the file into the map CRS.
     *
     * @param layer one of {@link #layers(Path)}
     * @throws InputProblem when nothing of the layer can be read (file, place and cause named)
     */
    ReadResult read(Path file, String layer, ReadOptions options) throws InputProblem;
}
