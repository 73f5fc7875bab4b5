#pragma once
// Reading a feature source into the core's inputs: geometries as WKB blobs (empty for NULL
// geometries) and numeric fields as masked values (NULL -> invalid). One pass over the features,
// in the source's order, so a second getFeatures() pass can write the results back.
#include "common/masked_values.h"

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
  std::size_t size() const { return wkb.size(); }
};

// fields: names of numeric fields ("" = not requested, gives an empty column); parameters: the
// parameter each field came from, for messages. A text field (a CSV column) is read as numbers
// with resilience:jointable's rules and default NODATA, reported. Throws QgsProcessingException
// naming the parameter and field when a field does not exist or its text is not numbers. Honours
// Cancel.
FeatureColumns readFeatureColumns(const QgsFeatureSource &source, const QStringList &fields,
                                  const QStringList &parameters, QgsProcessingFeedback *feedback,
                                  QgsFeatureRequest request = QgsFeatureRequest());

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
