package cn.yangquan.atlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.GeoJsonReader;
import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.testing.TestData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TownshipJoinTest {
    private final PlanRegister register = new RegisterReader().read(TestData.DATA).register();

    private FeatureCollection townships() throws Exception {
        return new GeoJsonReader().read(TestData.BOUNDARIES.resolve("townships.geojson")).features();
    }

    @Test
    void everyBoundaryFeatureJoinsByCode() throws Exception {
        TownshipJoin join = new TownshipJoin(register, townships());
        assertThat(join.matched()).isEqualTo(33);
        assertThat(join.unmatchedFeatures()).isEmpty();
        assertThat(join.feature("140302100")).isPresent();
        assertThat(join.feature("140302100").get().text("name")).isEqualTo("义井镇");
    }

    @Test
    void obsoleteCodesResolveToTheUnitThatAbsorbedThem() throws Exception {
        TownshipJoin join = new TownshipJoin(register, townships());
        assertThat(join.feature("140322202").map(f -> f.text("name"))).contains("上社镇");
    }

    @Test
    void featuresWithoutCodesJoinByNameWithOrWithoutSuffix() throws Exception {
        List<Feature> renamed = new ArrayList<>();
        for (Feature feature : townships().features()) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            String name = feature.text("name");
            attributes.put("XZQMC", name.endsWith("乡") ? name.substring(0, name.length() - 1) : name);
            renamed.add(new Feature(feature.id(), feature.geometry(), attributes));
        }
        TownshipJoin join = new TownshipJoin(register, new FeatureCollection("official", renamed));
        assertThat(join.matched()).isEqualTo(33);
        assertThat(join.feature("140311200").map(f -> f.text("XZQMC"))).contains("西南舁");
        assertThat(join.feature("140302100").map(f -> f.text("XZQMC"))).contains("义井镇");
    }

    @Test
    void longOfficialCodesAreCutToNineDigits() throws Exception {
        List<Feature> recoded = new ArrayList<>();
        for (Feature feature : townships().features()) {
            String code = feature.text("code");
            recoded.add(new Feature(feature.id(), feature.geometry(), Map.of("XZQDM", code.length() == 9 ? code + "000" : code)));
        }
        TownshipJoin join = new TownshipJoin(register, new FeatureCollection("official", recoded));
        assertThat(join.matched()).isEqualTo(33);
    }
}
