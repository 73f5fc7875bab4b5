#!/bin/sh
# The one-step pipeline at scale: resilience:pipeline (join, composite index, empirical Bayes,
# Gi*, local Moran with 999 permutations, regional aggregation; no print maps) on a tessellation
# of CELLS hexagonal neighbourhoods, reading and writing GeoPackages, run by resilience_process;
# wall time and peak memory from GNU time; first, in the same run, ogr2ogr copying the same
# polygons GeoPackage (issue 16's yardstick: the pipeline should cost at most twice that). With
# --spdep, the same statistics with sf and spdep (bench/pipeline_scale.R) on the same files, step
# by step.
#   bench/pipeline_scale.sh [BUILD_DIR] [CELLS] [--spdep]    (defaults: build, 1000000)
# The inputs are written once into $SCALE_DATA (default /tmp/resilience-scale-CELLS) by
# pipeline_scale_data.py (Debian's python3 with python3-gdal).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../build}
CELLS=${2:-1000000}
SPDEP=${3:-}
PYTHON=${PYTHON:-/usr/bin/python3}
DATA=${SCALE_DATA:-/tmp/resilience-scale-$CELLS}

if [ ! -f "$DATA/pipeline.json" ]; then
  echo "Writing $CELLS neighbourhoods to $DATA ..."
  (cd "$HERE" && "$PYTHON" pipeline_scale_data.py "$CELLS" "$DATA") >/dev/null
fi

run() { # spec name
  rm -f "$DATA/result.gpkg"
  QT_QPA_PLATFORM=offscreen /usr/bin/time -f "$2: %e s wall, %U s user, %S s system, peak %M KiB" \
    "$BUILD/plugin/resilience_process" run resilience:pipeline -- \
    SPEC="$DATA/$1" OUTPUT="$DATA/result.gpkg" 2>&1 >"$DATA/$1.log" | tail -n 1
}
echo "resilience:pipeline on $(grep -c . "$DATA/indicators.csv" | awk '{print $1 - 1}') neighbourhoods"
rm -f "$DATA/copy.gpkg"
/usr/bin/time -f "ogr2ogr copying the polygons: %e s wall, %U s user, %S s system, peak %M KiB" \
  ogr2ogr -f GPKG "$DATA/copy.gpkg" "$DATA/buurten.gpkg" buurten 2>&1 | tail -n 1
rm -f "$DATA/copy.gpkg"
run pipeline.json "clusters and regions written"
run pipeline_all_layers.json "all six layers written"

if [ "$SPDEP" = "--spdep" ]; then
  echo "sf + spdep (seconds per step):"
  /usr/bin/time -f "spdep total: %e s wall, peak %M KiB" Rscript "$HERE/pipeline_scale.R" "$DATA"
fi
