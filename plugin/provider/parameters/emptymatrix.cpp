#include "parameters/emptymatrix.h"

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>

#include <algorithm>

namespace {

// A list of cells, flat as the dialog sends it or row by row as scripts may (nested lists), or
// one text (a command line's "" or "a,b").
bool isEmptyMatrix(const QVariant &value) {
  if (value.type() == QVariant::List || value.type() == QVariant::StringList) {
    const QVariantList cells = value.toList();
    return std::all_of(cells.begin(), cells.end(), isEmptyMatrix);
  }
  return !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
}

} // namespace

QVariantMap withoutEmptyMatrices(const QgsProcessingAlgorithm &algorithm,
                                 const QVariantMap &parameters) {
  QVariantMap cleaned = parameters;
  for (const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions())
    // Also the provider's own matrices (INDICATORS, type resilience_indicators).
    if (dynamic_cast<const QgsProcessingParameterMatrix *>(definition) &&
        cleaned.contains(definition->name()) && isEmptyMatrix(cleaned.value(definition->name())))
      cleaned.remove(definition->name());
  return cleaned;
}
