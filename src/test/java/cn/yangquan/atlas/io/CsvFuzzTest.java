package cn.yangquan.atlas.io;

import cn.yangquan.atlas.robustness.FuzzScratch;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** The CSV table reader under Jazzer (encoding and separator detected). Seeds: {@code CsvFuzzTestInputs/fuzz/}. */
class CsvFuzzTest {
    private static final Path FILE = FuzzScratch.directory("csv").resolve("fuzz.csv");
    private static final CsvTableReader READER = new CsvTableReader();

    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] data) {
        FuzzScratch.put(FILE, data);
        try {
            READER.read(FILE, null);
        } catch (InputProblem expected) {
            // Bad input, reported: the contract holds.
        }
    }
}
