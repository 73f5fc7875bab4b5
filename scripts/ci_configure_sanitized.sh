#!/usr/bin/env bash
# Configures one clang build of the core, its tests and the libFuzzer targets with
# AddressSanitizer and UndefinedBehaviorSanitizer (no QGIS, no benchmarks). The core is also
# instrumented for libFuzzer's coverage (fuzzer-no-link), so the sanitizer test run
# (ci_sanitizers.sh) and the fuzzing (ci_fuzz.sh) share one compile of the core.
# Usage: scripts/ci_configure_sanitized.sh <build dir>
set -euo pipefail
cd "$(dirname "$0")/.."
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
flags+=" -fno-omit-frame-pointer"
cmake -S . -B "$1" -DRESILIENCE_WITH_QGIS=OFF -DRESILIENCE_BENCHMARKS=OFF -DRESILIENCE_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
