#!/usr/bin/env bash
# The speed benchmark, atlas and peers side by side in one run: builds the jar, generates the parcel layer if missing
# (bench/data/, git-ignored), installs GDAL, QGIS and Xvfb if missing, and measures on the same files:
#   - in one JVM: the atlas's load (GeoJSON and GeoPackage), heap, the window's render path, identify (`yq-atlas bench`);
#   - GDAL's ogrinfo and QGIS in-process (bench/gdal_bench.py, bench/qgis_bench.py);
#   - whole processes, start to PNG, atlas (bin/yq-atlas render) against QGIS (bench/whole_process.py);
#   - the window: start to its first complete map, with and without the parcels (bench/window_start.py);
# then writes the results into BENCHMARKS.md. About 10 minutes on 2 cores. Nothing else should run meanwhile: the
# machine's load is recorded with the results.
#   bench/run.sh                         RUNS=5 WARMUP=3 PEER_RUNS=3 BUILD_DIR=target by default
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
WARMUP=${WARMUP:-3}
PEER_RUNS=${PEER_RUNS:-3}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
DATA=bench/data
GEOJSON=$DATA/parcels.geojson
GPKG=$DATA/parcels.gpkg

echo "== build"
mvn -q -B -DskipTests -Dbuild.dir="$BUILD_DIR" package

mkdir -p "$DATA"
if [ ! -f "$GEOJSON" ]; then
  echo "== generate $GEOJSON"
  python3 bench/make_parcels.py "$GEOJSON"
fi

need=()
command -v ogr2ogr >/dev/null 2>&1 || need+=(gdal-bin)
/usr/bin/python3 -c 'import qgis.core' >/dev/null 2>&1 || need+=(python3-qgis)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
if [ ${#need[@]} -gt 0 ]; then
  echo "== install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need[@]}"
fi
if [ ! -f "$GPKG" ] || [ "$GPKG" -ot "$GEOJSON" ]; then
  echo "== convert to $GPKG"
  rm -f "$GPKG"
  ogr2ogr -f GPKG "$GPKG" "$GEOJSON"
fi

uptime > "$DATA/load-before.txt"
echo "== atlas"
java -jar "$BUILD_DIR/yq-atlas.jar" bench --data "$GEOJSON" --data "$GPKG" --runs "$RUNS" --warmup "$WARMUP" --json \
  > "$DATA/atlas.json"
echo "== GDAL"
python3 bench/gdal_bench.py "$GEOJSON" --runs "$PEER_RUNS" --warmup 1 > "$DATA/gdal.json"
echo "== QGIS"
QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_bench.py "$GEOJSON" "$GPKG" --runs "$PEER_RUNS" --warmup 1 \
  > "$DATA/qgis.json" 2> "$DATA/qgis.log"
echo "== whole process: atlas and QGIS, start to PNG"
python3 bench/whole_process.py --jar "$BUILD_DIR/yq-atlas.jar" --geojson "$GEOJSON" --gpkg "$GPKG" \
  --runs "$RUNS" --warmup 1 > "$DATA/whole.json"
echo "== window start"
python3 bench/window_start.py --jar "$BUILD_DIR/yq-atlas.jar" --runs "$RUNS" --warmup 1 > "$DATA/window.json"
python3 bench/window_start.py --jar "$BUILD_DIR/yq-atlas.jar" --layer "$GPKG" --runs "$RUNS" --warmup 1 \
  > "$DATA/window-parcels.json"
uptime > "$DATA/load-after.txt"

python3 bench/report.py "$DATA" BENCHMARKS.md
echo "== wrote BENCHMARKS.md"
