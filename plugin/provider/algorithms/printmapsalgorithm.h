#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:printmaps - a print-ready map book: an overview page of the whole area and one atlas
// page per region (title with the region's name, legend, scale bar, north arrow, date and
// source), written as one multi-page PDF and/or one PNG per page.
class PrintMapsAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("printmaps"); }
  QString displayName() const override;
  QString helpText() const override;
  // Layouts and the project live in the main thread.
  Flags flags() const override { return ResilienceAlgorithm::flags() | FlagNoThreading; }
  PrintMapsAlgorithm *createInstance() const override { return new PrintMapsAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  // Besides the destinations: the table book's CSV files and the project's layers GeoPackage.
  void datasetLocations(const QVariantMap &parameters, QgsProcessingContext &context,
                        QList<DatasetLocation> &inputs,
                        QList<DatasetLocation> &outputs) const override;
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
