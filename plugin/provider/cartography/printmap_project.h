#pragma once
// OUTPUT_PROJECT: a QGIS project (.qgz) holding the map book as an atlas print layout over the
// regions, with every layer it draws, styled, so a user can open it, move a legend, change a
// title and export all pages again with QGIS's own atlas export. The map book's helper layers
// are memory layers; they are written to a GeoPackage beside the project
// (<project>_layers.gpkg), which must not exist yet.
#include "cartography/printmap_layout.h"

#include <QString>

#include <functional>

class QgsCoordinateTransformContext;
class QgsPrintLayout;

// The GeoPackage beside the project that keeps its helper layers.
QString projectLayersPath(const QString &projectPath);

// Writes the project. addFrontPages adds the front pages to the layout when the book has them.
// Throws QgsProcessingException naming the file that could not be written; the caller removes
// the project and projectLayersPath(path).
void writeMapBookProject(const QString &path, const PrintMapSpec &spec,
                         const std::function<void(QgsPrintLayout *)> &addFrontPages,
                         const QgsCoordinateTransformContext &transformContext);
