/**
 * Reading and writing files: GeoJSON boundaries, the plan register, styles and the map project, the CRS transform
 * into the map CRS. Readers report bad input as {@link cn.yangquan.atlas.io.InputProblem} naming file, place and cause.
 */
package cn.yangquan.atlas.io;
