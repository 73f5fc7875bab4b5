#pragma once
// Reading a feature source into the core's inputs: geometries as WKB blobs (empty for NULL
// geometries) and numeric fields as masked values (NULL -> invalid). One pass over the features,
// in the source's order; with Rows::Kept the features themselves are kept too, and the output is
// written from them (keptRows) instead of from a second pass over the source.
#include "common/masked_values.h"
#include "layers/resultcolumn.h"

#include <qgsfeature.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingutils.h>
#include <qgswkbtypes.h>

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QgsFeatureSource;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;
class QgsFields;

struct FeatureColumns {
  std::vector<QgsFeatureId> ids;
  std::vector<std::vector<unsigned char>> wkb;
  std::vector<resilience::MaskedValues> numbers; // one per requested field, in request order
  // With Rows::Kept: each feature's attributes (every field) and geometry as the source gave them
  // (a curved geometry as it is; wkb holds it linearised). Implicitly shared with the source's
  // own copies where it has them (a memory layer in the pipeline), so keeping them is cheap there.
  std::vector<QgsAttributes> attributes;
  std::vector<QgsGeometry> geometries;
  // With Rows::Kept from an in-process layer (inprocesslayer.h): the layer, which keeps the rows
  // itself; attributes and geometries stay empty and keptRows reads the rows from it again.
  QString inProcessLayer;
  // With Rows::RequestedAttributes: one column per field of the request's subset, in its order.
  std::vector<std::vector<QVariant>> requested;
  std::size_t size() const { return wkb.size(); }
};

// Whether readFeatureColumns keeps the features themselves (FeatureColumns::attributes and
// geometries), for an output written from them: reading a GeoPackage of 100,000 polygons a second
// time cost a quarter of a second. RequestedAttributes keeps the values of the fields the
// request's subset names (a region key, a class text; FeatureColumns::requested), for the text
// fields an algorithm reads beside the numbers.
enum class Rows { NotKept, Kept, RequestedAttributes };

// fields: names of numeric fields ("" = not requested, gives an empty column); parameters: the
// parameter each field came from, for messages. A text field (a CSV column) is read as numbers
// with resilience:jointable's rules and default NODATA, reported. Throws QgsProcessingException
// naming the parameter and field when a field does not exist or its text is not numbers. Honours
// Cancel. With Rows::Kept, every field and the geometry are read and kept whatever the request's
// subset of attributes and NoGeometry flag (which still leaves wkb empty).
FeatureColumns readFeatureColumns(const QgsFeatureSource &source, const QStringList &fields,
                                  const QStringList &parameters, QgsProcessingFeedback *feedback,
                                  QgsFeatureRequest request = QgsFeatureRequest(),
                                  Rows rows = Rows::NotKept);

// The features kept by readFeatureColumns(..., Rows::Kept) from `source`, in the order read, as
// the rows an output copies (ResilienceAlgorithm::writeWithResultColumns). Each feature's
// attributes and geometry are moved out of `columns` as it is given; `columns` must outlive the
// rows.
FeatureRows keptRows(const QgsFeatureSource &source, FeatureColumns &columns);

// "3, 8, 12, and 4 more": the names of the first `shown` of `count` items (nameOf(k), k < shown),
// enough to find them, short enough for a log line.
QString shortList(std::size_t count, std::size_t shown,
                  const std::function<QString(std::size_t)> &nameOf);

// shortList of the feature ids at `indexes` (positions in `ids`), the first 10.
QString someFeatureIds(const std::vector<std::size_t> &indexes,
                       const std::vector<QgsFeatureId> &ids);

// CBS no-data codes (values at or below -99995, such as -99999997; the default NODATA of
// resilience:jointable) in the requested numeric columns become NULL, with one warning per field
// naming it, the count and the first feature ids. Returns how many values were set NULL.
std::size_t nullNoDataCodes(FeatureColumns &columns, const QStringList &fields,
                            QgsProcessingFeedback *feedback);

// Throws QgsProcessingException naming the parameter, field and feature id of the first negative
// value of column (as read by readFeatureColumns from the same source).
void requireNonNegative(const resilience::MaskedValues &column, const FeatureColumns &features,
                        const QString &parameter, const QString &field);

// The index of a numeric or text field (text is read as numbers by readFeatureColumns), or a
// QgsProcessingException naming the parameter and the layer.
int requireNumericField(const QgsFields &fields, const QString &field, const QString &parameter,
                        const QString &layerName);

// The source of a feature-source parameter, which must have the given geometry type ("what" names
// it in the message, e.g. "polygon"); throws QgsProcessingException naming the parameter.
std::unique_ptr<QgsProcessingFeatureSource>
requireSource(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
              const QString &name, QgsProcessingContext &context,
              QgsWkbTypes::GeometryType geometryType, const QString &what);
