#pragma once
// Where a feature-sink output goes ("out.gpkg", "ogr:dbname=...", "memory:Hotspots"), as
// QgsProcessingParameters::parameterAsOutputLayer resolves it, but without its side effect: that
// call also registers the destination to load on completion when the dialog asked to open the
// output. For a temporary output it registers "memory:<description>", beside the layer id that
// parameterAsSink registers for the memory layer it then creates; QGIS desktop's post-processing
// (Postprocessing.py) cannot find the first and reports "The following layers were not correctly
// generated". Ask here, never parameterAsOutputLayer, before the sink is created.
#include <QString>
#include <QVariant>

class QgsProcessingContext;
class QgsProcessingParameterDefinition;

QString outputDestination(const QgsProcessingParameterDefinition *definition, QVariant value,
                          QgsProcessingContext &context);
