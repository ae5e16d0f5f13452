package cn.yangquan.atlas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class AttributeMapTest {
    private final AttributeMap.Builder builder = new AttributeMap.Builder();

    @Test
    void behavesAsAnImmutableMapWithoutNullsWhereTheLastDuplicateWins() {
        Map<String, Object> map = builder.build(new String[] {"a", "b", "c", "a"}, new Object[] {1, null, "x", 2}, 4);
        assertThat(map).isEqualTo(Map.of("a", 2, "c", "x")).hasSameHashCodeAs(Map.of("a", 2, "c", "x"));
        assertThat(map.get("b")).isNull();
        assertThat(map.containsKey("c")).isTrue();
        assertThatThrownBy(() -> map.put("d", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Feature("f", new GeometryFactory().createPoint(new Coordinate()), map).attributes()).isSameAs(map);
    }

    @Test
    void manyKeysAreLookedUpThroughAnIndexAndKeepTheirOrder() {
        String[] keys = new String[AttributeMap.MAX_KEYS + 1];
        Object[] values = new Object[keys.length];
        Map<String, Object> expected = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "k" + i;
            values[i] = i;
            expected.put(keys[i], i);
        }
        Map<String, Object> map = builder.build(keys, values, keys.length);
        assertThat(map).isInstanceOf(AttributeMap.class).isEqualTo(expected);
        assertThat(map.keySet()).containsExactly(keys);
        assertThat(map.get("k" + AttributeMap.MAX_KEYS)).isEqualTo(AttributeMap.MAX_KEYS);
    }

    @Test
    void featureCollectionQueriesAnswerInListOrder() {
        GeometryFactory factory = new GeometryFactory();
        List<Feature> features = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            features.add(new Feature("f" + i, factory.createPoint(new Coordinate((i * 7919) % 500, i % 13)), Map.of()));
        }
        FeatureCollection collection = new FeatureCollection("points", features);
        List<Feature> hits = collection.query(new org.locationtech.jts.geom.Envelope(0, 250, 0, 13));
        assertThat(hits).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparingInt(features::indexOf));
    }
}
