package cn.yangquan.atlas.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** WKT parsing and CRS resolution (a .prj, a GeoPackage SRS definition) under Jazzer. Seeds: {@code WktFuzzTestInputs/fuzz/}. */
class WktFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] data) {
        try {
            CrsResolver.resolve(new String(data, StandardCharsets.UTF_8), "fuzz.prj", "");
        } catch (InputProblem expected) {
            // Bad input, reported: the contract holds.
        }
    }
}
