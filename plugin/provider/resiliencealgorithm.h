#pragma once
#include "namedenumparameter.h"

#include <qgsprocessingalgorithm.h>

// Base of every algorithm in the provider. It turns the core's errors into
// QgsProcessingException so that nothing else ever crosses into QGIS, and it declares and reads
// enum parameters by option name.
class ResilienceAlgorithm : public QgsProcessingAlgorithm {
protected:
  // What the algorithm does; called by processAlgorithm inside the error translation.
  virtual QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback) = 0;

  void addNamedEnumParameter(const QString &name, const QString &description,
                             const QList<NamedEnumParameter::Option> &options,
                             const QString &defaultOption, bool optional = false);
  // The option name ("cbs", "queen") chosen for an enum parameter declared with
  // addNamedEnumParameter; throws QgsProcessingException naming the parameter when invalid.
  QString enumName(const QVariantMap &parameters, const QString &name) const;

  // Throws QgsProcessingException when the user pressed Cancel, so no output is written after it.
  static void stopIfCanceled(QgsProcessingFeedback *feedback);

private:
  QVariantMap processAlgorithm(const QVariantMap &parameters, QgsProcessingContext &context,
                               QgsProcessingFeedback *feedback) final;
};
