package cn.yangquan.atlas.io;

import cn.yangquan.atlas.robustness.FuzzScratch;
import com.code_intelligence.jazzer.junit.FuzzTest;
import cn.yangquan.atlas.model.register.IndicatorsFile;
import cn.yangquan.atlas.model.register.LayersFile;
import cn.yangquan.atlas.model.register.Places;
import cn.yangquan.atlas.model.register.ProgrammesFile;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The JSON files a planner's atlas reads besides layers, under Jazzer: the map project (ProjectStore), styles.json
 * and the four register files. The first byte picks the reader (mod 6: project, styles, places, layers, programmes,
 * indicators); the rest is the file. Seeds: {@code ProjectJsonFuzzTestInputs/fuzz/}.
 */
class ProjectJsonFuzzTest {
    private static final Path FILE = FuzzScratch.directory("json").resolve("fuzz.json");

    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] data) {
        if (data.length == 0) {
            return;
        }
        FuzzScratch.put(FILE, Arrays.copyOfRange(data, 1, data.length));
        try {
            switch (Math.floorMod(data[0], 6)) {
                case 0 -> new ProjectStore().read(FILE);
                case 1 -> new StyleReader().read(FILE);
                case 2 -> RegisterReader.parse(FILE, Places.class);
                case 3 -> RegisterReader.parse(FILE, LayersFile.class);
                case 4 -> RegisterReader.parse(FILE, ProgrammesFile.class);
                default -> RegisterReader.parse(FILE, IndicatorsFile.class);
            }
        } catch (InputProblem expected) {
            // Bad input, reported: the contract holds.
        }
    }
}
