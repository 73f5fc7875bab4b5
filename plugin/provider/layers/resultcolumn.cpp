#include "layers/resultcolumn.h"

#include <map>
#include <string>

ResultColumn ResultColumn::numbers(const QString &name, std::vector<double> values) {
  return ResultColumn{QgsField(name, QVariant::Double), {}, std::move(values)};
}

ResultColumn ResultColumn::labels(const QString &name, std::size_t count,
                                  const std::function<const char *(std::size_t)> &labelOf) {
  ResultColumn column{QgsField(name, QVariant::String), {}, {}};
  column.values.reserve(count);
  std::map<std::string, QVariant> shared;
  for (std::size_t i = 0; i < count; ++i) {
    const char *label = labelOf(i);
    auto found = shared.find(label);
    if (found == shared.end())
      found = shared.emplace(label, QString::fromUtf8(label)).first;
    column.values.push_back(found->second);
  }
  return column;
}
