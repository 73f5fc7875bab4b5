#!/usr/bin/env bash
# Checks what `cmake --install` lays out: installs the QGIS build (default build/) into a scratch
# DESTDIR and verifies that the C++ desktop plugin, the provider library it links to, the styles,
# the runner and the Python loader package land where the configured paths say, then builds the
# Debian package with CPack (cmake/packaging.cmake) and lists it. The ZIP and the installed plugin
# in real QGIS are tested by tests/plugin/test_desktop.cpp.
# Usage: scripts/ci_packaging.sh [build dir, default build]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="$(cd "${1:-build}" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

cmake --build "$build_dir" -j"$(nproc)" --target plugin_zip
DESTDIR="$stage" cmake --install "$build_dir" >/dev/null
cache() { sed -n "s/^$1:[A-Z]*=//p" "$build_dir/CMakeCache.txt"; }
prefix="$(cache CMAKE_INSTALL_PREFIX)"
qgis_plugins="$(cache RESILIENCE_QGIS_PLUGIN_DIR)"
python_plugins="$(cache RESILIENCE_PYTHON_PLUGIN_DIR)"
missing=0
expect() {
  if [ -e "$stage$1" ]; then echo "installed: $1"; else echo "MISSING:   $1"; missing=1; fi
}
expect "$qgis_plugins/libresilienceplugin.so"
expect "$python_plugins/resilience/__init__.py"
expect "$python_plugins/resilience/metadata.txt"
expect "$python_plugins/resilience/libresilience_provider.so"
expect "$prefix/bin/resilience_process"
expect "$prefix/share/qgis-resilience/styles"
provider_library="$(find "$stage$prefix" -name 'libresilience_provider.so.*' -type f | head -n 1)"
[ -n "$provider_library" ] && echo "installed: ${provider_library#"$stage"}" || {
  echo "MISSING:   libresilience_provider.so in $prefix"
  missing=1
}
# The desktop plugin must find the provider library through its RPATH once installed.
plugin_rpath="$(readelf -d "$stage$qgis_plugins/libresilienceplugin.so" | sed -n 's/.*R.*PATH.*\[\(.*\)\]/\1/p')"
[ "$plugin_rpath" = "$(dirname "${provider_library#"$stage"}")" ] ||
  { echo "RPATH of libresilienceplugin.so is '$plugin_rpath'"; missing=1; }
((missing == 0))

(cd "$build_dir" && cpack -G DEB >/dev/null && dpkg-deb --field ./*.deb Package Version Depends)
