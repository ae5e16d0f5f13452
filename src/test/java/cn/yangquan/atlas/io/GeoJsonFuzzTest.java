package cn.yangquan.atlas.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * GeoJSON reader under Jazzer. Seeds: {@code GeoJsonFuzzTestInputs/fuzz/} (the corpus). Contract: a result or an
 * InputProblem; any other Throwable is a crash. {@code mvn test} replays the seeds; see fuzz/run-long.sh.
 */
class GeoJsonFuzzTest {
    private static final GeoJsonReader READER = new GeoJsonReader();

    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] data) {
        try {
            READER.read(new ByteArrayInputStream(data), "fuzz.geojson", "fuzz");
        } catch (InputProblem expected) {
            // Bad input, reported: the contract holds.
        }
    }
}
