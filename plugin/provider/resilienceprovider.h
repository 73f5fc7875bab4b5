#pragma once
#include <qgsprocessingprovider.h>

// The "Spatial resilience" Processing provider (id "resilience"). Name and version come from
// metadata.txt through the generated resilience_metadata.h.
class ResilienceProvider : public QgsProcessingProvider {
public:
  static QString providerId() { return QStringLiteral("resilience"); }

  QString id() const override { return providerId(); }
  QString name() const override;
  QString longName() const override;
  QString versionInfo() const override;
  QIcon icon() const override;
  QString svgIconPath() const override;
  bool supportsNonFileBasedOutput() const override { return true; }

protected:
  void loadAlgorithms() override;
};
