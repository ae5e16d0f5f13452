package cn.yangquan.atlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.app.ViewCatalog;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.register.IndicatorRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator tables as pages: every figure printed whole, wrapped where long, never cut with "…". */
class IndicatorsPageTest {
    @TempDir
    Path temp;

    @Test
    void table2TargetsArePrintedWholeOnThePage() throws Exception {
        RenderFixture fixture = new RenderFixture(temp);
        ViewCatalog catalog = new ViewCatalog(fixture.loaded.map(), fixture.loaded.project(), Messages.forLanguage("zh"));
        PageExporter exporter = new PageExporter(fixture.renderer.font());
        IndicatorsPage table2 = catalog.indicatorPages(exporter.font()).get(1);
        String svg = new String(exporter.svg(table2, 1123, 794), StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("…");
        // Wrapped lines are separate text elements: joined in order they give each target as printed.
        String text = svg.replaceAll("<[^>]*>", "").replaceAll("\\s+", "");
        for (IndicatorRow row : fixture.loaded.map().register().indicators()) {
            if ("表2".equals(row.table()) && row.target() != null) {
                assertThat(text).as(row.indicator()).contains(row.target().replaceAll("\\s+", ""));
            }
        }
    }
}
