#!/usr/bin/env bash
# Builds (installing what is missing), starts the local PostgreSQL/PostGIS server the PostGIS
# tests need (scripts/ci_postgis.sh) and runs the whole test suite: core tests without QGIS and
# plugin tests under an offscreen QgsApplication, all through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The PostGIS tests need a server; without one they are skipped, so a newcomer's run would test
# less than CI's. Start it as .ci/run does (safe to run again).
scripts/ci_postgis.sh
export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
