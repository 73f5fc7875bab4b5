#include "algorithms/jointablealgorithm.h"

#include "io/key_join.h"
#include "io/number_parsing.h"
#include "layers/geopackagesink.h"
#include "layers/inprocessrows.h"
#include "layers/outputfieldnames.h"
#include "layers/resultcolumn.h"
#include "layers/uncheckedsource.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>

#include <atomic>
#include <climits>
#include <cmath>
#include <future>
#include <numeric>

using resilience::Cell;
using resilience::KeyMatching;
using resilience::NoDataRules;
using resilience::ParsedColumn;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kInputKey = QStringLiteral("INPUT_KEY");
const QString kTable = QStringLiteral("TABLE");
const QString kTableKey = QStringLiteral("TABLE_KEY");
const QString kFields = QStringLiteral("FIELDS");
const QString kKeyMatching = QStringLiteral("KEY_MATCHING");
const QString kNoData = QStringLiteral("NODATA");
const QString kOutput = QStringLiteral("OUTPUT");
const QString kUnmatched = QStringLiteral("UNMATCHED");
const QString kDissolve = QStringLiteral("DISSOLVE_SHARED_KEYS");

// DISSOLVE_SHARED_KEYS: the polygons of one key become one multipolygon (their parts collected,
// not unioned: land and water parts do not overlap) with the attributes of the first of them.
// `written` becomes the rows of `polygons` to write, the first of each key, in order; the
// geometry of such a first row becomes the collected parts of its key, and `keys` the keys of
// the rows written.
void dissolveSharedKeys(std::vector<std::optional<std::string>> &keys, InProcessRows &polygons,
                        std::vector<std::size_t> &written, resilience::KeyMatching mode,
                        QgsProcessingFeedback *feedback) {
  const auto groups = resilience::sharedKeyGroups(keys, mode);
  if (groups.size() == keys.size()) {
    feedback->pushInfo(QObject::tr("DISSOLVE_SHARED_KEYS: no two polygons share a key"));
    return;
  }
  written.clear();
  std::vector<std::optional<std::string>> dissolvedKeys;
  std::size_t merged = 0;
  QString example;
  for (const auto &group : groups) {
    const std::size_t first = group.front();
    if (group.size() > 1) {
      QVector<QgsGeometry> parts;
      for (std::size_t member : group)
        if (!polygons.geometries.at(static_cast<int>(member)).isNull())
          parts << polygons.geometries.at(static_cast<int>(member));
      polygons.geometries[static_cast<int>(first)] = QgsGeometry::collectGeometry(parts);
      merged += group.size();
      if (example.isEmpty())
        example = QObject::tr("'%1': %2 polygons")
                      .arg(QString::fromStdString(*keys[first]))
                      .arg(group.size());
    }
    written.push_back(first);
    dissolvedKeys.push_back(keys[first]);
  }
  feedback->pushInfo(QObject::tr("DISSOLVE_SHARED_KEYS: %1 polygons that share a key became %2 "
                                 "multipolygons, one per key, with the attributes of the first "
                                 "polygon of each (e.g. %3); %4 features are written")
                         .arg(merged)
                         .arg(merged - (keys.size() - dissolvedKeys.size()))
                         .arg(example)
                         .arg(written.size()));
  keys = std::move(dissolvedKeys);
}

KeyMatching keyMatchingFromName(const QString &name) {
  if (name == QLatin1String("exact"))
    return KeyMatching::Exact;
  if (name == QLatin1String("trimmed"))
    return KeyMatching::Trimmed;
  return KeyMatching::Cbs;
}

// Keys read from numeric columns lose their form: 855.0 must read as "855", not "855.0".
std::optional<std::string> keyText(const QVariant &value) {
  if (value.isNull() || !value.isValid())
    return std::nullopt;
  if (value.type() == QVariant::Double) {
    const double d = value.toDouble();
    if (std::floor(d) == d && std::fabs(d) < 1e15)
      return QString::number(static_cast<qlonglong>(d)).toStdString();
  }
  return value.toString().toStdString();
}

Cell cellOf(const QVariant &value) {
  if (value.isNull() || !value.isValid())
    return Cell::null();
  switch (value.type()) {
  case QVariant::Int:
  case QVariant::UInt:
  case QVariant::LongLong:
  case QVariant::ULongLong:
  case QVariant::Double:
    return Cell::ofNumber(value.toDouble());
  default:
    return Cell::ofText(value.toString().toStdString());
  }
}

// A cell of a textual column as written: its text, or a number as QVariant writes it ("5", "0.1").
QString cellText(const Cell &cell) {
  return cell.kind == Cell::Kind::Text ? QString::fromStdString(cell.text)
                                       : QVariant(cell.number).toString();
}

int requireField(const QgsFields &fields, const QString &field, const QString &parameter,
                 const QString &layerDescription) {
  const int index = fields.lookupField(field);
  if (index < 0)
    throw QgsProcessingException(
        QObject::tr("%1: field '%2' does not exist in %3 (fields: %4)")
            .arg(parameter, field, layerDescription, fields.names().join(QStringLiteral(", "))));
  return index;
}

// One joined column: where it comes from, what it is called and typed as in the output.
struct JoinedColumn {
  int tableIndex = -1;
  QgsField outputField;
  ParsedColumn parsed;
};

// The values of a joined column for every polygon: its table row's, NULL without a row or for
// no-data.
ResultColumn joinedColumn(const JoinedColumn &column, const std::vector<Cell> &cells,
                          const std::vector<std::optional<std::size_t>> &rowForPolygon,
                          std::size_t polygons) {
  ResultColumn out{column.outputField, {}, {}};
  out.values.reserve(polygons);
  for (std::size_t index = 0; index < polygons; ++index) {
    const std::optional<std::size_t> row =
        index < rowForPolygon.size() ? rowForPolygon[index] : std::nullopt;
    if (!row || column.parsed.isNoData[*row])
      out.values.emplace_back(column.outputField.type());
    else if (!column.parsed.numeric)
      out.values.emplace_back(cellText(cells[*row]));
    else if (!column.parsed.values.isValid(*row))
      out.values.emplace_back(column.outputField.type());
    else if (column.parsed.integral)
      out.values.emplace_back(static_cast<qlonglong>(column.parsed.values.values[*row]));
    else
      out.values.emplace_back(column.parsed.values.values[*row]);
  }
  return out;
}

} // namespace

QString JoinTableAlgorithm::displayName() const {
  return QObject::tr("Join indicator table");
}

QString JoinTableAlgorithm::helpText() const {
  return QObject::tr(
      "Joins an indicator table (CBS key figures, survey results; CSV, XLSX, ODS, GeoPackage or "
      "PostGIS) to neighbourhood polygons (buurten, wijken, gemeenten) by key.\n\n"
      "Key matching: 'exact' compares keys as written; 'trimmed' ignores surrounding spaces and "
      "case; 'cbs' reads CBS area codes in all their forms, so GM0855, 0855 and 855 are the same "
      "municipality, and WK/BU codes (gwb_code_10) match their 6 and 8 digit forms "
      "(gwb_code_8).\n\n"
      "Numbers written as text are read with Dutch and English conventions: a decimal comma "
      "(12,5), thousands separators (1.234.567 or 1,234.5). A column that is numeric apart from "
      "no-data markers becomes a numeric field. No-data: terms separated by ';', either markers "
      "(CBS writes '.' for missing, 'x' for confidential, '-' for not applicable) or thresholds "
      "such as '<=-99995', which catches the CBS sentinels -99999997 and -99999999. Those values "
      "become NULL and are counted.\n\n"
      "Duplicate keys in the table are an error, as any polygon could receive either row; "
      "polygons that share a key (land and water parts of one municipality) each receive the "
      "row; a statistic on the result would count such a municipality twice, so "
      "DISSOLVE_SHARED_KEYS makes one multipolygon per key (the attributes of its first "
      "polygon). Every input polygon and attribute is kept; the input is never modified. Table "
      "rows "
      "that match no polygon can be written to the optional UNMATCHED table, with the reason.");
}

void JoinTableAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(
      new QgsProcessingParameterFeatureSource(kInput, QObject::tr("Neighbourhood polygons"),
                                              QList<int>() << QgsProcessing::TypeVectorPolygon));
  addParameter(new QgsProcessingParameterField(kInputKey, QObject::tr("Polygon key field"),
                                               QVariant(), kInput));
  addParameter(new QgsProcessingParameterFeatureSource(kTable, QObject::tr("Indicator table"),
                                                       QList<int>() << QgsProcessing::TypeVector));
  addParameter(new QgsProcessingParameterField(kTableKey, QObject::tr("Table key field"),
                                               QVariant(), kTable));
  addParameter(new QgsProcessingParameterField(
      kFields, QObject::tr("Table fields to join (all when empty)"), QVariant(), kTable,
      QgsProcessingParameterField::Any, true, true));
  addNamedEnumParameter(kKeyMatching, QObject::tr("Key matching"),
                        {{QStringLiteral("exact"), QObject::tr("Exact")},
                         {QStringLiteral("trimmed"), QObject::tr("Trimmed, case-insensitive")},
                         {QStringLiteral("cbs"), QObject::tr("CBS area codes")}},
                        QStringLiteral("cbs"));
  addParameter(new QgsProcessingParameterString(
      kNoData, QObject::tr("Values read as NULL (';'-separated markers and <=/>= thresholds)"),
      QString::fromLatin1(NoDataRules::cbsDefault())));
  addParameter(new QgsProcessingParameterBoolean(
      kDissolve,
      QObject::tr("Dissolve polygons that share a key into one multipolygon per key (e.g. a "
                  "municipality's land and water parts)"),
      false));
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Joined polygons"),
                                                     QgsProcessing::TypeVectorPolygon));
  addParameter(
      new QgsProcessingParameterFeatureSink(kUnmatched, QObject::tr("Unmatched table rows"),
                                            QgsProcessing::TypeVector, QVariant(), true, false));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("POLYGONS_MATCHED"),
                                          QObject::tr("Polygons matched")));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("POLYGONS_WITHOUT_DATA"),
                                          QObject::tr("Polygons without data")));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("ROWS_UNMATCHED"),
                                          QObject::tr("Table rows unmatched")));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("VALUES_SET_NULL"),
                                          QObject::tr("Values set NULL")));
}

QVariantMap JoinTableAlgorithm::execute(const QVariantMap &parameters,
                                        QgsProcessingContext &context,
                                        QgsProcessingFeedback *feedback) {
  std::unique_ptr<QgsProcessingFeatureSource> polygons =
      requireUncheckedSource(*this, parameters, kInput, context);
  if (QgsWkbTypes::geometryType(polygons->wkbType()) != QgsWkbTypes::PolygonGeometry)
    throw QgsProcessingException(
        QObject::tr("INPUT must be a polygon layer; %1 has %2 geometries")
            .arg(polygons->sourceName(), QgsWkbTypes::displayString(polygons->wkbType())));
  std::unique_ptr<QgsProcessingFeatureSource> table =
      requireUncheckedSource(*this, parameters, kTable, context);

  const QgsFields polygonFields = polygons->fields();
  const QgsFields tableFields = table->fields();
  const int polygonKey =
      requireField(polygonFields, parameterAsString(parameters, kInputKey, context), kInputKey,
                   polygons->sourceName());
  const int tableKey = requireField(tableFields, parameterAsString(parameters, kTableKey, context),
                                    kTableKey, table->sourceName());
  QStringList wanted = parameterAsFields(parameters, kFields, context);
  if (wanted.isEmpty())
    for (int i = 0; i < tableFields.count(); ++i)
      if (i != tableKey)
        wanted << tableFields.at(i).name();
  const KeyMatching mode = keyMatchingFromName(enumName(parameters, kKeyMatching));
  const NoDataRules rules =
      NoDataRules::parse(parameterAsString(parameters, kNoData, context).toStdString());

  // Read the table once: keys and the cells of every joined column. It is read on a thread of
  // its own while this one reads the polygons: two files, two cores (a million rows of each take
  // seconds).
  std::vector<JoinedColumn> columns;
  for (const QString &field : wanted)
    columns.push_back({requireField(tableFields, field, kFields, table->sourceName()), {}, {}});
  std::vector<std::optional<std::string>> tableKeys;
  std::vector<std::vector<Cell>> cells(columns.size());
  std::atomic<bool> polygonsFailed{false};
  std::future<void> tableRead =
      std::async(std::launch::async, [&, rows = table->getFeatures(QgsFeatureRequest().setFlags(
                                             QgsFeatureRequest::NoGeometry))]() mutable {
        // No reserve() from table->featureCount(): for a CSV file that is a pass of its own
        // (0.7 s for a million rows).
        QgsFeature row;
        while (!polygonsFailed && rows.nextFeature(row)) {
          stopIfCanceled(feedback);
          tableKeys.push_back(keyText(row.attribute(tableKey)));
          for (std::size_t c = 0; c < columns.size(); ++c)
            cells[c].push_back(cellOf(row.attribute(columns[c].tableIndex)));
        }
      });
  // The polygons are read once and kept (a second pass cost seconds at a million
  // neighbourhoods), in a column per field rather than as features (inprocessrows.h: a feature
  // and its vector of attributes cost 160 bytes more, 160 MB at the join's peak at a million).
  std::vector<std::optional<std::string>> polygonKeys;
  auto polygonRows = std::make_shared<InProcessRows>();
  polygonRows->fields = polygonFields;
  polygonRows->wkbType = polygons->wkbType();
  std::vector<QgsFeatureId> polygonIds;
  try {
    const long expected = polygons->featureCount();
    if (expected > 0) {
      polygonKeys.reserve(static_cast<std::size_t>(expected));
      polygonIds.reserve(static_cast<std::size_t>(expected));
      polygonRows->geometries.reserve(static_cast<int>(std::min<long>(expected, INT_MAX)));
    }
    InProcessRowsBuilder keep(polygonRows);
    QgsFeature polygon;
    QgsFeatureIterator it = polygons->getFeatures();
    while (it.nextFeature(polygon)) {
      stopIfCanceled(feedback);
      polygonKeys.push_back(keyText(polygon.attribute(polygonKey)));
      polygonIds.push_back(polygon.id());
      if (!keep.append(polygon))
        throw QgsProcessingException(keep.error());
    }
  } catch (...) {
    polygonsFailed = true; // the table's thread stops too, before the columns it fills go
    tableRead.wait();
    throw;
  }
  tableRead.get(); // rethrows what stopped the table's reading (Cancel)
  // A table with a header and no rows joins nothing: say so, instead of blaming the keys.
  if (tableKeys.empty())
    throw QgsProcessingException(
        QObject::tr("TABLE: %1 has no rows (only a header, or nothing at all): there is nothing to "
                    "join")
            .arg(table->sourceName()));
  feedback->setProgress(40);
  std::vector<std::size_t> written(polygonKeys.size()); // every polygon, unless dissolved
  std::iota(written.begin(), written.end(), std::size_t{0});
  if (parameterAsBool(parameters, kDissolve, context))
    dissolveSharedKeys(polygonKeys, *polygonRows, written, mode, feedback);

  const resilience::KeyJoinPlan plan = resilience::planKeyJoin(polygonKeys, tableKeys, mode);

  // Decide every output field from its whole column: numeric apart from no-data -> a number.
  QgsFields outputFields = polygonFields;
  std::vector<ResultColumn> joined;
  std::size_t valuesSetNull = 0;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    JoinedColumn &column = columns[c];
    column.parsed = resilience::parseColumn(cells[c], rules);
    const QgsField &source = tableFields.at(column.tableIndex);
    const QString name = uniqueFieldName(outputFields, source.name());
    if (name != source.name())
      feedback->pushWarning(QObject::tr("Table field '%1' is written as '%2': the polygons "
                                        "already have a field with that name")
                                .arg(source.name(), name));
    if (column.parsed.numeric)
      column.outputField =
          QgsField(name, column.parsed.integral ? QVariant::LongLong : QVariant::Double);
    else
      column.outputField = QgsField(name, QVariant::String);
    outputFields.append(column.outputField);
    joined.push_back(joinedColumn(column, cells[c], plan.rowForPolygon, polygonKeys.size()));
    if (!column.parsed.separatorNote.empty())
      feedback->pushWarning(QObject::tr("%1: %2").arg(
          source.name(), QString::fromStdString(column.parsed.separatorNote)));
    if (!column.parsed.textReason.empty())
      feedback->pushInfo(QObject::tr("%1 is kept as text: %2")
                             .arg(source.name(), QString::fromStdString(column.parsed.textReason)));
    valuesSetNull += column.parsed.noDataCount;
    if (column.parsed.noDataCount)
      feedback->pushInfo(QObject::tr("%1: %2 value(s) set NULL by the no-data rules")
                             .arg(source.name())
                             .arg(column.parsed.noDataCount));
  }

  stopIfCanceled(feedback);
  // The polygons as read (and dissolved). Each lets go of its geometry once the sink has it: the
  // output's copy is then the only one, which QGIS makes multi in place instead of copying it.
  std::size_t next = 0;
  const FeatureRows rows{polygonFields, polygons->wkbType(), polygons->sourceCrs(),
                         [&](QgsFeature &polygon) {
                           if (next >= written.size())
                             return false;
                           const std::size_t row = written[next++];
                           polygonRows->fill(polygon, row, nullptr, true);
                           polygon.setId(polygonIds[row]);
                           polygonRows->geometries[static_cast<int>(row)] = QgsGeometry();
                           return true;
                         }};
  const QString destination =
      writeWithResultColumns(parameters, kOutput, context, feedback, rows, joined, QString(), 50);

  QVariantMap outputs;
  outputs.insert(kOutput, destination);
  if (parameters.value(kUnmatched).isValid() && !parameters.value(kUnmatched).isNull()) {
    QgsFields unmatchedFields;
    unmatchedFields.append(QgsField(QStringLiteral("row"), QVariant::Int));
    unmatchedFields.append(QgsField(QStringLiteral("key"), QVariant::String));
    unmatchedFields.append(QgsField(QStringLiteral("reason"), QVariant::String));
    QString unmatchedDestination;
    std::unique_ptr<QgsFeatureSink> unmatched =
        createOutputSink(*this, parameters, kUnmatched, context, unmatchedDestination,
                         unmatchedFields, QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem());
    if (unmatched) {
      for (const auto &row : plan.unmatchedRows) {
        QgsFeature feature(unmatchedFields);
        feature.setAttributes(QgsAttributes()
                              << static_cast<int>(row.row + 1)
                              << (tableKeys[row.row] ? QString::fromStdString(*tableKeys[row.row])
                                                     : QVariant(QVariant::String))
                              << QString::fromStdString(row.reason));
        if (!unmatched->addFeature(feature, QgsFeatureSink::FastInsert))
          throw QgsProcessingException(writeFeatureError(unmatched.get(), parameters, kUnmatched));
      }
      closeSink(unmatched, parameters, kUnmatched);
      outputs.insert(kUnmatched, unmatchedDestination);
    }
  }

  feedback->pushInfo(QObject::tr("Polygons matched: %1 of %2; polygons without data: %3")
                         .arg(plan.polygonsMatched)
                         .arg(polygonKeys.size())
                         .arg(plan.polygonsWithoutData));
  feedback->pushInfo(QObject::tr("Table rows that matched no polygon: %1 of %2")
                         .arg(plan.unmatchedRows.size())
                         .arg(tableKeys.size()));
  feedback->pushInfo(QObject::tr("Values set NULL by the no-data rules: %1").arg(valuesSetNull));
  if (plan.polygonsMatched == 0 && !polygonKeys.empty())
    feedback->reportError(QObject::tr("No polygon matched any table row: check INPUT_KEY, "
                                      "TABLE_KEY and KEY_MATCHING (keys that are not CBS codes "
                                      "need 'trimmed' or 'exact')"));

  styleResult(destination, QStringLiteral("neighbourhoods"), parameters, context, feedback);
  outputs.insert(QStringLiteral("POLYGONS_MATCHED"), static_cast<qlonglong>(plan.polygonsMatched));
  outputs.insert(QStringLiteral("POLYGONS_WITHOUT_DATA"),
                 static_cast<qlonglong>(plan.polygonsWithoutData));
  outputs.insert(QStringLiteral("ROWS_UNMATCHED"),
                 static_cast<qlonglong>(plan.unmatchedRows.size()));
  outputs.insert(QStringLiteral("VALUES_SET_NULL"), static_cast<qlonglong>(valuesSetNull));
  return outputs;
}
