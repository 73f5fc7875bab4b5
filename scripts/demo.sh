#!/usr/bin/env bash
# Builds the plugin (installing what is missing) and runs it on the bundled Noord-Brabant data:
# the CBS key figures of 2015 joined to the Dutch municipalities, written as a styled GeoPackage
# to demo-output/. Open demo-output/resilience_demo.gpkg in QGIS: it opens styled.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
out=demo-output
mkdir -p "$out"
rm -f "$out/resilience_demo.gpkg"
run() { build/plugin/resilience_process run "$@"; }

run resilience:jointable -- \
  INPUT=testdata/nl_gemeenten_2015.gpkg INPUT_KEY=gemeentecode \
  TABLE=testdata/nl_gemeenten_2015_kerncijfers.csv TABLE_KEY=gemeentecode KEY_MATCHING=cbs \
  "OUTPUT=ogr:dbname='$out/resilience_demo.gpkg' table=\"municipalities\" (geom)" \
  "UNMATCHED=ogr:dbname='$out/resilience_demo.gpkg' table=\"unmatched_rows\""

echo "Written: $out/resilience_demo.gpkg"
