#pragma once
// QGIS applies Processing's "Invalid features filtering" setting while a QgsProcessingFeatureSource
// is read; its desktop default, "Stop algorithm execution when a geometry is invalid", aborts a
// run at the first self-intersecting polygon (113 of the 484 municipalities of 2015). Our
// algorithms do not need QGIS to filter: where they use a polygon's shape (contiguity,
// representative points, region dissolve) the core repairs a copy with GEOS MakeValid and reports
// it, and the geometries they write are the input's, copied unchanged. So the sources they read
// skip that default. A filter the user chose for one input (the wrench beside the layer in the
// dialog, QgsProcessingFeatureSourceDefinition::FlagOverrideDefaultGeometryCheck) still applies.
#include <QString>
#include <QVariantMap>

#include <memory>

class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeatureSource;

// The source of feature-source parameter `name` (nullptr when none is given or it cannot be
// read), reading invalid geometries instead of stopping at them unless the user asked otherwise
// for this input.
std::unique_ptr<QgsProcessingFeatureSource>
parameterAsUncheckedSource(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                           const QString &name, QgsProcessingContext &context);

// The same, never nullptr: without a readable source it throws QgsProcessingException with QGIS's
// message for it (QgsProcessingAlgorithm::invalidSourceError: "Could not load source layer for
// INPUT: ...").
std::unique_ptr<QgsProcessingFeatureSource>
requireUncheckedSource(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                       const QString &name, QgsProcessingContext &context);
