#!/usr/bin/env bash
# Builds the computational core and its tests with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer (scripts/ci_configure_sanitized.sh) and runs every core test. Any
# undefined behaviour aborts the test (-fno-sanitize-recover), leaks fail it too.
# Usage: scripts/ci_sanitizers.sh [build dir, default build-asan]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build-asan}"
scripts/ci_configure_sanitized.sh "$build_dir"
cmake --build "$build_dir" -j"$(nproc)"

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build_dir"
ctest --output-on-failure -j"$(nproc)"
