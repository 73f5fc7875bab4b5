#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:pipeline - the whole monitor in one step from a JSON spec: join -> composite index
// -> smoothing -> hotspots -> clusters -> accessibility -> regional aggregation -> print maps,
// every layer written styled into one GeoPackage.
class PipelineAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("pipeline"); }
  QString displayName() const override;
  QString helpText() const override;
  PipelineAlgorithm *createInstance() const override { return new PipelineAlgorithm(); }
  // The print maps' layout and export belong to the main thread (QGIS runs a model with such a
  // step in the main thread too).
  Flags flags() const override { return ResilienceAlgorithm::flags() | FlagNoThreading; }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  // The spec's layers and tables are inputs, and OUTPUT is written layer by layer (the layers the
  // spec writes), so an existing GeoPackage keeps its other layers.
  void datasetLocations(const QVariantMap &parameters, QgsProcessingContext &context,
                        QList<DatasetLocation> &inputs,
                        QList<DatasetLocation> &outputs) const override;
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
