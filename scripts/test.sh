#!/usr/bin/env bash
# Builds (installing what is missing) and runs the whole test suite: core tests without QGIS and
# plugin tests under an offscreen QgsApplication, all through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
