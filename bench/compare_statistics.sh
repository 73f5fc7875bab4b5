#!/bin/sh
# Side-by-side timings of our statistics and spdep on the same hexagonal lattice, with ratios.
# Usage: bench/compare_statistics.sh [BUILD_DIR] [PERM_FEATURES] [FEATURES] [GEARY_FEATURES]
#                                    [FLAGS_FEATURES]
#   BUILD_DIR      build directory holding bench/bench_statistics (default: build)
#   PERM_FEATURES  features for local Moran with 999 permutations (default: 10000)
#   FEATURES       features for localG (Gi*), moran.test, EBlocal, localmoran (default: 100000)
#   GEARY_FEATURES features for local Geary with 3 variables and 999 permutations, spdep
#                  localC_perm (default: 10000; 0 = skip)
#   FLAGS_FEATURES features for risk flags over 16 indicators; R's rank(ties = "min") percentile
#                  ranks, theme sums and flags (default: 100000; 0 = skip)
# Needs Rscript with spdep (Debian: apt-get install r-cran-spdep).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
perm=${2:-10000}
features=${3:-100000}
geary=${4:-10000}
flags=${5:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

STATS_COMPARE_PERM_FEATURES=$perm STATS_COMPARE_FEATURES=$features \
  STATS_COMPARE_GEARY_FEATURES=$geary STATS_COMPARE_FLAGS_FEATURES=$flags \
  "$build/bench/bench_statistics" --benchmark_filter='^compare/' --benchmark_format=csv \
  2>/dev/null | grep '^"compare/' > "$tmp/ours.csv"
Rscript "$here/compare_statistics.R" "$perm" "$features" "$geary" "$flags" > "$tmp/spdep.csv"

# Our rows are "compare/<spdep function>[/threads:T]/...",real_time in ms; spdep's are seconds.
awk -F, '
  NR == FNR { if (FNR > 1) { spdep[$1] = $3; n[$1] = $2 } next }
  {
    gsub(/"/, "", $1); split($1, part, "/")
    name = part[2]; label = name; if (part[3] ~ /^threads:/) label = name " (" part[3] ")"
    ours[++rows] = label; key[rows] = name; secs[rows] = $3 / 1000
  }
  END {
    printf "%-32s %10s %12s %12s %10s\n", "statistic", "features", "ours (s)", "spdep (s)", "ratio"
    for (r = 1; r <= rows; ++r)
      printf "%-32s %10d %12.4f %12.3f %10.0f\n", ours[r], n[key[r]], secs[r], spdep[key[r]],
             spdep[key[r]] / secs[r]
  }' "$tmp/spdep.csv" "$tmp/ours.csv"
