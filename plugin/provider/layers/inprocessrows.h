#pragma once
// How an in-process layer (inprocesslayer.h) keeps its features: a column per field and a vector
// of geometries, not a QgsFeature each. A feature's attributes cost a QVariant per field, the
// vector holding them and the feature's own part (some 600 bytes with forty fields); a number in
// a column costs 8. And a step's output shares its input's columns and geometries (derivedRows),
// adding only its result columns: at a million neighbourhoods the forty fields the pipeline
// carries are kept once, not once per step.
#include "layers/resultcolumn.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsgeometry.h>
#include <qgsrectangle.h>
#include <qgswkbtypes.h>

#include <QString>
#include <QVariant>
#include <QVector>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

// One field's values, row by row.
class InProcessColumn {
public:
  // A column for values of a field of `type`: a Double field keeps plain numbers for as long as
  // every value is a finite double or NULL, any other field (or value) QVariants.
  explicit InProcessColumn(QVariant::Type type);
  // The result column's values, as ResultColumn::value gives them.
  explicit InProcessColumn(const ResultColumn &column);

  // The next row's value, for a column made for a field's type (a sink's).
  void append(const QVariant &value);
  // A NULL of a numbers column is a NULL Double, as QGIS's memory provider gives it.
  QVariant value(std::size_t row) const;

private:
  void keepVariants();

  bool mNumbers = false;
  std::vector<double> mDoubles; // NaN for NULL
  std::vector<QVariant> mVariants;
  std::vector<std::uint8_t> mCodes; // a column of labels, as ResultColumn::labels keeps them
  std::vector<QVariant> mCategories;
};

struct InProcessRows {
  QString name;
  QgsFields fields;
  QgsWkbTypes::Type wkbType = QgsWkbTypes::Unknown;
  QgsCoordinateReferenceSystem crs;
  std::vector<std::shared_ptr<const InProcessColumn>> columns; // one per field
  QVector<QgsGeometry> geometries; // feature id i + 1 at row i; null geometries included
  QgsRectangle extent;

  std::size_t size() const { return static_cast<std::size_t>(geometries.size()); }
  // Row `row` as feature id row + 1 with the fields' values (only those in `subset` when given,
  // the others NULL, as QGIS providers answer a request for a subset) and its geometry when
  // withGeometry.
  void fill(QgsFeature &feature, std::size_t row, const QgsAttributeList *subset,
            bool withGeometry) const;
};

// Fills new in-process rows feature by feature (an in-process layer's sink).
class InProcessRowsBuilder {
public:
  explicit InProcessRowsBuilder(std::shared_ptr<InProcessRows> rows);
  // Appends the feature's attributes (at most one per field; missing ones NULL) and geometry;
  // false with error() set when it has more attributes than the layer has fields.
  bool append(const QgsFeature &feature);
  const QString &error() const { return mError; }

private:
  std::shared_ptr<InProcessRows> mRows;
  std::vector<std::shared_ptr<InProcessColumn>> mColumns;
  QString mError;
};

// New rows named `name` with `fields`: origin's columns at `kept` followed by one column per
// result column, origin's geometries (each given to conform, which adapts it to `wkbType` and
// says whether it changed it) and its CRS. Every result column has a value per row of origin.
std::shared_ptr<InProcessRows> derivedRows(const InProcessRows &origin, const QString &name,
                                           const QgsFields &fields, QgsWkbTypes::Type wkbType,
                                           const QgsAttributeList &kept,
                                           const std::vector<ResultColumn> &results,
                                           const std::function<bool(QgsGeometry &)> &conform);
