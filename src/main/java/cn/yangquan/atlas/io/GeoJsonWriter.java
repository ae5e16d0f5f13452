package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as an RFC 7946 GeoJSON FeatureCollection in UTF-8: coordinates taken back from the map CRS to WGS84
 * longitude/latitude (rounded to 1e-9°, a tenth of a millimetre), and each feature's properties in the layer's field
 * order, with null for a field the feature has no value in. Not thread-safe (the projection keeps state).
 */
public final class GeoJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private final MapProjection projection = MapProjection.fromWgs84();

    /** Writes up to {@code limit} features of each collection, in order, as one FeatureCollection. */
    public void write(List<FeatureCollection> layers, long limit, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (FeatureCollection layer : layers) {
                long written = 0;
                for (Feature feature : layer.features()) {
                    if (written++ >= limit) {
                        break;
                    }
                    feature(feature, layer.fields(), json);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private void feature(Feature feature, List<String> fields, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", feature.id());
        json.writeObjectFieldStart("properties");
        for (String field : fields) {
            Object value = feature.attributes().get(field);
            json.writeFieldName(field);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Long || value instanceof Integer) {
                json.writeNumber(((Number) value).longValue());
            } else if (value instanceof Number number) {
                json.writeNumber(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
        json.writeFieldName("geometry");
        geometry(feature.geometry(), json);
        json.writeEndObject();
    }

    private void geometry(Geometry geometry, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPoint
                || geometry instanceof MultiLineString || geometry instanceof MultiPolygon)) {
            json.writeArrayFieldStart("geometries");
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                geometry(collection.getGeometryN(i), json);
            }
            json.writeEndArray();
        } else {
            json.writeFieldName("coordinates");
            coordinates(geometry, json);
        }
        json.writeEndObject();
    }

    private void coordinates(Geometry geometry, JsonGenerator json) throws IOException {
        if (geometry instanceof Point point) {
            position(point.getCoordinateSequence(), 0, json);
        } else if (geometry instanceof LineString line) {
            positions(line.getCoordinateSequence(), json);
        } else if (geometry instanceof Polygon polygon) {
            json.writeStartArray();
            positions(polygon.getExteriorRing().getCoordinateSequence(), json);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                positions(polygon.getInteriorRingN(i).getCoordinateSequence(), json);
            }
            json.writeEndArray();
        } else {
            json.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                coordinates(geometry.getGeometryN(i), json);
            }
            json.writeEndArray();
        }
    }

    private void positions(CoordinateSequence sequence, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < sequence.size(); i++) {
            position(sequence, i, json);
        }
        json.writeEndArray();
    }

    private void position(CoordinateSequence sequence, int i, JsonGenerator json) throws IOException {
        double[] lonLat = projection.toSource(sequence.getX(i), sequence.getY(i));
        json.writeStartArray();
        json.writeNumber(Math.round(lonLat[0] * 1e9) / 1e9);
        json.writeNumber(Math.round(lonLat[1] * 1e9) / 1e9);
        json.writeEndArray();
    }
}
