#include "parameters/weightsmethodparameter.h"

QgsProcessingParameterDefinition *WeightsMethodParameter::clone() const {
  return new WeightsMethodParameter(*this);
}

QList<NamedEnumParameter::Option> weightsMethodOptions() {
  return {{QStringLiteral("queen"), QObject::tr("Queen contiguity")},
          {QStringLiteral("rook"), QObject::tr("Rook contiguity")},
          {QStringLiteral("knn"), QObject::tr("K nearest neighbours")},
          {QStringLiteral("distance"), QObject::tr("Distance band")},
          {QStringLiteral("kernel"), QObject::tr("Kernel")}};
}

QStringList methodDependentWeightsParameters() {
  return {QStringLiteral("K"),         QStringLiteral("DISTANCE"), QStringLiteral("KERNEL"),
          QStringLiteral("BANDWIDTH"), QStringLiteral("ADAPTIVE"), QStringLiteral("KERNEL_SELF"),
          QStringLiteral("TOLERANCE"), QStringLiteral("POINTS")};
}

QStringList relevantWeightsParameters(const QString &method) {
  // As WeightsParameters::build reads them: contiguity looks at shared boundaries only; the
  // distance-based methods measure between representative points.
  if (method == QLatin1String("queen") || method == QLatin1String("rook"))
    return {QStringLiteral("TOLERANCE")};
  if (method == QLatin1String("knn"))
    return {QStringLiteral("K"), QStringLiteral("POINTS")};
  if (method == QLatin1String("distance"))
    return {QStringLiteral("DISTANCE"), QStringLiteral("POINTS")};
  if (method == QLatin1String("kernel"))
    return {QStringLiteral("K"),        QStringLiteral("KERNEL"),      QStringLiteral("BANDWIDTH"),
            QStringLiteral("ADAPTIVE"), QStringLiteral("KERNEL_SELF"), QStringLiteral("POINTS")};
  return methodDependentWeightsParameters();
}
