#pragma once
// One output field computed for every feature, in layer order, ready to append to a copy of the
// input layer.
#include "common/masked_values.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfield.h>
#include <qgsfields.h>
#include <qgswkbtypes.h>

#include <QVariant>

#include <cmath>
#include <cstdint>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

// values[i] * scale as a QVariant of `type` (an integer type holds it as a whole number), or NULL
// of that type where values is not valid or has no value i.
QVariant maskedValue(const resilience::MaskedValues &values, std::size_t i,
                     QVariant::Type type = QVariant::Double, double scale = 1.0);

struct ResultColumn {
  QgsField field;
  std::vector<QVariant> values;    // one per feature (a NULL QVariant for NULL), or empty when...
  std::vector<double> doubles;     // ...the column is a Double field kept as plain numbers, or...
  std::vector<std::uint8_t> codes; // ...a column of labels: categories[codes[i]] (labels())
  std::vector<QVariant> categories;

  explicit ResultColumn(QgsField field, std::vector<QVariant> values = {},
                        std::vector<double> doubles = {})
      : field(std::move(field)), values(std::move(values)), doubles(std::move(doubles)) {}
  // Moved, not copied, when a vector of columns grows: QgsField's copy is not noexcept, so the
  // implicit move would not be either, and std::vector would copy every column's million values
  // on each reallocation.
  ResultColumn(ResultColumn &&) noexcept = default;
  ResultColumn &operator=(ResultColumn &&) noexcept = default;
  ResultColumn(const ResultColumn &) = default;
  ResultColumn &operator=(const ResultColumn &) = default;

  std::size_t size() const {
    return !values.empty() ? values.size() : !codes.empty() ? codes.size() : doubles.size();
  }
  QVariant value(std::size_t i) const {
    if (!values.empty())
      return values[i];
    if (!codes.empty())
      return categories[codes[i]];
    return std::isfinite(doubles[i]) ? QVariant(doubles[i]) : QVariant(QVariant::Double);
  }

  // A Double field; NaN and infinities become NULL. Kept as numbers, made QVariants only while
  // the features are written: ten million QVariants cost seconds to make and to free.
  static ResultColumn numbers(const QString &name, std::vector<double> values);

  // A field of `type` with values[i] * scale where values is valid and NULL elsewhere: a Double
  // field kept as numbers, an integer field (Int, LongLong) with the values as whole numbers.
  static ResultColumn masked(const QString &name, const resilience::MaskedValues &values,
                             QVariant::Type type = QVariant::Double, double scale = 1.0);

  // A String field with a label per feature, labelOf(i), from a small set of texts (class names).
  // Kept as a byte per feature naming its label (up to 256 labels; QVariants beyond): a million
  // labels cost 1 MB rather than 16, and the texts a handful of allocations rather than a million.
  static ResultColumn labels(const QString &name, std::size_t count,
                             const std::function<const char *(std::size_t)> &labelOf);
};

static_assert(std::is_nothrow_move_constructible_v<ResultColumn>);

// The columns given, moved into a vector (an initializer list would copy each of them).
template <typename... Columns> std::vector<ResultColumn> resultColumns(Columns &&...columns) {
  std::vector<ResultColumn> all;
  all.reserve(sizeof...(columns));
  (all.push_back(std::forward<Columns>(columns)), ...);
  return all;
}

// The features an output copies before its result columns: their fields, geometry type and CRS,
// and next(), which gives them one by one in order and false after the last. When they are every
// feature of an in-process layer, in order, inProcessLayer names it: an in-process output can then
// share that layer's columns instead of copying each feature (deriveInProcessOutput).
struct FeatureRows {
  QgsFields fields;
  QgsWkbTypes::Type wkbType = QgsWkbTypes::Unknown;
  QgsCoordinateReferenceSystem crs;
  std::function<bool(QgsFeature &)> next;
  QString inProcessLayer = QString();
};
