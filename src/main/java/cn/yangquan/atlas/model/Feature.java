package cn.yangquan.atlas.model;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One geographic feature: an identifier, a geometry in the map CRS (metres, EPSG:4547) and its attributes.
 * Attribute values are strings, numbers or booleans, as read from the source file, in the file's field order (an
 * empty value is left out).
 */
public record Feature(String id, Geometry geometry, Map<String, Object> attributes) {
    public Feature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geometry, "geometry");
        attributes = AttributeMap.copyOf(attributes);
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
