package cn.yangquan.atlas.io;

import cn.yangquan.atlas.io.shapefile.ShapefileReader;
import cn.yangquan.atlas.robustness.FuzzScratch;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Shapefile reader (.shp, .shx, .dbf, .prj, .cpg together) under Jazzer. An input is packed as
 * {@code [flags:1][shp length:4, big-endian][shp][shx length:4][shx][dbf: the rest]}; flags bit 0 writes a WGS84
 * .prj, bit 1 a .cpg "UTF-8", bit 2 a .cpg "GBK", bit 3 leaves the .dbf out; an empty .shx section writes none.
 * Seeds: {@code ShapefileFuzzTestInputs/fuzz/} (the shapefile corpus, packed so by CorpusGenerator). Contract as for every reader.
 */
class ShapefileFuzzTest {
    static final String WGS84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final Path DIRECTORY = FuzzScratch.directory("shapefile");
    private static final ShapefileReader READER = new ShapefileReader();

    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        int flags = in.hasRemaining() ? in.get() : 0;
        byte[] shp = section(in);
        byte[] shx = section(in);
        byte[] dbf = Arrays.copyOfRange(data, in.position(), data.length);
        FuzzScratch.put(DIRECTORY.resolve("fuzz.shp"), shp);
        FuzzScratch.put(DIRECTORY.resolve("fuzz.shx"), shx.length == 0 ? null : shx);
        FuzzScratch.put(DIRECTORY.resolve("fuzz.dbf"), (flags & 8) != 0 ? null : dbf);
        FuzzScratch.put(DIRECTORY.resolve("fuzz.prj"), (flags & 1) != 0 ? WGS84.getBytes(StandardCharsets.UTF_8) : null);
        String cpg = (flags & 2) != 0 ? "UTF-8" : (flags & 4) != 0 ? "GBK" : null;
        FuzzScratch.put(DIRECTORY.resolve("fuzz.cpg"), cpg == null ? null : cpg.getBytes(StandardCharsets.US_ASCII));
        try {
            READER.read(DIRECTORY.resolve("fuzz.shp"));
        } catch (InputProblem expected) {
            // Bad input, reported: the contract holds.
        }
    }

    /** A length-prefixed section, the length clamped to what is left. */
    private static byte[] section(ByteBuffer in) {
        int length = in.remaining() >= 4 ? in.getInt() : 0;
        length = (int) Math.max(0, Math.min(length & 0xffffffffL, in.remaining()));
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
