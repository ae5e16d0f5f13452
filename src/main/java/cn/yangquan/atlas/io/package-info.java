/**
 * Reading and writing files: layers (GeoJSON, Shapefile with GBK or UTF-8 attributes, GeoPackage) through
 * {@link cn.yangquan.atlas.io.LayerFiles}, their CRS from .prj WKT, GeoPackage srs or GeoJSON {@code crs}
 * ({@link cn.yangquan.atlas.io.CrsResolver}) into the map CRS; the plan register, styles, statistics CSV and the map
 * project, written atomically. Bad input is reported as {@link cn.yangquan.atlas.io.InputProblem} or a problem line
 * naming file, place and cause.
 */
package cn.yangquan.atlas.io;
