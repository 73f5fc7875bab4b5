#pragma once
// Output sinks that write layers into a GeoPackage quickly. QGIS writes an output given as a layer
// of a GeoPackage ("ogr:dbname='out.gpkg' table=\"scores\" (geom)", as the pipeline names its
// layers and as the Processing dialog offers) through the OGR data provider, a buffer of 1000
// features at a time; QgsVectorFileWriter, which QGIS uses for plain file outputs, writes the
// same layer in one transaction in about half the time. Here QgsVectorFileWriter creates the
// layer, empty, and the features go straight into its table through SQLite
// (io/geopackage_rows.h: GDAL builds an OGR feature per row and parses each geometry again; 100,000
// polygons 0.5 s -> 0.25 s), with the values and feature ids QgsVectorFileWriter would write, and
// the layer's spatial index is packed in bulk once they are written (geopackage_rtree.h; GDAL 3.6
// fills it row by row, 15 s per million). A layer with a field only QgsVectorFileWriter converts
// (a date, a list) is written by QgsVectorFileWriter, with GDAL's index. A plain "out.gpkg" output
// (QgsVectorFileWriter's already) is written the same way, without waiting for the disk, and its
// layer is named after the target, as QGIS names it ("out"). Every other destination goes to
// QgsProcessingParameters::parameterAsSink.
//
// The sink finishes the layer in flushBuffer() (ResilienceAlgorithm::closeSink), which reports
// failures through lastError().
#include <qgscoordinatereferencesystem.h>
#include <qgsfeaturesink.h>
#include <qgsfields.h>
#include <qgswkbtypes.h>

#include <QVariantMap>

#include <memory>

class QgsProcessingAlgorithm;
class QgsProcessingContext;

// As QgsProcessingAlgorithm::parameterAsSink (null for an optional output left unset); throws
// QgsProcessingException when the layer cannot be created. `destination` receives the written
// layer ("out.gpkg|layername=scores").
std::unique_ptr<QgsFeatureSink> createOutputSink(const QgsProcessingAlgorithm &algorithm,
                                                 const QVariantMap &parameters, const QString &name,
                                                 QgsProcessingContext &context,
                                                 QString &destination, const QgsFields &fields,
                                                 QgsWkbTypes::Type wkbType,
                                                 const QgsCoordinateReferenceSystem &crs);
