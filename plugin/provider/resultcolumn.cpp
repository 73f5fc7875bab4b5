#include "resultcolumn.h"

#include <cmath>

ResultColumn ResultColumn::numbers(const QString &name, const std::vector<double> &values) {
  ResultColumn column{QgsField(name, QVariant::Double), {}};
  column.values.reserve(values.size());
  for (double v : values)
    column.values.push_back(std::isfinite(v) ? QVariant(v) : QVariant(QVariant::Double));
  return column;
}
