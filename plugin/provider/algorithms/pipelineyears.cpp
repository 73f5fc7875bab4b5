#include "algorithms/pipelineyears.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsmaplayerstore.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QRegularExpression>

#include <map>
#include <memory>
#include <set>
#include <vector>

namespace {

const QString kYears = QStringLiteral("years");
const QString kYearField = QStringLiteral("year_field");
const QString kOutput = QStringLiteral("OUTPUT");

struct Year {
  QString label; // as written in the field names: resilience_<label>
  QString value; // as written in the spec: the value of "year_field" in a long table
  QString table; // the first join's TABLE for this year (empty: the spec's own, first year)
};

QString fieldLabel(const QString &text) {
  QString label = text.trimmed();
  label.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_"));
  return label;
}

// A table named in the spec, relative to the spec's folder ("file.gpkg|layername=..." too).
QString resolvedTable(const QString &table, const QDir &folder) {
  const QString path = table.section(QLatin1Char('|'), 0, 0);
  if (!path.isEmpty() && QFileInfo(path).isRelative() && QFileInfo::exists(folder.filePath(path)))
    return folder.filePath(path) + table.mid(path.size());
  return table;
}

QString yearField(const QVariantMap &spec) {
  return spec.value(kYearField).toString().trimmed();
}

// The first join's TABLE, which "year_field" makes a long table of every year.
QString longTable(const QVariantMap &spec, const QDir &folder) {
  const QString table = spec.value(QStringLiteral("join"))
                            .toList()
                            .value(0)
                            .toMap()
                            .value(QStringLiteral("TABLE"))
                            .toString();
  if (table.isEmpty())
    throw QgsProcessingException(
        QObject::tr("SPEC: \"year_field\" %1 needs a \"join\" whose first TABLE holds every year")
            .arg(yearField(spec)));
  return resolvedTable(table, folder);
}

std::vector<Year> years(const QVariantMap &spec, const QDir &folder) {
  const bool rows = !yearField(spec).isEmpty();
  std::vector<Year> out;
  const QString first = spec.value(QStringLiteral("year")).toString().trimmed();
  if (rows && first.isEmpty())
    throw QgsProcessingException(
        QObject::tr("SPEC: \"year_field\" %1 needs \"year\": the first year's value in that column")
            .arg(yearField(spec)));
  out.push_back({fieldLabel(first.isEmpty() ? QStringLiteral("first") : first), first, QString()});
  const QVariantList list = spec.value(kYears).toList();
  for (int k = 0; k < list.size(); ++k) {
    // {"year": "2019", "table": "..."}, or with "year_field" just the year ("2019" or 2019).
    const QVariantMap entry = list[k].type() == QVariant::Map
                                  ? list[k].toMap()
                                  : QVariantMap{{QStringLiteral("year"), list[k]}};
    const QString value = entry.value(QStringLiteral("year")).toString().trimmed();
    const QString label = fieldLabel(value);
    QString table = entry.value(QStringLiteral("table")).toString();
    if (table.isEmpty() && rows)
      table = longTable(spec, folder);
    if (label.isEmpty() || table.isEmpty())
      throw QgsProcessingException(
          QObject::tr("SPEC: \"years\" entry %1 needs \"year\" (a label such as 2019) and "
                      "\"table\" (that year's indicator table), or \"year_field\" in the spec "
                      "naming the year column of the first join's TABLE, which then holds every "
                      "year")
              .arg(k + 1));
    for (const Year &y : out)
      if (y.label == label)
        throw QgsProcessingException(
            QObject::tr("SPEC: the year %1 appears twice (\"year\" and \"years\" together)")
                .arg(label));
    out.push_back({label, value, resolvedTable(table, folder)});
  }
  return out;
}

// A long table: the layer and the index of its year column.
std::pair<QgsVectorLayer *, int> yearTable(const QString &table, const QString &field,
                                           QgsProcessingContext &context) {
  auto *layer =
      qobject_cast<QgsVectorLayer *>(QgsProcessingUtils::mapLayerFromString(table, context));
  if (!layer)
    throw QgsProcessingException(QObject::tr("SPEC: cannot open the long table %1").arg(table));
  const int index = layer->fields().lookupField(field);
  if (index < 0)
    throw QgsProcessingException(
        QObject::tr("SPEC: \"year_field\" %1 is not a field of %2 (its fields: %3)")
            .arg(field, table, layer->fields().names().join(QStringLiteral(", "))));
  return {layer, index};
}

// The rows of a long table per year, as text (a number 2019 or 2019.0 reads "2019").
std::map<QString, QgsFeatureIds> rowsByYear(QgsVectorLayer *layer, int index) {
  std::map<QString, QgsFeatureIds> rows;
  QgsFeature row;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest()
                                                 .setFlags(QgsFeatureRequest::NoGeometry)
                                                 .setSubsetOfAttributes(QgsAttributeList{index}));
  while (it.nextFeature(row)) {
    const QVariant value = row.attribute(index);
    rows[value.isNull() ? QStringLiteral("NULL") : value.toString().trimmed()].insert(row.id());
  }
  return rows;
}

// Throws unless every year has rows in its long table, naming the years a table has.
void requireYearRows(const std::vector<Year> &all, const QString &field,
                     QgsProcessingContext &context) {
  std::map<QString, std::set<QString>> tableYears;
  for (const Year &year : all) {
    if (!tableYears.count(year.table)) {
      const auto [layer, index] = yearTable(year.table, field, context);
      std::set<QString> &found = tableYears[year.table];
      for (const auto &[value, ids] : rowsByYear(layer, index))
        found.insert(value);
    }
    const std::set<QString> &found = tableYears.at(year.table);
    if (!found.count(year.value))
      throw QgsProcessingException(
          QObject::tr("SPEC: %1 has no rows with %2 = %3 (its years: %4)")
              .arg(year.table, field, year.value,
                   QStringList(found.begin(), found.end()).join(QStringLiteral(", "))));
  }
}

// The rows of `table` whose `field` is `year`, as a temporary layer of the context.
QString yearRows(const QString &table, const QString &field, const QString &year,
                 QgsProcessingContext &context, QgsProcessingFeedback *feedback) {
  const auto [layer, index] = yearTable(table, field, context);
  const QgsFeatureIds ids = rowsByYear(layer, index)[year];
  std::unique_ptr<QgsVectorLayer> rows(
      layer->materialize(QgsFeatureRequest().setFilterFids(ids), feedback));
  if (ids.isEmpty() || !rows)
    throw QgsProcessingException(
        QObject::tr("Cannot read the rows of year %1 from %2").arg(year, table));
  feedback->pushInfo(
      QObject::tr("Year %1: %2 rows of %3 (%4 = %1)").arg(year).arg(ids.size()).arg(table, field));
  const QString id = rows->id();
  context.temporaryLayerStore()->addMapLayer(rows.release());
  return id;
}

QgsVectorLayer *vectorLayer(const QVariant &value, QgsProcessingContext &context,
                            const QString &what) {
  auto *layer = qobject_cast<QgsVectorLayer *>(
      QgsProcessingUtils::mapLayerFromString(value.toString(), context));
  if (!layer)
    throw QgsProcessingException(QObject::tr("Cannot open the scores of %1").arg(what));
  return layer;
}

// The steps a later year runs after its scores, up to its hot spots, in the pipeline's order.
const char *const kYearSteps[] = {"riskflags", "smooth", "hotspots"};

bool yearHotspots(const QVariantMap &spec) {
  return spec.contains(QStringLiteral("hotspots"));
}

} // namespace

namespace PipelineYears {

QStringList layerNames() {
  return {QStringLiteral("change"), QStringLiteral("emerging"), QStringLiteral("lisamarkov")};
}

QString yearHotspotsLayer(const QString &label) {
  return QStringLiteral("hotspots_") + label;
}

QString keptAs(const QString &layer) {
  return layer.startsWith(QLatin1String("hotspots_")) ? QStringLiteral("hotspots") : layer;
}

bool requested(const QVariantMap &spec) {
  return !spec.value(kYears).toList().isEmpty();
}

int stepCount(const QVariantMap &spec) {
  if (!requested(spec))
    return 0;
  int perYear = spec.value(QStringLiteral("join")).toList().size() + 1;
  if (yearHotspots(spec))
    for (const char *name : kYearSteps)
      perYear += spec.contains(QLatin1String(name));
  return static_cast<int>(spec.value(kYears).toList().size()) * perYear + 3;
}

QString firstYearTable(const QVariantMap &spec, const QDir &folder, QgsProcessingContext &context,
                       QgsProcessingFeedback *feedback) {
  if (yearField(spec).isEmpty())
    return QString();
  std::vector<Year> all = years(spec, folder);
  all[0].table = longTable(spec, folder);
  requireYearRows(all, yearField(spec), context);
  return yearRows(all[0].table, yearField(spec), all[0].value, context, feedback);
}

QStringList run(const QVariantMap &spec, const QDir &folder, const FirstYear &first,
                const QString &baseline, const Runners &runners, QgsProcessingContext &context,
                QgsProcessingFeedback *feedback) {
  const std::vector<Year> all = years(spec, folder);
  const QString rowsField = yearField(spec);
  // The scores and hot spots of every year, in order; the first are the pipeline's own.
  std::vector<QVariant> scores = {first.scores};
  std::vector<QVariant> hotspots = {first.hotspots};
  const QVariantMap index = spec.value(QStringLiteral("compositeindex")).toMap();
  for (std::size_t y = 1; y < all.size(); ++y) {
    feedback->pushInfo(
        QObject::tr("— Year %1, scored on the baseline of %2 —").arg(all[y].label, all[0].label));
    const QString table = rowsField.isEmpty()
                              ? all[y].table
                              : yearRows(all[y].table, rowsField, all[y].value, context, feedback);
    QVariantMap parameters;
    parameters.insert(QStringLiteral("INPUT"), runners.joinedYear(table));
    if (!rowsField.isEmpty())
      runners.drop(table);
    parameters.insert(QStringLiteral("BASELINE"), baseline);
    for (const char *key : {"NODATA", "UNCERTAINTY_RUNS", "UNCERTAINTY_SHARE", "SEED", "LANGUAGE"})
      if (index.contains(QLatin1String(key)))
        parameters.insert(QLatin1String(key), index.value(QLatin1String(key)));
    parameters.insert(kOutput, QgsProcessing::TEMPORARY_OUTPUT);
    const QVariant joined = parameters.value(QStringLiteral("INPUT"));
    scores.push_back(
        runners.step(QStringLiteral("resilience:compositeindex"), parameters).value(kOutput));
    runners.drop(joined);
    if (!yearHotspots(spec)) {
      hotspots.emplace_back();
      continue;
    }
    // The first year's steps up to its hot spots, with the same parameters, on this year.
    QVariant current = scores.back();
    for (const char *name : kYearSteps) {
      const QString section = QString::fromLatin1(name);
      if (!spec.contains(section))
        continue;
      QVariantMap p = runners.section(section);
      p.insert(QStringLiteral("INPUT"), current);
      p.insert(kOutput, section == QLatin1String("hotspots")
                            ? runners.destination(yearHotspotsLayer(all[y].label))
                            : QString(QgsProcessing::TEMPORARY_OUTPUT));
      const QVariant out = runners.step(QStringLiteral("resilience:") + section, p).value(kOutput);
      if (current != scores.back())
        runners.drop(current);
      current = out;
    }
    hotspots.push_back(current);
  }

  // One layer with the first year's features and, per year, resilience_<year> and the hot spots'
  // gi_z_<year> and risk_bin_<year>, matched by position: every year comes from the same polygons,
  // joins and filter, and each step keeps its input's order. The key of the first join checks
  // that.
  QgsVectorLayer *base = vectorLayer(scores[0], context, all[0].label);
  const QString key = spec.value(QStringLiteral("join"))
                          .toList()
                          .value(0)
                          .toMap()
                          .value(QStringLiteral("INPUT_KEY"))
                          .toString();
  const int keyIndex = base->fields().lookupField(key);
  // The layers read (each once per feature) and the columns taken from them.
  struct Part {
    QgsVectorLayer *layer;
    QString year;
    int key;
    QgsFeatureIterator features;
    QgsFeature current;
  };
  struct Column {
    std::size_t part;
    int source;
  };
  std::vector<Part> parts;
  const auto addPart = [&](const QVariant &value, const QString &year) {
    QgsVectorLayer *layer = vectorLayer(value, context, year);
    if (layer->featureCount() != base->featureCount())
      throw QgsProcessingException(
          QObject::tr("Year %1 has %2 neighbourhoods after the joins and the filter, year %3 has "
                      "%4: the years must cover the same neighbourhoods (harmonise boundaries "
                      "first)")
              .arg(year)
              .arg(layer->featureCount())
              .arg(all[0].label)
              .arg(base->featureCount()));
    parts.push_back({layer, year, layer->fields().lookupField(key), layer->getFeatures(), {}});
    return parts.size() - 1;
  };
  std::vector<std::size_t> scorePart, hotspotPart;
  for (std::size_t y = 0; y < all.size(); ++y) {
    scorePart.push_back(addPart(scores[y], all[y].label));
    if (hotspots[y].isValid())
      hotspotPart.push_back(addPart(hotspots[y], all[y].label));
  }
  QgsFields fields = base->fields();
  QStringList yearFields;
  std::vector<Column> columns;
  const auto addColumn = [&](std::size_t part, const QString &source, const QString &name,
                             QVariant::Type type) {
    const QString field = QStringLiteral("%1_%2").arg(name, parts[part].year);
    if (fields.lookupField(field) >= 0)
      throw QgsProcessingException(
          QObject::tr("The neighbourhoods already have a field %1").arg(field));
    fields.append(QgsField(field, type));
    columns.push_back({part, parts[part].layer->fields().lookupField(source)});
    return field;
  };
  for (std::size_t part : scorePart)
    yearFields << addColumn(part, QStringLiteral("resilience"), QStringLiteral("resilience"),
                            QVariant::Double);
  if (hotspotPart.size() == all.size()) {
    for (std::size_t part : hotspotPart)
      addColumn(part, QStringLiteral("gi_z"), QStringLiteral("gi_z"), QVariant::Double);
    for (std::size_t part : hotspotPart)
      addColumn(part, QStringLiteral("risk_bin"), QStringLiteral("risk_bin"), QVariant::Int);
  }
  std::unique_ptr<QgsVectorLayer> gathered(QgsMemoryProviderUtils::createMemoryLayer(
      QStringLiteral("years"), fields, base->wkbType(), base->crs()));
  QgsFeatureList features;
  while (parts[0].features.nextFeature(parts[0].current)) {
    const QgsFeature &feature = parts[0].current;
    for (std::size_t p = 1; p < parts.size(); ++p) {
      Part &part = parts[p];
      if (!part.features.nextFeature(part.current))
        throw QgsProcessingException(QObject::tr("Year %1 ended early").arg(part.year));
      if (keyIndex >= 0 && part.key >= 0 &&
          part.current.attribute(part.key) != feature.attribute(keyIndex))
        throw QgsProcessingException(
            QObject::tr("Year %1 has neighbourhood %2 where year %3 has %4: the years must list "
                        "the same neighbourhoods in the same order")
                .arg(part.year, part.current.attribute(part.key).toString(), all[0].label,
                     feature.attribute(keyIndex).toString()));
    }
    QgsFeature out(fields);
    out.setGeometry(feature.geometry());
    QgsAttributes attributes = feature.attributes();
    for (const Column &column : columns) {
      const QVariant v =
          column.source >= 0 ? parts[column.part].current.attribute(column.source) : QVariant();
      const QVariant::Type type = fields.at(attributes.size()).type();
      attributes << (v.isNull() ? QVariant(type) : v);
    }
    out.setAttributes(attributes);
    features << out;
  }
  gathered->dataProvider()->addFeatures(features);
  parts.clear();
  for (std::size_t y = 1; y < all.size(); ++y) {
    runners.drop(scores[y]);
    runners.drop(hotspots[y]);
  }
  const QString gatheredId = gathered->id();
  context.temporaryLayerStore()->addMapLayer(gathered.release());

  QStringList written;
  for (std::size_t y = 1; y < all.size(); ++y)
    if (hotspots[y].isValid())
      written << yearHotspotsLayer(all[y].label);
  const auto section = [&](const QString &name) { return spec.value(name).toMap(); };
  if (spec.contains(QStringLiteral("change"))) {
    QVariantMap p = section(QStringLiteral("change"));
    p.insert(QStringLiteral("INPUT"), gatheredId);
    if (!p.contains(QStringLiteral("FIELD_BEFORE")))
      p.insert(QStringLiteral("FIELD_BEFORE"), yearFields.first());
    if (!p.contains(QStringLiteral("FIELD_AFTER")))
      p.insert(QStringLiteral("FIELD_AFTER"), yearFields.last());
    if (!p.contains(QStringLiteral("RISK")))
      p.insert(QStringLiteral("RISK"), QStringLiteral("low")); // resilience scores
    p.insert(kOutput, runners.destination(QStringLiteral("change")));
    runners.step(QStringLiteral("resilience:change"), p);
    written << QStringLiteral("change");
  }
  for (const auto &[name, layer] :
       {std::pair{QStringLiteral("emerginghotspots"), QStringLiteral("emerging")},
        std::pair{QStringLiteral("lisamarkov"), QStringLiteral("lisamarkov")}}) {
    if (!spec.contains(name))
      continue;
    QVariantMap p = section(name);
    p.insert(QStringLiteral("INPUT"), gatheredId);
    p.insert(QStringLiteral("FIELDS"), yearFields);
    if (name == QLatin1String("emerginghotspots") && !p.contains(QStringLiteral("RISK")))
      p.insert(QStringLiteral("RISK"), QStringLiteral("low"));
    p.insert(kOutput, runners.destination(layer));
    runners.step(QStringLiteral("resilience:") + name, p);
    written << layer;
  }
  context.temporaryLayerStore()->removeMapLayers(QStringList() << gatheredId);
  return written;
}

} // namespace PipelineYears
