package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.evaluation.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectActualsTest {
    @TempDir
    Path temp;

    @Test
    void actualValuesSurviveASaveAndKeepTheirBackup() throws Exception {
        Path file = temp.resolve("project.json");
        ProjectStore store = new ProjectStore();
        store.write(file, new MapProject("t", List.of(), null, null));
        Map<String, Actual> actuals = new java.util.LinkedHashMap<>();
        actuals.put("T1-2", new Actual(23400.0, 2025, "示例", "估算", null));
        actuals.put("T2-1", new Actual(null, null, "", "", Status.NOT_MET));
        store.write(file, new MapProject("t", List.of(), null, null).withActuals(actuals));
        MapProject read = store.read(file);
        assertThat(read.actuals()).isEqualTo(actuals);
        assertThat(read.withExtent(null).actuals()).isEqualTo(actuals);
        assertThat(Files.readString(AtomicFiles.backupOf(file))).doesNotContain("actuals");
        assertThat(Files.readString(file)).contains("\"judged_status\" : \"not_met\"");
    }

    @Test
    void actualValuesAndUserLayersAreSavedSideBySide() throws Exception {
        Path file = temp.resolve("project.json");
        var source = new cn.yangquan.atlas.model.UserLayerSource("user-1", "地块", "/data/地块.shp", "EPSG:4547", "GBK", null);
        Map<String, Actual> actuals = Map.of("T1-2", new Actual(23400.0, 2025, "示例", "", null));
        MapProject project = new MapProject("t", List.of(), null, null).withActuals(actuals).withUserLayers(List.of(source));
        new ProjectStore().write(file, project);
        MapProject read = new ProjectStore().read(file);
        assertThat(read.actuals()).isEqualTo(actuals);
        assertThat(read.userLayers()).containsExactly(source);
        MapProject carried = read.reconciledWith(List.of()).withViews(List.of()).withLayers(List.of()).withExtent(null);
        assertThat(carried.actuals()).isEqualTo(actuals);
        assertThat(carried.userLayers()).containsExactly(source);
    }

    @Test
    void badActualValuesInTheProjectAreNamedByTheirPlace() throws Exception {
        Path file = temp.resolve("project.json");
        Files.writeString(file, "{\"title\":\"t\",\"layers\":[],\"actuals\":{\"T1-2\":{\"actual\":\"many\"}}}");
        assertThatThrownBy(() -> new ProjectStore().read(file)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("$.actuals.T1-2.actual");
        Files.writeString(file, "{\"title\":\"t\",\"layers\":[],\"actuals\":{\"T2-1\":{\"judged_status\":\"maybe\"}}}");
        assertThatThrownBy(() -> new ProjectStore().read(file)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("judged_status");
    }
}
