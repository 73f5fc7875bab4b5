#pragma once
// Refuses, before anything is written, an output whose format would shorten the names of its
// fields (a shapefile keeps 10 characters: "lisa_cluster" becomes "lisa_clust", which the style,
// the report and later steps do not know). The rule per format is in the core
// (io/field_name_limits.h).
#include <QString>
#include <QVariantMap>

class QgsFields;
class QgsProcessingAlgorithm;
class QgsProcessingContext;

// Throws QgsProcessingException naming the output parameter, the fields and the remedy.
void requireFieldNamesFit(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                          const QString &name, QgsProcessingContext &context,
                          const QgsFields &fields);

// A name for a field added to `taken` that none of its fields has (QgsFields::lookupField, which
// ignores case): wanted itself, or wanted_2, wanted_3, ...
QString uniqueFieldName(const QgsFields &taken, const QString &wanted);
