#pragma once
// Makes every output open styled: the QML from styles/ is stored as the default style in the
// GeoPackage's layer_styles table (headless runs, and files that travel), and a post-processor
// applies it when QGIS desktop loads the result.
#include <QString>

class QgsProcessingContext;
class QgsProcessingFeedback;

// styleName is a file name in styles/ without ".qml", e.g. "neighbourhoods" or "gi_bins".
void styleOutput(const QString &destination, const QString &styleName,
                 QgsProcessingContext &context, QgsProcessingFeedback *feedback);
