#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ in the sanitized clang build that ci_sanitizers.sh also
# uses (scripts/ci_configure_sanitized.sh: coverage, ASan and UBSan) and runs each one for a
# bounded time from its seed corpus in fuzz/corpus/<target>.
# New inputs go to a scratch corpus in the build folder, so the repository is not changed; a
# crash leaves its reproducer there (crash-*) and fails the script.
# Usage: scripts/ci_fuzz.sh [seconds per target, default 20] [build dir, default build-asan]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
build_dir="${2:-build-asan}"
scripts/ci_configure_sanitized.sh "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
corpora="$(pwd)/fuzz/corpus"
targets=()
for source in fuzz/fuzz_*.cpp; do
  targets+=("$(basename "$source" .cpp)")
done
cmake --build "$build_dir" -j"$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for target in "${targets[@]}"; do
  scratch="$build_dir/fuzz/runs/$target"
  mkdir -p "$scratch/corpus"
  echo "== $target: ${seconds}s"
  # -max_len bounds the inputs so a run spends its time on structure, not on megabyte files;
  # -rss_limit_mb keeps the 2-core CI machine responsive.
  log="$scratch/fuzz.log"
  if (cd "$scratch" && "$build_dir/fuzz/$target" -max_total_time="$seconds" \
      -max_len=4096 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      corpus "$corpora/$target") >"$log" 2>&1; then
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || tail -n 3 "$log"
  else
    cat "$log"
    echo "!! $target failed; reproducer in $scratch (crash-*, timeout-*, oom-*)"
    status=1
  fi
done
exit $status
