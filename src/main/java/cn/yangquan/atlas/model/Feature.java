package cn.yangquan.atlas.model;

import java.util.HashMap;
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
        if (!(attributes instanceof AttributeMap)) {
            attributes = Map.copyOf(hasNull(attributes) ? withoutNulls(attributes) : attributes);
        }
    }

    /** Without a copy and a stream per feature: a layer may hold hundreds of thousands. */
    private static boolean hasNull(Map<String, Object> attributes) {
        for (Object value : attributes.values()) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> attributes) {
        Map<String, Object> present = new HashMap<>();
        attributes.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        return present;
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
