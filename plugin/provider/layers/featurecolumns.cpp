#include "layers/featurecolumns.h"

#include "algorithms/cancelflag.h"
#include "io/number_parsing.h"
#include "layers/inprocesslayer.h"
#include "layers/uncheckedsource.h"

#include <qgsabstractgeometry.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <cmath>

int requireNumericField(const QgsFields &fields, const QString &field, const QString &parameter,
                        const QString &layerName) {
  const int index = fields.lookupField(field);
  if (index < 0)
    throw QgsProcessingException(
        QObject::tr("%1: field '%2' does not exist in %3 (fields: %4)")
            .arg(parameter, field, layerName, fields.names().join(QStringLiteral(", "))));
  if (!fields.at(index).isNumeric() && fields.at(index).type() != QVariant::String)
    throw QgsProcessingException(
        QObject::tr("%1: field '%2' of %3 is %4, not numeric")
            .arg(parameter, field, layerName, fields.at(index).typeName()));
  return index;
}

namespace {

// A text field (a CSV column, a field typed String) read as numbers with the rules of
// resilience:jointable (io/number_parsing.h parseColumn with its default NODATA): one decimal
// separator for the column, no-data markers as NULL, codes with leading zeros refused. Reported;
// throws naming the field and a cell when the text is not numbers.
resilience::MaskedValues numbersFromText(const std::vector<resilience::Cell> &cells,
                                         const QString &parameter, const QString &field,
                                         const QString &layerName,
                                         QgsProcessingFeedback *feedback) {
  static const resilience::NoDataRules rules =
      resilience::NoDataRules::parse(resilience::NoDataRules::cbsDefault());
  const resilience::ParsedColumn parsed = resilience::parseColumn(cells, rules);
  if (!parsed.numeric)
    throw QgsProcessingException(
        QObject::tr("%1: field '%2' of %3 is string, not numeric: %4")
            .arg(parameter, field, layerName,
                 !parsed.textReason.empty() ? QString::fromStdString(parsed.textReason)
                 : parsed.firstNonNumeric.empty()
                     ? QObject::tr("it holds no number")
                     : QObject::tr("'%1' is not a number")
                           .arg(QString::fromStdString(parsed.firstNonNumeric))));
  if (feedback) {
    feedback->pushInfo(QObject::tr("%1: field '%2' of %3 is text; it is read as numbers as "
                                   "resilience:jointable reads them (%4 no-data marker(s) "
                                   "of '%5' read as NULL)")
                           .arg(parameter, field, layerName)
                           .arg(parsed.noDataCount)
                           .arg(QString::fromLatin1(resilience::NoDataRules::cbsDefault())));
    if (!parsed.separatorNote.empty())
      feedback->pushWarning(
          QObject::tr("%1: %2").arg(field, QString::fromStdString(parsed.separatorNote)));
  }
  return parsed.values;
}

} // namespace

FeatureColumns readFeatureColumns(const QgsFeatureSource &source, const QStringList &fields,
                                  const QStringList &parameters, QgsProcessingFeedback *feedback,
                                  QgsFeatureRequest request, Rows rows) {
  std::vector<int> indexes;
  for (int k = 0; k < fields.size(); ++k)
    indexes.push_back(fields[k].isEmpty()
                          ? -1
                          : requireNumericField(source.fields(), fields[k], parameters.value(k),
                                                source.sourceName()));
  FeatureColumns columns;
  columns.numbers.resize(indexes.size());
  const long expected = source.featureCount();
  if (expected > 0)
    columns.wkb.reserve(static_cast<std::size_t>(expected));
  // An in-process layer keeps its rows itself, in columns: copies of its features would cost
  // more than the layer (keptRows reads them from it again).
  if (rows == Rows::Kept)
    columns.inProcessLayer = inProcessLayerOf(source);
  const bool keepRows = rows == Rows::Kept && columns.inProcessLayer.isEmpty();
  QgsAttributeList requested;
  if (rows == Rows::RequestedAttributes &&
      (request.flags() & QgsFeatureRequest::SubsetOfAttributes))
    requested = request.subsetOfAttributes();
  columns.requested.resize(static_cast<std::size_t>(requested.size()));
  // A request without geometry gives no WKB, even when the geometries are kept for the output.
  const bool readWkb = !(request.flags() & QgsFeatureRequest::NoGeometry);
  if (keepRows) {
    request.setFlags(request.flags() &
                     ~(QgsFeatureRequest::SubsetOfAttributes | QgsFeatureRequest::NoGeometry));
    if (expected > 0) {
      columns.attributes.reserve(static_cast<std::size_t>(expected));
      columns.geometries.reserve(static_cast<std::size_t>(expected));
    }
  } else {
    // Only the requested fields: a result layer late in the pipeline carries some forty.
    QgsAttributeList wanted = requested;
    for (int index : indexes)
      if (index >= 0)
        wanted << index;
    request.setSubsetOfAttributes(wanted);
  }
  std::vector<std::vector<std::size_t>> infinite(indexes.size()); // positions, per field
  std::vector<std::size_t> curved;                                // positions
  // Text fields are collected as cells and read as numbers once the whole column is known.
  std::vector<bool> text(indexes.size(), false);
  std::vector<std::vector<resilience::Cell>> cells(indexes.size());
  for (std::size_t k = 0; k < indexes.size(); ++k)
    text[k] = indexes[k] >= 0 && !source.fields().at(indexes[k]).isNumeric();
  QgsFeatureIterator it = source.getFeatures(request);
  QgsFeature feature;
  while (it.nextFeature(feature)) {
    throwIfCanceled(feedback);
    columns.ids.push_back(feature.id());
    if (keepRows) {
      columns.attributes.push_back(feature.attributes());
      columns.geometries.push_back(feature.geometry());
    }
    for (int k = 0; k < requested.size(); ++k)
      columns.requested[static_cast<std::size_t>(k)].push_back(feature.attribute(requested[k]));
    QgsGeometry geometry = feature.geometry();
    if (!readWkb || geometry.isNull() || geometry.isEmpty()) {
      columns.wkb.emplace_back();
    } else {
      // Arcs (CurvePolygon, MultiSurface: PDOK/BGT boundaries) become straight segments with
      // QGIS's default segmentisation; the core reads linear geometries only.
      if (QgsWkbTypes::isCurvedType(geometry.wkbType())) {
        geometry = QgsGeometry(geometry.constGet()->segmentize());
        curved.push_back(columns.ids.size() - 1);
      }
      const QByteArray bytes = geometry.asWkb();
      columns.wkb.emplace_back(bytes.cbegin(), bytes.cend());
    }
    for (std::size_t k = 0; k < indexes.size(); ++k) {
      if (indexes[k] < 0)
        continue;
      const QVariant value = feature.attribute(indexes[k]);
      if (text[k]) {
        cells[k].push_back(value.isNull()
                               ? resilience::Cell::null()
                               : resilience::Cell::ofText(value.toString().toStdString()));
        continue;
      }
      bool ok = false;
      const double number = value.isNull() ? 0.0 : value.toDouble(&ok);
      if (ok && !std::isfinite(number))
        infinite[k].push_back(columns.ids.size() - 1);
      columns.numbers[k].values.push_back(ok ? number : 0.0);
      columns.numbers[k].valid.push_back(ok && std::isfinite(number) ? 1 : 0);
    }
  }
  if (!curved.empty() && feedback)
    feedback->pushInfo(QObject::tr("%1 curved geometry(ies) were linearised (QGIS "
                                   "segmentisation): feature ids %2")
                           .arg(curved.size())
                           .arg(someFeatureIds(curved, columns.ids)));
  for (std::size_t k = 0; k < indexes.size(); ++k)
    if (text[k])
      columns.numbers[k] =
          numbersFromText(cells[k], parameters.value(static_cast<int>(k)),
                          fields[static_cast<int>(k)], source.sourceName(), feedback);
  for (std::size_t k = 0; k < indexes.size(); ++k)
    if (!infinite[k].empty() && feedback)
      feedback->pushWarning(QObject::tr("Field '%1': %2 infinite or NaN value(s) are read as NULL "
                                        "(feature ids %3)")
                                .arg(fields[static_cast<int>(k)])
                                .arg(infinite[k].size())
                                .arg(someFeatureIds(infinite[k], columns.ids)));
  return columns;
}

namespace {

// The rows read from an in-process layer, read from it again: all of them in one pass when they
// were all its features in order, else one by one by id.
FeatureRows inProcessRowsRead(const QgsFeatureSource &source, const FeatureColumns &columns) {
  bool whole = static_cast<long long>(columns.ids.size()) == source.featureCount();
  for (std::size_t i = 0; whole && i < columns.ids.size(); ++i)
    whole = columns.ids[i] == static_cast<QgsFeatureId>(i) + 1;
  FeatureRows rows{source.fields(), source.wkbType(), source.sourceCrs(), {}};
  if (whole) {
    auto it = std::make_shared<QgsFeatureIterator>(source.getFeatures());
    rows.next = [it](QgsFeature &feature) { return it->nextFeature(feature); };
    rows.inProcessLayer = columns.inProcessLayer;
    return rows;
  }
  std::size_t next = 0;
  rows.next = [&source, &columns, next](QgsFeature &feature) mutable {
    return next < columns.ids.size() &&
           source.getFeatures(QgsFeatureRequest(columns.ids[next++])).nextFeature(feature);
  };
  return rows;
}

} // namespace

FeatureRows keptRows(const QgsFeatureSource &source, FeatureColumns &columns) {
  if (!columns.inProcessLayer.isEmpty())
    return inProcessRowsRead(source, columns);
  std::size_t next = 0;
  return FeatureRows{source.fields(), source.wkbType(), source.sourceCrs(),
                     [&columns, next](QgsFeature &feature) mutable {
                       if (next >= columns.attributes.size())
                         return false;
                       feature.setId(columns.ids[next]);
                       // Handed over: the output's copy is then the only one, which QGIS
                       // changes in place (a polygon made multi) instead of copying it first.
                       feature.setAttributes(columns.attributes[next]);
                       feature.setGeometry(columns.geometries[next]);
                       columns.attributes[next] = QgsAttributes();
                       columns.geometries[next] = QgsGeometry();
                       ++next;
                       return true;
                     }};
}

QString shortList(std::size_t count, std::size_t shown,
                  const std::function<QString(std::size_t)> &nameOf) {
  QStringList names;
  for (std::size_t k = 0; k < count && k < shown; ++k)
    names << nameOf(k);
  if (count > shown)
    names << QObject::tr("and %1 more").arg(count - shown);
  return names.join(QStringLiteral(", "));
}

QString someFeatureIds(const std::vector<std::size_t> &indexes,
                       const std::vector<QgsFeatureId> &ids) {
  return shortList(indexes.size(), 10,
                   [&](std::size_t k) { return QString::number(ids[indexes[k]]); });
}

std::size_t nullNoDataCodes(FeatureColumns &columns, const QStringList &fields,
                            QgsProcessingFeedback *feedback) {
  static const resilience::NoDataRules rules = resilience::NoDataRules::parse("<=-99995");
  std::size_t total = 0;
  for (std::size_t k = 0; k < columns.numbers.size() && k < static_cast<std::size_t>(fields.size());
       ++k) {
    const std::vector<std::size_t> nulled = resilience::nullSentinels(columns.numbers[k], rules);
    const std::size_t count = nulled.size();
    if (count == 0)
      continue;
    total += count;
    if (feedback)
      feedback->pushWarning(QObject::tr("Field '%1': %2 value(s) at or below -99995 (CBS no-data "
                                        "codes such as -99999997) are read as NULL (feature ids "
                                        "%3)")
                                .arg(fields[static_cast<int>(k)])
                                .arg(count)
                                .arg(someFeatureIds(nulled, columns.ids)));
  }
  return total;
}

void requireNonNegative(const resilience::MaskedValues &column, const FeatureColumns &features,
                        const QString &parameter, const QString &field) {
  for (std::size_t i = 0; i < column.size(); ++i)
    if (column.isValid(i) && column.values[i] < 0.0)
      throw QgsProcessingException(QObject::tr("%1: field '%2' is %3 in feature %4; it must not "
                                               "be negative")
                                       .arg(parameter, field)
                                       .arg(column.values[i], 0, 'g', 12)
                                       .arg(features.ids[i]));
}

std::unique_ptr<QgsProcessingFeatureSource>
requireSource(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
              const QString &name, QgsProcessingContext &context,
              QgsWkbTypes::GeometryType geometryType, const QString &what) {
  std::unique_ptr<QgsProcessingFeatureSource> source =
      parameterAsUncheckedSource(algorithm, parameters, name, context);
  if (!source)
    throw QgsProcessingException(
        QObject::tr("%1: no layer given, or it could not be read").arg(name));
  if (QgsWkbTypes::geometryType(source->wkbType()) != geometryType)
    throw QgsProcessingException(
        QObject::tr("%1 must be a %2 layer; %3 has %4 geometries")
            .arg(name, what, source->sourceName(), QgsWkbTypes::displayString(source->wkbType())));
  return source;
}
