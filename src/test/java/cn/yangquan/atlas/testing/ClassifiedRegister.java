package cn.yangquan.atlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A copy of the real register in which a few targets carry scope and kind, as the register's own classification
 * will: two county targets of 平定县, a township target of 孙家庄镇, a layer target, and a baseline and a resource
 * that are no aims. The evaluation tests run on it, so they do not depend on the classification's progress.
 */
public final class ClassifiedRegister {
    public static final String HERB = "t-pd-herb-area";
    public static final String SE_GRAIN = "t-pd-se-grain-area";
    public static final String SUNJIAZHUANG = "t-yx-coarse-grain-area";
    public static final String GRAIN_FIELDS = "t-zone-grain-hs-fields";
    public static final String FRUIT_BASE = "t-zone-fruit-base";
    public static final String SELENIUM_SOIL = "t-zone-selenium-soil";

    private static final Map<String, String[]> CLASSES = Map.of(
            HERB, new String[] {"target", "county", "平定县", "140321"},
            SE_GRAIN, new String[] {"target", "county", "平定县", "140321"},
            SUNJIAZHUANG, new String[] {"target", "township", "孙家庄镇", "140322101"},
            GRAIN_FIELDS, new String[] {"target", "layer", "优质杂粮集聚区", null},
            FRUIT_BASE, new String[] {"baseline", "layer", "林果集聚区", null},
            SELENIUM_SOIL, new String[] {"resource", "layer", "富硒集聚区", null});

    private ClassifiedRegister() {
    }

    /** Writes the classified copy into the directory and returns it (a data directory). */
    public static Path write(Path directory) throws IOException {
        Path data = Files.createDirectories(directory.resolve("data"));
        ObjectMapper mapper = new ObjectMapper();
        for (String name : new String[] {"places.json", "layers.json", "programmes.json", "indicators.json"}) {
            JsonNode root = mapper.readTree(TestData.DATA.resolve(name).toFile());
            root.findValues("targets").forEach(targets -> targets.forEach(ClassifiedRegister::classify));
            mapper.writerWithDefaultPrettyPrinter().writeValue(data.resolve(name).toFile(), root);
        }
        return data;
    }

    private static void classify(JsonNode target) {
        String[] values = CLASSES.get(target.path("id").asText());
        if (values == null) {
            return;
        }
        ObjectNode node = (ObjectNode) target;
        node.put("kind", values[0]);
        ObjectNode scope = node.putObject("scope").put("level", values[1]).put("name", values[2]);
        scope.put("code", values[3]);
    }
}
