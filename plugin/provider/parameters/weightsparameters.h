#pragma once
// The spatial weights parameters every neighbourhood algorithm offers, declared and read in one
// place so they have the same names, defaults and help everywhere:
//   WEIGHTS (queen | rook | knn | distance | kernel), K, DISTANCE, KERNEL, BANDWIDTH, ADAPTIVE,
//   TOLERANCE, POINTS, ISLANDS (keep | attach), ROW_STANDARDISE, WEIGHTS_FILE (GAL/GWT), ID_FIELD.
#include "layers/featurecolumns.h"
#include "weights/spatial_weights.h"

#include <qgscoordinatereferencesystem.h>

#include <QList>
#include <QString>
#include <QVariantMap>

#include <string>
#include <vector>

class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;
class QgsProcessingParameterDefinition;
class QgsFeatureSource;

namespace WeightsParameters {

// Definitions to add in initAlgorithm (ownership passes to the algorithm); inputParameter is the
// layer the ID_FIELD belongs to.
QList<QgsProcessingParameterDefinition *> definitions(const QString &inputParameter,
                                                      bool rowStandardiseByDefault = true);

// Help text paragraph on the weights choices, for shortHelpString.
QString helpText();

// The features' spatial weights as the parameters ask: built from the geometries, or read from
// WEIGHTS_FILE. They are not row-standardised yet: statistics such as Gi* standardise after adding
// the feature itself (spdep include.self), so ROW_STANDARDISE is passed on as a flag. Logs the
// connectivity report, repaired geometries and islands through feedback (naming features by
// ID_FIELD or feature id).
struct Built {
  resilience::SpatialWeights weights;
  resilience::ConnectivityReport report;
  bool rowStandardise = true;          // ROW_STANDARDISE
  std::vector<std::string> featureIds; // ID_FIELD values, or feature positions, in layer order
  QString description;                 // method and parameters, for logs and outputs
};

Built build(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
            QgsProcessingContext &context, const QgsFeatureSource &source,
            const FeatureColumns &features, QgsProcessingFeedback *feedback);

// The ids written to and read from GAL/GWT files: ID_FIELD values, or 1-based feature positions.
// With ID_FIELD empty and a weightsFile whose header names its id field ("0 100 sids2 FIPSNO",
// as GeoDa writes), that field's values, when the layer has it (reported through feedback).
std::vector<std::string> featureIds(const QgsProcessingAlgorithm &algorithm,
                                    const QVariantMap &parameters, QgsProcessingContext &context,
                                    const QgsFeatureSource &source, const FeatureColumns &features,
                                    const QString &weightsFile = QString(),
                                    QgsProcessingFeedback *feedback = nullptr);

} // namespace WeightsParameters
