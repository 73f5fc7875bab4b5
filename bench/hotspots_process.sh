#!/bin/sh
# One algorithm, whole process: resilience:hotspots (Gi*, queen contiguity) on CELLS hexagonal
# neighbourhoods from a GeoPackage to a GeoPackage, run by resilience_process as a script or the
# desktop would (QGIS start, reading, weights, statistic, writing, style), with GNU time; beside
# it in the same run ogr2ogr copying the same layer, and the runner's start alone (--version).
# With --spdep, R sf + spdep doing the same from the same file (read, poly2nb, localG, write).
#   bench/hotspots_process.sh [BUILD_DIR] [CELLS] [--spdep]    (defaults: build, 100000)
# The input is pipeline_scale_data.py's buurten.gpkg in $SCALE_DATA (default
# /tmp/resilience-scale-CELLS), written once (Debian's python3 with python3-gdal).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../build}
CELLS=${2:-100000}
SPDEP=${3:-}
PYTHON=${PYTHON:-/usr/bin/python3}
DATA=${SCALE_DATA:-/tmp/resilience-scale-$CELLS}
RUNS=${RUNS:-3}

if [ ! -f "$DATA/buurten.gpkg" ]; then
  echo "Writing $CELLS neighbourhoods to $DATA ..."
  (cd "$HERE" && "$PYTHON" pipeline_scale_data.py "$CELLS" "$DATA") >/dev/null
fi
OUT=$DATA/hotspots-bench
mkdir -p "$OUT"
timed() { # label command...
  label=$1
  shift
  QT_QPA_PLATFORM=offscreen /usr/bin/time -f "$label: %e s wall, %U s user, %S s system, peak %M KiB" \
    "$@" 2>&1 >/dev/null | tail -n 1
}

echo "resilience:hotspots on $CELLS neighbourhoods, GeoPackage to GeoPackage ($RUNS runs)"
timed "runner start (--version)" "$BUILD/plugin/resilience_process" --version
i=0
while [ "$i" -lt "$RUNS" ]; do
  i=$((i + 1))
  rm -f "$OUT/copy.gpkg" "$OUT/hotspots.gpkg"
  timed "ogr2ogr copy" ogr2ogr -f GPKG "$OUT/copy.gpkg" "$DATA/buurten.gpkg" buurten
  timed "hotspots" "$BUILD/plugin/resilience_process" run resilience:hotspots -- \
    INPUT="$DATA/buurten.gpkg|layername=buurten" FIELD=inwoners WEIGHTS=queen \
    OUTPUT="$OUT/hotspots.gpkg"
done

if [ "$SPDEP" = "--spdep" ]; then
  rm -f "$OUT/spdep.gpkg"
  timed "sf + spdep (read, poly2nb, localG, write)" Rscript - "$DATA/buurten.gpkg" \
    "$OUT/spdep.gpkg" <<'R'
suppressPackageStartupMessages({ library(sf); library(spdep) })
args <- commandArgs(TRUE)
x <- st_read(args[1], "buurten", quiet = TRUE)
nb <- poly2nb(x, queen = TRUE)
x$gi_z <- as.numeric(localG(x$inwoners, nb2listw(include.self(nb))))
st_write(x, args[2], "hotspots", quiet = TRUE)
R
fi
