#pragma once
// WEIGHTS (queen | rook | knn | distance | kernel) as a parameter type of its own
// ("resilience_weights"): an enum like any other for scripts, models and the runners, whose
// desktop widget (plugin/gui) disables the weights parameters the chosen method does not read
// (K and DISTANCE with queen), using relevantWeightsParameters.
#include "parameters/namedenumparameter.h"

class WeightsMethodParameter : public NamedEnumParameter {
public:
  using NamedEnumParameter::NamedEnumParameter;

  static QString typeName() { return QStringLiteral("resilience_weights"); }
  QString type() const override { return typeName(); }
  QgsProcessingParameterDefinition *clone() const override;
};

// The methods, by option name and label, in the order WEIGHTS offers them.
QList<NamedEnumParameter::Option> weightsMethodOptions();

// The weights parameters whose value depends on the method: each is read by some methods only.
QStringList methodDependentWeightsParameters();
// Those of them that `method` (an option name: queen, knn...) reads. Parameters not listed in
// methodDependentWeightsParameters (ISLANDS, ROW_STANDARDISE, WEIGHTS_FILE...) apply to every
// method.
QStringList relevantWeightsParameters(const QString &method);
