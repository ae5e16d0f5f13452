/**
 * Reading and writing files: layers behind one {@link cn.yangquan.atlas.io.LayerReader} contract (GeoJSON,
 * GeoPackage; Shapefile in {@code io.shapefile}), chosen by {@link cn.yangquan.atlas.io.LayerFormats} and checked,
 * repaired and projected by {@link cn.yangquan.atlas.io.FeaturePipeline}; their CRS from .prj WKT, GeoPackage srs or
 * GeoJSON {@code crs} ({@link cn.yangquan.atlas.io.CrsResolver}) into the map CRS; the plan register, styles,
 * statistics CSV and the map project, written atomically. Bad input is reported as
 * {@link cn.yangquan.atlas.io.InputProblem} or a problem line naming file, place and cause.
 */
package cn.yangquan.atlas.io;
