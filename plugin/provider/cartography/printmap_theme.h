#pragma once
// What a print map shows (its SHOW parameter) turned into a styled layer.
#include <QString>

#include <memory>

class QgsVectorLayer;

struct MapTheme {
  QString field;          // the classified field of INPUT
  QString legendTitle;    // the theme layer's name, the heading of its legend classes
  bool graduated = false; // graduated styles draw nothing for NULL: the map adds a no-data layer
};

// Styles `layer` (a copy of INPUT) for SHOW: "score" (resilience or resilience_class),
// "hotspots" (risk_bin, else gi_bin), "clusters" (risk_cluster, else lisa_cluster), "stacking"
// (stacking_class), "geary" (lg_cluster), or a field name. Fields with a style in styles/
// (resilience, resilience_class, risk_bin, risk_cluster, gi_bin, lisa_cluster, acc_nearest_m,
// stacking_class, lg_cluster, score_<domain>, flag_<field>) get that style (the risk fields with
// risk in red, the direction read from the features); any other numeric field gets 5 quantile
// classes built from its values. Throws QgsProcessingException naming the missing or unusable
// field. riskField: the field the risk fields were computed on, named in their legend; empty:
// "values".
MapTheme applyMapTheme(QgsVectorLayer &layer, const QString &show, const QString &language,
                       const QString &riskField = QString());

// True when the features of `layer` show that its risk field (risk_bin or risk_cluster) was
// turned towards low values (where the statistic is significant the risk field is its negation);
// false for high values, for a layer without the statistic or without a significant feature.
bool lowValuesAreTheRisk(const QgsVectorLayer &layer, const QString &riskField);

// INPUT features whose shown field is NULL (or, for a numeric field, a CBS no-data code at or
// below -99995), hatched grey under the classes, named "No data" in `language`. None when every
// feature has a value, or when the provider cannot filter on the field (a virtual field).
std::unique_ptr<QgsVectorLayer> noDataLayer(const QgsVectorLayer &input, const QString &field,
                                            const QString &language);
