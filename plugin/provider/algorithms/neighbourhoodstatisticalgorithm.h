#pragma once
// Shared shape of the algorithms that compute a per-feature statistic over spatial weights
// (hotspots, local Moran, smoothing): INPUT polygons, numeric fields, the weights parameters, and
// an OUTPUT copy of INPUT with the result fields appended and styled. Subclasses declare their own
// parameters and compute columns; reading, weights and writing live here once.
#include "algorithms/resiliencealgorithm.h"
#include "layers/featurecolumns.h"
#include "layers/resultcolumn.h"
#include "parameters/weightsparameters.h"

#include <vector>

class NeighbourhoodStatisticAlgorithm : public ResilienceAlgorithm {
public:
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) final;

protected:
  // Parameters of the statistic, declared after INPUT and before the weights parameters.
  virtual void initStatisticParameters() = 0;
  // The numeric fields to read, and the parameter each comes from (for messages); an empty name
  // gives an empty column.
  virtual QStringList numericFieldParameters() const = 0;
  // The fields to read and, for each, the parameter it came from. By default one field per
  // numericFieldParameters() entry; a parameter holding several fields (FIELDS) overrides this.
  virtual void numericFields(const QVariantMap &parameters, QgsProcessingContext &context,
                             QStringList &fields, QStringList &fieldParameters) const;
  virtual QString outputDescription() const = 0;
  virtual bool rowStandardiseByDefault() const { return true; }
  // False when these parameters ask for a statistic without neighbours (smoothing METHOD=eb):
  // the weights are then not built and compute gets empty ones.
  virtual bool usesWeights(const QVariantMap &, QgsProcessingContext &) const { return true; }
  // The result columns for every feature; throws on bad input.
  virtual std::vector<ResultColumn> compute(const QVariantMap &parameters,
                                            QgsProcessingContext &context,
                                            QgsProcessingFeedback *feedback,
                                            const FeatureColumns &features,
                                            const WeightsParameters::Built &weights) = 0;
  // The style from styles/ for the output.
  virtual QString styleName(const QVariantMap &parameters) const = 0;
  // The field the style's legend names ("Hot spot of low {field}"); none by default.
  virtual QString legendField(const QVariantMap &) const { return QString(); }

private:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) final;
};
