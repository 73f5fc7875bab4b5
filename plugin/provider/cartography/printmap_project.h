#pragma once
// OUTPUT_PROJECT: a QGIS project (.qgz) holding the map book as an atlas print layout over the
// regions, with every layer it draws, styled, so a user can open it, move a legend, change a
// title and export all pages again with QGIS's own atlas export. The map book's helper layers
// are memory layers; they are written to a GeoPackage beside the project
// (<project>_layers.gpkg). That file is an output of the run, staged as the others
// (outputstaging.h): a run again replaces the layers it writes there, and the file's other layers
// stay.
#include "cartography/printmap_layout.h"
#include "layers/datasetlocations.h"

#include <QList>
#include <QString>

#include <functional>

class QgsCoordinateTransformContext;
class QgsPrintLayout;

// The GeoPackage beside the project that keeps its helper layers.
QString projectLayersPath(const QString &projectPath);

// The outputs of a map book beyond its destination parameters, for datasetLocations: the table
// book's files in place of OUTPUT_TABLEBOOK's (tableBookFiles: a folder or CSV files), and the
// layers of projectLayersPath(projectPath). Empty paths add nothing.
void addMapBookLocations(const QString &tableBookPath, const QString &projectPath,
                         const QString &language, QList<DatasetLocation> &outputs);

// Writes the project, its layers into the run's temporary copy of projectLayersPath(path)
// (OutputStaging::writtenAt); the project names the layers file the run leaves behind.
// addFrontPages adds the front pages to the layout when the book has them. Throws
// QgsProcessingException naming the file that could not be written; the caller removes the
// project.
void writeMapBookProject(const QString &path, const PrintMapSpec &spec,
                         const std::function<void(QgsPrintLayout *)> &addFrontPages,
                         const QgsCoordinateTransformContext &transformContext);
