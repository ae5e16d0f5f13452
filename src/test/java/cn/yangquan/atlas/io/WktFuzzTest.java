package cn.yangquan.atlas.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * WKT parsing (Apache SIS) and CRS resolution (a .prj, a GeoPackage SRS definition) under Jazzer: the only failure is an
 * {@link InputProblem}, and a CRS that resolves builds a projection that moves a point without throwing. Seeds:
 * {@code WktFuzzTestInputs/fuzz/} (ESRI, OGC and WKT2 of each projection family among them).
 */
class WktFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] data) {
        String key;
        try {
            key = CrsResolver.resolve(new String(data, StandardCharsets.UTF_8), "fuzz.prj", "");
        } catch (InputProblem expected) {
            return; // Bad input, reported: the contract holds.
        }
        new MapProjection(key).toMap(500_000, 4_190_000);
    }
}
