#!/usr/bin/env bash
# Installs what a bare Debian 12 machine lacks for building and testing the plugin, then
# configures and builds everything in build/. Safe to run again: it installs nothing twice and
# rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libgdal-dev libgeos-dev libproj-dev libsqlite3-dev gdal-bin
  libqgis-dev qgis qgis-providers python3-qgis libglpk-dev
  qtbase5-dev libqt5svg5-dev libqt5webkit5-dev qttools5-dev qttools5-dev-tools
  googletest libgtest-dev libbenchmark-dev
  xvfb xauth sqlite3 poppler-utils
  clang libclang-rt-14-dev postgresql postgresql-15-postgis-3 dpkg-dev
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
