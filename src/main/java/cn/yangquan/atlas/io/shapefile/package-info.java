/**
 * The ESRI shapefile: {@code .shp} records read by offset from the {@code .shx} or in sequence
 * ({@link cn.yangquan.atlas.io.shapefile.ShapefileReader}), record content decoded into geometries with polygon rings
 * told apart by containment ({@link cn.yangquan.atlas.io.shapefile.ShapeDecoder}), and the {@code .dbf} attribute
 * table in the encoding its {@code .cpg}, code-page byte or content gives
 * ({@link cn.yangquan.atlas.io.shapefile.DbfReader}).
 */
package cn.yangquan.atlas.io.shapefile;
