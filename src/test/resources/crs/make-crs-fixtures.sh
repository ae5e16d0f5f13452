#!/bin/sh
# Writes the CRS test fixtures with GDAL 3.6 (gdal-bin): each CRS as ESRI WKT (no AUTHORITY) and OGC WKT1 (with
# AUTHORITY), and reference.tsv: the point 113.55E 37.85N, taken on each CRS's own geographic CRS (no datum shift),
# projected by gdaltransform. Run from this directory.
set -e
LON=113.55
LAT=37.85
printf '# crs\texpected key\tgeographic CRS\tx\ty (gdaltransform of %s %s)\n' "$LON" "$LAT" > reference.tsv
row() { # name, code for gdalsrsinfo or a WKT file, expected key, geographic CRS of the point
    if [ -f "$2" ]; then src="$2"; else src="$2"; gdalsrsinfo -o wkt_esri "$2" | sed '/^$/d' | tr -d '\n' | sed 's/  */ /g; s/, /,/g; s/\[ /[/g' > "$1.esri.prj"; fi
    case "$2" in EPSG:*) gdalsrsinfo -o wkt1 "$2" | sed '/^$/d' | tr -d '\n' | sed 's/  */ /g; s/, /,/g; s/\[ /[/g' > "$1.ogc.prj";; esac
    xy=$(echo "$LON $LAT" | gdaltransform -s_srs "$4" -t_srs "$src" -output_xy)
    printf '%s\t%s\t%s\t%s\n' "$1" "$3" "$4" "$(echo $xy | tr ' ' '\t')" >> reference.tsv
}
row cgcs2000 EPSG:4490 EPSG:4490 EPSG:4490
row wgs84 EPSG:4326 EPSG:4326 EPSG:4326
row xian1980 EPSG:4610 EPSG:4610 EPSG:4610
row beijing1954 EPSG:4214 EPSG:4214 EPSG:4214
row new-beijing EPSG:4555 EPSG:4555 EPSG:4555
row cgcs2000-3-cm114 EPSG:4547 EPSG:4547 EPSG:4490
row cgcs2000-3-zone38 EPSG:4526 EPSG:4526 EPSG:4490
row cgcs2000-6-cm111 EPSG:4508 EPSG:4508 EPSG:4490
row cgcs2000-6-zone19 EPSG:4497 EPSG:4497 EPSG:4490
row xian1980-3-zone38 EPSG:2362 EPSG:2362 EPSG:4610
row xian1980-3-cm114 EPSG:2383 EPSG:2383 EPSG:4610
row xian1980-6-zone19 EPSG:2333 EPSG:2333 EPSG:4610
row beijing1954-3-zone38 EPSG:2414 EPSG:2414 EPSG:4214
row beijing1954-3-cm114 EPSG:2435 EPSG:2435 EPSG:4214
row beijing1954-6-zone19 EPSG:21419 EPSG:21419 EPSG:4214
row new-beijing-3-zone38 EPSG:4774 EPSG:4774 EPSG:4555
row new-beijing-3-cm114 EPSG:4795 EPSG:4795 EPSG:4555
row wgs84-utm49n EPSG:32649 EPSG:32649 EPSG:4326
row wgs84-utm50n EPSG:32650 EPSG:32650 EPSG:4326
row web-mercator EPSG:3857 EPSG:3857 EPSG:4326
row asia-north-albers ESRI:102025 ESRI:102025 EPSG:4326
row asia-north-lambert ESRI:102027 ESRI:102027 EPSG:4326
# Albers and Lambert of one's own, as ArcGIS writes them: no code, keyed by their proj4 definition.
GCS=$(tr -d '\n' < cgcs2000.esri.prj)
printf 'PROJCS["CGCS2000_Albers",%s,PROJECTION["Albers"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Standard_Parallel_1",25.0],PARAMETER["Standard_Parallel_2",47.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]' "$GCS" > cgcs2000-albers.esri.prj
row cgcs2000-albers cgcs2000-albers.esri.prj "+proj=aea" EPSG:4490
printf 'PROJCS["CGCS2000_Lambert_Shanxi",%s,PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",112.5],PARAMETER["Standard_Parallel_1",35.0],PARAMETER["Standard_Parallel_2",40.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",34.0],UNIT["Meter",1.0]]' "$GCS" > cgcs2000-lambert.esri.prj
row cgcs2000-lambert cgcs2000-lambert.esri.prj "+proj=lcc" EPSG:4490
# WKT2 (ISO 19162:2019), as GDAL writes it.
gdalsrsinfo -o wkt2_2019 EPSG:2362 | sed "/^$/d" | tr -d "\n" | sed "s/  */ /g" > xian1980-3-zone38.wkt2.prj
