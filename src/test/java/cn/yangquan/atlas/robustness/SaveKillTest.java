package cn.yangquan.atlas.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.AtomicFiles;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.model.MapProject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that saves the project file in a loop ({@link SaveLoop}) at random moments, 24 times, and checks after
 * each kill that the file on disk is the old or the new version, whole and readable by ProjectStore, never a torn
 * mix; that the backup (NAME.bak, which a corrupt project is restored from) is whole too; and that temporary files a kill leaves behind do not stop the next start
 * (ProjectStore reads, the next save succeeds).
 */
class SaveKillTest {
    private static final int KILLS = 24;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aKillAtAnyMomentLeavesTheOldOrTheNewVersion() throws Exception {
        Path file = temp.resolve("project.json");
        ProjectStore store = new ProjectStore();
        MapProject a = SaveLoop.version("A");
        MapProject b = SaveLoop.version("B");
        store.write(file, a);
        Random random = new Random(7);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int sawA = 0;
        int sawB = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process process = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertThat(line).as("the save loop starts").isEqualTo("ready");
                Thread.sleep(random.nextInt(120));
                process.destroyForcibly();
                assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            MapProject onDisk = readWhole(store, file, "after kill " + kill);
            if (onDisk.title().equals("A")) {
                assertThat(onDisk).as("kill %d", kill).isEqualTo(a);
                sawA++;
            } else {
                assertThat(onDisk).as("kill %d", kill).isEqualTo(b);
                sawB++;
            }
            Path backup = AtomicFiles.backupOf(file);
            if (Files.exists(backup)) {
                assertThat(List.of(a, b)).as("backup after kill %d", kill).contains(readWhole(store, backup, "backup"));
            }
        }
        // Both versions were caught on disk: the kills did land in the middle of the loop.
        assertThat(sawA + sawB).isEqualTo(KILLS);
        assertThat(sawA).as("kills that left A").isPositive();
        assertThat(sawB).as("kills that left B").isPositive();

        // The next start: leftover temporary files beside the project do not stop reading or saving it.
        try (var files = Files.list(temp)) {
            List<Path> leftovers = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            System.out.println("SaveKillTest: A " + sawA + ", B " + sawB + ", leftover temporary files: " + leftovers.size());
        }
        Files.writeString(temp.resolve("." + file.getFileName() + "123.tmp"), "{\"title\": \"torn");
        readWhole(store, file, "with leftovers");
        store.write(file, a);
        assertThat(store.read(file)).isEqualTo(a);
    }

    private static MapProject readWhole(ProjectStore store, Path file, String when) {
        try {
            return store.read(file);
        } catch (InputProblem e) {
            throw new AssertionError(when + ": " + file + " is corrupt: " + e.getMessage(), e);
        }
    }
}
