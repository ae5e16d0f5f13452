package cn.yangquan.atlas.model;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One geographic feature: an identifier, a geometry in the map CRS (metres, EPSG:4547) and its attributes.
 * Attribute values are strings, numbers, booleans or null, as read from the source file.
 */
public record Feature(String id, Geometry geometry, Map<String, Object> attributes) {
    public Feature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geometry, "geometry");
        attributes = Map.copyOf(attributes.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The attribute as text, or the empty string when absent. */
    public String text(String key) {
        Object value = attributes.get(key);
        return value == null ? "" : value.toString();
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(attributes.get(key));
    }
}
