package cn.yangquan.atlas.io;

import cn.yangquan.atlas.robustness.FuzzScratch;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * GeoPackage reader under Jazzer: {@link #fuzz} writes the bytes as a .gpkg file and reads it (SQLite itself is
 * native code, so most mutations die in its header checks); {@link #blob} feeds the geometry-blob parser directly,
 * where the Java code is. Seeds: {@code GeoPackageFuzzTestInputs/<method>/}.
 */
class GeoPackageFuzzTest {
    private static final Path FILE = FuzzScratch.directory("gpkg").resolve("fuzz.gpkg");
    private static final GeoPackageReader READER = new GeoPackageReader();

    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] data) {
        FuzzScratch.put(FILE, data);
        try {
            for (String table : READER.layers(FILE)) {
                READER.read(FILE, table);
            }
        } catch (InputProblem expected) {
            // Bad input, reported: the contract holds.
        }
    }

    @FuzzTest(maxDuration = "10m")
    void blob(byte[] data) {
        try {
            GeoPackageGeometry.read(data);
        } catch (IllegalArgumentException expected) {
            // The blob parser's contract: IllegalArgumentException naming the fault, which the reader reports.
        }
    }
}
