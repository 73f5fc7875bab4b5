#pragma once
// One output field computed for every feature, in layer order, ready to append to a copy of the
// input layer.
#include <qgsfield.h>

#include <QVariant>

#include <vector>

struct ResultColumn {
  QgsField field;
  std::vector<QVariant> values; // one per feature (a NULL QVariant for NULL)

  // A Double field; NaN and infinities become NULL.
  static ResultColumn numbers(const QString &name, const std::vector<double> &values);
};
