/**
 * Coordinate reference systems of the layers a planner adds: WKT parsed by Apache SIS ({@link
 * cn.yangquan.atlas.io.crs.WktCrs}), EPSG and ESRI codes named from proj4j's registry ({@link
 * cn.yangquan.atlas.io.crs.ProjRegistry}), points moved by proj4j ({@link cn.yangquan.atlas.io.crs.SourceCrs}), and a
 * layer's extent checked against its CRS's domain of validity ({@link cn.yangquan.atlas.io.crs.CrsDomain}).
 */
package cn.yangquan.atlas.io.crs;
