package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.AtomicFiles;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRecoveryTest {
    @TempDir
    Path temp;

    @Test
    void aCorruptProjectIsKeptAsideReportedAndItsBackupUsed() throws Exception {
        Path file = temp.resolve("project.json");
        ProjectStore store = new ProjectStore();
        MapProject saved = new MapProject("已保存", List.of(new LayerState("zone-grain", false, 0.5)), null);
        store.write(file, saved);
        store.write(file, new MapProject("更新", List.of(), null));
        Files.writeString(file, "{\"title\": \"half-writ");
        List<String> problems = new ArrayList<>();
        MapProject restored = AtlasLoader.readProject(file, problems).orElseThrow();
        assertThat(restored).isEqualTo(saved);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("project.json").contains("malformed JSON"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("restored from backup"));
        assertThat(Files.readString(temp.resolve("project.json.corrupt"))).isEqualTo("{\"title\": \"half-writ");
        assertThat(Files.exists(AtomicFiles.backupOf(file))).isTrue();
    }

    @Test
    void withoutABackupTheDefaultsAreUsedAndTheProblemShown() throws Exception {
        Path file = temp.resolve("project.json");
        Files.writeString(file, "[1, 2");
        List<String> problems = new ArrayList<>();
        assertThat(AtlasLoader.readProject(file, problems)).isEmpty();
        assertThat(problems).isNotEmpty();
    }
}
