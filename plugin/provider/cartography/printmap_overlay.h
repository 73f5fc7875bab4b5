#pragma once
// What a map book page draws over its choropleth: the risk hot spots or risk clusters as
// hatching with a bold outline (OVERLAY), and the neighbourhoods' names (LABEL_FIELD).
#include <QString>

#include <memory>

class QgsVectorLayer;

// OVERLAY: "hotspots" (risk_bin >= 2: risk hot spots at 95 % confidence or more) or "clusters"
// (risk_cluster = 'Risk cluster'), as a styled copy of INPUT named for the legend; nullptr for
// "none". riskField names the field the statistic was computed on, for the legend. Throws
// QgsProcessingException naming the field INPUT lacks.
std::unique_ptr<QgsVectorLayer> overlayLayer(const QgsVectorLayer &input, const QString &overlay,
                                             const QString &riskField, const QString &language);

// Names the features of `layer` by labelField with QGIS's labelling engine, on region pages only
// and only the features whose point on surface lies in the page's region. Labels never overlap:
// when space is short the engine drops the less important ones, and the lowest scores of
// scoreField (when given) are the most important.
void applyNameLabels(QgsVectorLayer &layer, const QString &labelField, const QString &scoreField);
