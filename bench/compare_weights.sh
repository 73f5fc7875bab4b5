#!/bin/sh
# Queen/rook contiguity on the same regular hexagon tessellation: libpysal (Debian
# python3-libpysal), R spdep::poly2nb (r-cran-spdep) and our bench_weights, with time ratios.
#   bench/compare_weights.sh [BUILD_DIR] [CELLS]      (defaults: build-weights, 100000)
#   RUNS=1 RULES=queen bench/compare_weights.sh build 1000000   (spdep takes minutes per run there)
# Needs python3-gdal, python3-libpysal, r-cran-spdep, r-cran-sf. Timed: the neighbour search only,
# after the geometries are loaded (libpysal: Queen/Rook.from_iterable on shapes read with
# libpysal.io; spdep: poly2nb on an sf layer read with st_read; ours: contiguityWeights from WKB,
# so ours also pays for WKB parsing and validity checks). Wall-clock seconds, median of 3 runs.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../build-weights}
CELLS=${2:-100000}
PYTHON=${PYTHON:-/usr/bin/python3} # Debian's, where python3-libpysal and python3-gdal live
RUNS=${RUNS:-3}
RULES=${RULES:-queen rook}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$PYTHON" "$HERE/compare_weights_write.py" "$CELLS" "$WORK/hex.shp" >/dev/null

"$PYTHON" -W ignore - "$WORK/hex.shp" "$RUNS" "$RULES" > "$WORK/pysal.txt" <<'PY'
import sys, time, statistics
import libpysal
shapes = list(libpysal.io.open(sys.argv[1]))
runs, rules = int(sys.argv[2]), sys.argv[3].split()
for name, cls in (("queen", libpysal.weights.Queen), ("rook", libpysal.weights.Rook)):
    if name not in rules:
        continue
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        w = cls.from_iterable(shapes)
        times.append(time.perf_counter() - t)
    print(name, statistics.median(times), w.s0)
PY

Rscript - "$WORK/hex.shp" "$RUNS" "$RULES" > "$WORK/spdep.txt" <<'R'
suppressPackageStartupMessages({ library(sf); library(spdep) })
args <- commandArgs(TRUE)
x <- st_read(args[1], quiet = TRUE)
runs <- as.integer(args[2])
rules <- strsplit(args[3], " ")[[1]]
for (q in c(TRUE, FALSE)[c("queen", "rook") %in% rules]) {
  t <- numeric(runs)
  for (k in 1:runs) t[k] <- system.time(nb <- poly2nb(x, queen = q))[["elapsed"]]
  cat(if (q) "queen" else "rook", median(t), sum(card(nb)), "\n")
}
R

"$BUILD/bench/bench_weights" --benchmark_filter="BM_(Queen|Rook)Exact/$CELLS/" \
  --benchmark_repetitions="$RUNS" --benchmark_report_aggregates_only=true \
  --benchmark_format=json > "$WORK/ours.json" 2>/dev/null

"$PYTHON" - "$WORK" "$CELLS" <<'PY'
import json, sys
work, cells = sys.argv[1], sys.argv[2]
def table(path):
    return {l.split()[0]: (float(l.split()[1]), float(l.split()[2])) for l in open(path) if l.strip()}
pysal, spdep = table(work + "/pysal.txt"), table(work + "/spdep.txt")
ours = {}
runs = json.load(open(work + "/ours.json"))["benchmarks"]
medians = [b for b in runs if b.get("aggregate_name") == "median"]
for b in medians or runs:  # one repetition has no aggregates
    name = "queen" if "Queen" in b["name"] else "rook"
    ours[name] = (b["real_time"] / 1000.0, b["links"])
print(f"hexagon tessellation, {cells} cells requested")
print(f"{'rule':6} {'links':>9} {'ours s':>8} {'libpysal s':>10} {'spdep s':>8} {'pysal/ours':>10} {'spdep/ours':>10}")
for rule in ("queen", "rook"):
    if rule not in ours or rule not in pysal:
        continue
    o, p, s = ours[rule], pysal[rule], spdep[rule]
    assert int(o[1]) == int(p[1]) == int(s[1]), f"{rule}: link counts differ {o[1]} {p[1]} {s[1]}"
    print(f"{rule:6} {int(o[1]):9d} {o[0]:8.3f} {p[0]:10.3f} {s[0]:8.3f} {p[0]/o[0]:10.1f} {s[0]/o[0]:10.1f}")
PY
