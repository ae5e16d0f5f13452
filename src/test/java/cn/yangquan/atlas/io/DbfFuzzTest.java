package cn.yangquan.atlas.io;

import cn.yangquan.atlas.io.shapefile.DbfReader;
import cn.yangquan.atlas.robustness.FuzzScratch;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;

/** The .dbf reader alone under Jazzer (encoding detected). Seeds: {@code DbfFuzzTestInputs/fuzz/}. */
class DbfFuzzTest {
    private static final Path FILE = FuzzScratch.directory("dbf").resolve("fuzz.dbf");

    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] data) {
        FuzzScratch.put(FILE, data);
        try {
            DbfReader.read(FILE, null, null, new ArrayList<>());
        } catch (InputProblem expected) {
            // Bad input, reported: the contract holds.
        }
    }
}
