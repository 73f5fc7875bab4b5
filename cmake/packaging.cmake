# Packaging: the Debian package (cpack -G DEB in a build configured with
# -DCMAKE_INSTALL_PREFIX=/usr, see scripts/ci_packaging.sh) and the wiring that lets the plugin
# tests install the "Install from ZIP" archive into fresh QGIS profiles
# (tests/plugin/desktop_support.cpp).
if(NOT RESILIENCE_WITH_QGIS)
  return()
endif()

set(RESILIENCE_PLUGIN_ZIP "${CMAKE_BINARY_DIR}/resilience-${PROJECT_VERSION}.zip")
if(TARGET plugin_tests)
  add_dependencies(plugin_tests plugin_zip)
  set_property(SOURCE "${PROJECT_SOURCE_DIR}/tests/plugin/desktop_support.cpp" DIRECTORY
               "${PROJECT_SOURCE_DIR}/tests/plugin" APPEND PROPERTY COMPILE_DEFINITIONS
               "RESILIENCE_PLUGIN_ZIP=\"${RESILIENCE_PLUGIN_ZIP}\"")
endif()

# Everything `cmake --install` puts in place goes into one package; dpkg-shlibdeps works out the
# library dependencies (QGIS, Qt, GDAL, GEOS, PROJ) from the installed binaries.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "qgis-plugin-resilience")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${RESILIENCE_META_name}: ${RESILIENCE_META_description}")
set(CPACK_PACKAGE_CONTACT "${RESILIENCE_META_author} <${RESILIENCE_META_email}>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qgis (>= 3.22), python3-qgis, libglpk40")
set(CPACK_STRIP_FILES ON)
include(CPack)
