#!/usr/bin/env bash
# Builds the plugin (installing what is missing) and runs the one-step resilience pipeline on the
# bundled Noord-Brabant data (testdata/noord_brabant_pipeline.json): CBS key figures 2015 joined
# to the municipalities, composite index, smoothing, hot spots, LISA clusters, regional summary,
# all written styled into demo-output/resilience_demo.gpkg, and print maps per region in
# demo-output/resilience_demo.pdf. Pass a point layer of facilities (e.g. libraries) to add
# accessibility:  scripts/demo.sh path/to/libraries.gpkg
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
out=demo-output
mkdir -p "$out"
facilities=()
if [ $# -ge 1 ]; then
  facilities=("FACILITIES=$1")
fi
build/plugin/resilience_process run resilience:pipeline -- \
  SPEC=testdata/noord_brabant_pipeline.json "${facilities[@]}" \
  OUTPUT="$out/resilience_demo.gpkg" OUTPUT_PDF="$out/resilience_demo.pdf"
echo "Open $out/resilience_demo.gpkg in QGIS (every layer opens styled); maps: $out/resilience_demo.pdf"
