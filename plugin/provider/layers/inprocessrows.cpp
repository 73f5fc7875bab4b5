#include "layers/inprocessrows.h"

#include <cmath>
#include <limits>

namespace {

constexpr double kNull = std::numeric_limits<double>::quiet_NaN();

} // namespace

InProcessColumn::InProcessColumn(QVariant::Type type) : mNumbers(type == QVariant::Double) {}

InProcessColumn::InProcessColumn(const ResultColumn &column)
    : mNumbers(column.values.empty() && column.codes.empty()) {
  if (!column.codes.empty()) {
    mCodes = column.codes;
    mCategories = column.categories;
    return;
  }
  if (!mNumbers) {
    mVariants = column.values;
    return;
  }
  mDoubles.reserve(column.doubles.size());
  for (double number : column.doubles)
    mDoubles.push_back(std::isfinite(number) ? number : kNull);
}

void InProcessColumn::append(const QVariant &value) {
  if (!mNumbers) {
    mVariants.push_back(value);
    return;
  }
  if (value.isNull()) {
    mDoubles.push_back(kNull);
    return;
  }
  if (value.type() == QVariant::Double) {
    const double number = value.toDouble();
    if (std::isfinite(number)) {
      mDoubles.push_back(number);
      return;
    }
  }
  // Another type, an infinity or NaN: kept as given, as are the numbers before it.
  keepVariants();
  mVariants.push_back(value);
}

QVariant InProcessColumn::value(std::size_t row) const {
  if (!mCodes.empty())
    return mCategories[mCodes[row]];
  if (!mNumbers)
    return mVariants[row];
  const double number = mDoubles[row];
  return std::isnan(number) ? QVariant(QVariant::Double) : QVariant(number);
}

void InProcessColumn::keepVariants() {
  mVariants.reserve(mDoubles.capacity());
  for (std::size_t row = 0; row < mDoubles.size(); ++row)
    mVariants.push_back(value(row));
  mNumbers = false;
  std::vector<double>().swap(mDoubles);
}

void InProcessRows::fill(QgsFeature &feature, std::size_t row, const QgsAttributeList *subset,
                         bool withGeometry) const {
  QgsAttributes attributes(fields.count());
  if (subset) {
    for (int field : *subset)
      if (field >= 0 && field < attributes.size())
        attributes[field] = columns[static_cast<std::size_t>(field)]->value(row);
  } else {
    for (int field = 0; field < attributes.size(); ++field)
      attributes[field] = columns[static_cast<std::size_t>(field)]->value(row);
  }
  feature.setFields(fields, false);
  feature.setAttributes(attributes);
  feature.setId(static_cast<QgsFeatureId>(row) + 1);
  if (withGeometry)
    feature.setGeometry(geometries[static_cast<int>(row)]);
  else
    feature.clearGeometry();
  feature.setValid(true);
}

InProcessRowsBuilder::InProcessRowsBuilder(std::shared_ptr<InProcessRows> rows)
    : mRows(std::move(rows)) {
  for (const QgsField &field : mRows->fields) {
    mColumns.push_back(std::make_shared<InProcessColumn>(field.type()));
    mRows->columns.push_back(mColumns.back());
  }
}

bool InProcessRowsBuilder::append(const QgsFeature &feature) {
  const QgsAttributes attributes = feature.attributes();
  const int fieldCount = mRows->fields.count();
  if (attributes.size() > fieldCount) {
    mError = QObject::tr("Feature has %1 attributes where %2 has %3 fields")
                 .arg(attributes.size())
                 .arg(mRows->name)
                 .arg(fieldCount);
    return false;
  }
  for (int field = 0; field < fieldCount; ++field)
    mColumns[static_cast<std::size_t>(field)]->append(field < attributes.size() ? attributes[field]
                                                                                : QVariant());
  QgsGeometry geometry;
  if (mRows->wkbType != QgsWkbTypes::NoGeometry && feature.hasGeometry()) {
    geometry = feature.geometry();
    mRows->extent.combineExtentWith(geometry.boundingBox());
  }
  mRows->geometries.append(geometry);
  return true;
}

std::shared_ptr<InProcessRows> derivedRows(const InProcessRows &origin, const QString &name,
                                           const QgsFields &fields, QgsWkbTypes::Type wkbType,
                                           const QgsAttributeList &kept,
                                           const std::vector<ResultColumn> &results,
                                           const std::function<bool(QgsGeometry &)> &conform) {
  auto rows = std::make_shared<InProcessRows>();
  rows->name = name;
  rows->fields = fields;
  rows->wkbType = wkbType;
  rows->crs = origin.crs;
  for (int field : kept)
    rows->columns.push_back(origin.columns[static_cast<std::size_t>(field)]);
  for (const ResultColumn &result : results)
    rows->columns.push_back(std::make_shared<InProcessColumn>(result));
  rows->geometries = origin.geometries; // shared until a geometry changes
  rows->extent = origin.extent;
  bool changed = false;
  for (int row = 0; row < rows->geometries.size(); ++row) {
    QgsGeometry geometry = origin.geometries.at(row);
    if (!geometry.isNull() && conform(geometry)) {
      rows->geometries[row] = geometry;
      changed = true;
    }
  }
  if (changed) {
    rows->extent = QgsRectangle();
    for (const QgsGeometry &geometry : qAsConst(rows->geometries))
      if (!geometry.isNull())
        rows->extent.combineExtentWith(geometry.boundingBox());
  }
  return rows;
}
