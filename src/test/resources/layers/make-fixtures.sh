#!/usr/bin/env bash
# Regenerates the layer-reader fixtures in this directory from the prepared township boundaries
# (../shared/maps/townships.geojson beside the repository, or the file given as $1) with GDAL's ogr2ogr.
# CI does not have GDAL: the generated files are committed; rerun this only when the source data changes.
#   apt-get install -y gdal-bin && src/test/resources/layers/make-fixtures.sh
# Produces the same 33 townships as:
#   townships-4547.shp     CGCS2000 / 3-degree GK CM 114E, UTF-8 .dbf with .cpg
#   townships-4490-gbk.shp CGCS2000 geographic, GBK .dbf with .cpg
#   townships-nocpg.shp    the same GBK .dbf without .cpg (the reader must detect the encoding)
#   townships-4326.shp     WGS84 lon/lat, UTF-8
#   townships-4547.gpkg, townships-4490.gpkg   GeoPackages (no spatial index, 1 KiB pages, to stay small)
#   townships-4490.geojson GeoJSON with an old-style crs member (RFC7946=NO)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source="${1:-$here/../../../../../shared/maps/townships.geojson}"
cd "$here"
rm -f townships-*.shp townships-*.shx townships-*.dbf townships-*.prj townships-*.cpg townships-*.gpkg townships-*.geojson

shp() { # name, EPSG code, encoding
  ogr2ogr -q -f "ESRI Shapefile" -t_srs "EPSG:$2" -lco ENCODING="$3" -nln "$1" "$1.shp" "$source"
}
shp townships-4547 4547 UTF-8
shp townships-4490-gbk 4490 GBK
shp townships-4326 4326 UTF-8
for ext in shp shx dbf prj; do cp "townships-4490-gbk.$ext" "townships-nocpg.$ext"; done

for code in 4547 4490; do
  # 1 KiB pages halve the file: most of a small GeoPackage is nearly empty metadata-table pages.
  ogr2ogr -q --config OGR_SQLITE_PRAGMA "page_size=1024" -f GPKG -t_srs "EPSG:$code" -lco SPATIAL_INDEX=NO \
    -nln townships "townships-$code.gpkg" "$source"
done
ogr2ogr -q -f GeoJSON -t_srs EPSG:4490 -lco RFC7946=NO -lco COORDINATE_PRECISION=9 townships-4490.geojson "$source"
