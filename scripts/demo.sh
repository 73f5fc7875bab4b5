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

# The monitor over time on a SYNTHETIC second year (testdata/SOURCES.md: made-up changes, not data
# about any municipality): the pipeline scores "2019" on the 2015 baseline and writes the change,
# emerging hot spots and LISA Markov layers (docs/monitor.md).
python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
testdata = os.path.abspath("testdata")
spec = json.load(open(os.path.join(testdata, "noord_brabant_pipeline.json")))
spec["polygons"] = os.path.join(testdata, spec["polygons"])
for join in spec["join"]:
    join["TABLE"] = os.path.join(testdata, join["TABLE"])
# Every file a step names is relative to testdata/, where the spec lives; this copy lives in out.
for section in spec.values():
    if isinstance(section, dict):
        for key, value in section.items():
            if isinstance(value, str) and os.path.isfile(os.path.join(testdata, value)):
                section[key] = os.path.join(testdata, value)
spec["title"] = "Sociale veerkracht Noord-Brabant 2015 en SYNTHETISCH 2019"
spec["baseline"] = "baseline_2015.json"
spec["year"] = "2015"
spec["years"] = [{"year": "2019",
                  "table": os.path.join(testdata, "nl_gemeenten_2019_SYNTHETIC_kerncijfers.csv")}]
spec["change"] = {}
spec["emerginghotspots"] = {"WEIGHTS": "queen", "TIME_NEIGHBOURS": 0}
spec["lisamarkov"] = {"WEIGHTS": "queen"}
spec["layers"] = ["scores", "change", "emerging", "lisamarkov"]
spec.pop("printmaps", None)
json.dump(spec, open(os.path.join(out, "monitor_2015_2019_synthetic.json"), "w"), indent=1)
PY
rm -f "$out/baseline_2015.json"
build/plugin/resilience_process run resilience:pipeline -- \
  SPEC="$out/monitor_2015_2019_synthetic.json" OUTPUT="$out/monitor_2015_2019_synthetic.gpkg"

echo "Open $out/resilience_demo.gpkg in QGIS (every layer opens styled); maps: $out/resilience_demo.pdf"
echo "Over time (synthetic 2019): layers change, emerging, lisamarkov in $out/monitor_2015_2019_synthetic.gpkg"
