#include "parameters/periodvalues.h"

#include "algorithms/weightedinput.h"
#include "parameters/weightsparameters.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <QHash>

#include <algorithm>
#include <map>

namespace {

const QString kFields = QStringLiteral("FIELDS");
const QString kTable = QStringLiteral("TABLE");
const QString kTableKey = QStringLiteral("TABLE_KEY");
const QString kTimeField = QStringLiteral("TIME_FIELD");
const QString kValueField = QStringLiteral("VALUE_FIELD");
const QString kIdField = QStringLiteral("ID_FIELD");

QString stringParameter(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                        const QString &name, QgsProcessingContext &context) {
  const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition(name);
  return definition ? QgsProcessingParameters::parameterAsString(definition, parameters, context)
                    : QString();
}

// Time values sort as numbers when they are numbers (2015 < 2019 < 2023), otherwise as text or
// dates, which sort the same way in ISO form.
bool timeLess(const QVariant &a, const QVariant &b) {
  bool okA = false, okB = false;
  const double x = a.toDouble(&okA), y = b.toDouble(&okB);
  if (okA && okB)
    return x < y;
  return a.toString() < b.toString();
}

} // namespace

namespace PeriodValues {

QList<QgsProcessingParameterDefinition *> definitions(const QString &inputParameter,
                                                      bool fieldsOnly) {
  QList<QgsProcessingParameterDefinition *> list;
  list << new QgsProcessingParameterField(
      kFields, QObject::tr("Value fields, one per period in time order"), QVariant(),
      inputParameter, QgsProcessingParameterField::Numeric, true, !fieldsOnly);
  if (fieldsOnly)
    return list;
  list << new QgsProcessingParameterFeatureSource(
      kTable, QObject::tr("Or a long table: one row per neighbourhood and period"),
      QList<int>() << QgsProcessing::TypeVector, QVariant(), true);
  list << new QgsProcessingParameterField(
      kTableKey, QObject::tr("Table: neighbourhood key (matches ID_FIELD)"), QVariant(), kTable,
      QgsProcessingParameterField::Any, false, true);
  list << new QgsProcessingParameterField(kTimeField, QObject::tr("Table: period (year, date)"),
                                          QVariant(), kTable, QgsProcessingParameterField::Any,
                                          false, true);
  list << new QgsProcessingParameterField(kValueField, QObject::tr("Table: value"), QVariant(),
                                          kTable, QgsProcessingParameterField::Numeric, false,
                                          true);
  return list;
}

QString helpText(bool fieldsOnly) {
  const QString fields = QObject::tr(
      "Periods: FIELDS lists one numeric field per period, in time order (e.g. resilience_2015, "
      "resilience_2019, resilience_2023, each scored on the same baseline).");
  if (fieldsOnly)
    return fields;
  return fields +
         QObject::tr(" Or give a long TABLE with one row per neighbourhood and period: TABLE_KEY "
                     "is matched to INPUT's ID_FIELD, TIME_FIELD orders the periods (numbers "
                     "numerically, text and dates as ISO text) and VALUE_FIELD holds the value; a "
                     "missing row is a NULL value.");
}

Request request(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                QgsProcessingContext &context) {
  Request r;
  const QgsProcessingParameterDefinition *fieldsDefinition = algorithm.parameterDefinition(kFields);
  const QStringList fields =
      QgsProcessingParameters::parameterAsFields(fieldsDefinition, parameters, context);
  const QVariant table = parameters.value(kTable);
  r.fromTable = algorithm.parameterDefinition(kTable) && table.isValid() && !table.isNull() &&
                !table.toString().isEmpty();
  if (r.fromTable == !fields.isEmpty())
    throw QgsProcessingException(
        r.fromTable
            ? QObject::tr("Give the periods either as FIELDS or as a TABLE, not both")
            : QObject::tr("No periods: list one field per period in FIELDS%1")
                  .arg(algorithm.parameterDefinition(kTable) ? QObject::tr(", or give a long TABLE")
                                                             : QString()));
  if (!r.fromTable && fields.size() < 2)
    throw QgsProcessingException(
        QObject::tr("FIELDS: a change over time needs at least two periods, not %1 (%2)")
            .arg(fields.size())
            .arg(fields.join(QStringLiteral(", "))));
  for (int k = 1; k < fields.size(); ++k)
    if (fields.indexOf(fields[k]) < k)
      throw QgsProcessingException(
          QObject::tr("FIELDS: %1 is listed as period %2 and as period %3; each period needs its "
                      "own field")
              .arg(fields[k])
              .arg(fields.indexOf(fields[k]) + 1)
              .arg(k + 1));
  r.fields = fields;
  for (int k = 0; k < fields.size(); ++k)
    r.fieldParameters << QStringLiteral("%1 (period %2)").arg(kFields).arg(k + 1);
  return r;
}

Periods read(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
             QgsProcessingContext &context, const WeightedInput &input, const Request &request,
             QgsProcessingFeedback *feedback) {
  Periods p;
  const std::size_t n = input.features.size();
  const QString idField = stringParameter(algorithm, parameters, kIdField, context);
  const std::vector<std::string> keys =
      WeightsParameters::featureIds(algorithm, parameters, context, *input.source, input.features);
  if (idField.isEmpty()) {
    // Not "fid": a GeoPackage takes a column of that name as its feature id, which must be
    // unique, and the cube repeats every feature once per period.
    p.idFieldName = QStringLiteral("feature_fid");
    for (const QgsFeatureId id : input.features.ids)
      p.ids.push_back(static_cast<qlonglong>(id));
  } else {
    p.idFieldName = idField;
    p.idType = input.source->fields().field(idField).type();
    for (const std::string &key : keys)
      p.ids.push_back(QString::fromStdString(key));
  }
  if (!request.fromTable) {
    p.values = input.features.numbers;
    p.names = request.fields;
    p.valueName = QStringLiteral("FIELDS");
    return p;
  }

  if (idField.isEmpty())
    throw QgsProcessingException(QObject::tr("TABLE: set ID_FIELD to the field of INPUT that "
                                             "TABLE_KEY refers to (e.g. the buurt code)"));
  std::unique_ptr<QgsProcessingFeatureSource> table(QgsProcessingParameters::parameterAsSource(
      algorithm.parameterDefinition(kTable), parameters, context));
  if (!table)
    throw QgsProcessingException(
        QObject::tr("TABLE: cannot open %1").arg(parameters.value(kTable).toString()));
  const QString keyField = stringParameter(algorithm, parameters, kTableKey, context);
  const QString timeField = stringParameter(algorithm, parameters, kTimeField, context);
  const QString valueField = stringParameter(algorithm, parameters, kValueField, context);
  const QgsFields fields = table->fields();
  for (const auto &[parameter, field] :
       {std::pair{kTableKey, keyField}, std::pair{kTimeField, timeField},
        std::pair{kValueField, valueField}})
    if (field.isEmpty() || fields.lookupField(field) < 0)
      throw QgsProcessingException(field.isEmpty()
                                       ? QObject::tr("%1: name the field of TABLE").arg(parameter)
                                       : QObject::tr("%1: field '%2' does not exist in %3")
                                             .arg(parameter, field, table->sourceName()));
  const int keyIndex = fields.lookupField(keyField), timeIndex = fields.lookupField(timeField),
            valueIndex = fields.lookupField(valueField);
  QHash<QString, std::size_t> featureOf;
  for (std::size_t i = 0; i < n; ++i)
    featureOf.insert(QString::fromStdString(keys[i]).trimmed(), i);

  struct Row {
    std::size_t feature;
    QVariant time;
    QVariant value;
    QgsFeatureId id;
  };
  std::vector<Row> rows;
  std::size_t unmatched = 0;
  QStringList unmatchedKeys;
  QgsFeatureIterator it = table->getFeatures(
      QgsFeatureRequest()
          .setFlags(QgsFeatureRequest::NoGeometry)
          .setSubsetOfAttributes(QgsAttributeList{keyIndex, timeIndex, valueIndex}));
  QgsFeature feature;
  while (it.nextFeature(feature)) {
    if (feedback->isCanceled())
      throw QgsProcessingException(QObject::tr("Canceled"));
    const QVariant time = feature.attribute(timeIndex);
    // An empty cell of a CSV file is an empty text, not NULL: no period either.
    if (time.isNull() || time.toString().trimmed().isEmpty())
      throw QgsProcessingException(QObject::tr("TIME_FIELD: row %1 of %2 has no period")
                                       .arg(feature.id())
                                       .arg(table->sourceName()));
    const auto found = featureOf.constFind(feature.attribute(keyIndex).toString().trimmed());
    if (found == featureOf.constEnd()) {
      if (++unmatched <= 5)
        unmatchedKeys << feature.attribute(keyIndex).toString();
      continue;
    }
    rows.push_back({found.value(), time, feature.attribute(valueIndex), feature.id()});
  }
  std::vector<QVariant> times;
  for (const Row &row : rows)
    times.push_back(row.time);
  std::sort(times.begin(), times.end(), timeLess);
  times.erase(std::unique(times.begin(), times.end(),
                          [](const QVariant &a, const QVariant &b) {
                            return !timeLess(a, b) && !timeLess(b, a);
                          }),
              times.end());
  if (times.size() < 2)
    throw QgsProcessingException(
        QObject::tr("TABLE: the rows matched to INPUT cover %1 period(s); a change over time "
                    "needs at least two")
            .arg(times.size()));
  p.values.assign(times.size(), resilience::MaskedValues(n));
  std::vector<std::vector<QgsFeatureId>> rowOf(times.size(), std::vector<QgsFeatureId>(n, -1));
  for (const Row &row : rows) {
    const auto t = static_cast<std::size_t>(
        std::lower_bound(times.begin(), times.end(), row.time, timeLess) - times.begin());
    QgsFeatureId &seen = rowOf[t][row.feature];
    if (seen >= 0)
      throw QgsProcessingException(
          QObject::tr("TABLE: rows %1 and %2 both give key '%3' a value for period %4")
              .arg(seen)
              .arg(row.id)
              .arg(QString::fromStdString(keys[row.feature]), times[t].toString()));
    seen = row.id;
    bool ok = false;
    const double v = row.value.toDouble(&ok);
    if (!row.value.isNull() && ok)
      p.values[t].set(row.feature, v);
  }
  for (const QVariant &time : times)
    p.names << time.toString();
  p.valueName = valueField;
  if (unmatched > 0)
    feedback->pushWarning(QObject::tr("TABLE: %1 row(s) have a key that is not in INPUT's %2 "
                                      "and are left out (e.g. %3)")
                              .arg(unmatched)
                              .arg(idField, unmatchedKeys.join(QStringLiteral(", "))));
  std::size_t missing = 0;
  for (const auto &period : p.values)
    missing += n - period.validCount();
  feedback->pushInfo(QObject::tr("TABLE: %1 periods (%2); %3 neighbourhood-period value(s) "
                                 "missing or NULL")
                         .arg(times.size())
                         .arg(p.names.join(QStringLiteral(", ")))
                         .arg(missing));
  return p;
}

} // namespace PeriodValues
