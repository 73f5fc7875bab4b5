#include "layers/resultcolumn.h"

#include <limits>
#include <map>
#include <string>

ResultColumn ResultColumn::numbers(const QString &name, std::vector<double> values) {
  return ResultColumn{QgsField(name, QVariant::Double), {}, std::move(values)};
}

QVariant maskedValue(const resilience::MaskedValues &values, std::size_t i, QVariant::Type type,
                     double scale) {
  if (i >= values.size() || !values.isValid(i))
    return QVariant(type);
  const double value = values.values[i] * scale;
  switch (type) {
  case QVariant::Int:
    return static_cast<int>(value);
  case QVariant::LongLong:
    return static_cast<qlonglong>(value);
  default:
    return value;
  }
}

ResultColumn ResultColumn::masked(const QString &name, const resilience::MaskedValues &values,
                                  QVariant::Type type, double scale) {
  const std::size_t n = values.size();
  if (type == QVariant::Double) {
    std::vector<double> doubles(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < n; ++i)
      if (values.isValid(i))
        doubles[i] = values.values[i] * scale;
    return numbers(name, std::move(doubles));
  }
  ResultColumn column{QgsField(name, type), {}, {}};
  column.values.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    column.values.push_back(maskedValue(values, i, type, scale));
  return column;
}

ResultColumn ResultColumn::labels(const QString &name, std::size_t count,
                                  const std::function<const char *(std::size_t)> &labelOf) {
  ResultColumn column{QgsField(name, QVariant::String), {}, {}};
  column.codes.reserve(count);
  std::map<std::string, std::uint8_t> code;
  for (std::size_t i = 0; i < count; ++i) {
    const char *label = labelOf(i);
    auto found = code.find(label);
    if (found == code.end()) {
      if (column.categories.size() > std::numeric_limits<std::uint8_t>::max()) {
        // More labels than a byte names: every value a QVariant of its own.
        for (std::size_t j = 0; j < i; ++j)
          column.values.push_back(column.categories[column.codes[j]]);
        for (std::size_t j = i; j < count; ++j)
          column.values.push_back(QString::fromUtf8(labelOf(j)));
        column.codes.clear();
        column.categories.clear();
        return column;
      }
      found = code.emplace(label, static_cast<std::uint8_t>(column.categories.size())).first;
      column.categories.push_back(QString::fromUtf8(label));
    }
    column.codes.push_back(found->second);
  }
  return column;
}
