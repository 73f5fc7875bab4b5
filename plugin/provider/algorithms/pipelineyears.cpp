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

namespace {

const QString kYears = QStringLiteral("years");
const QString kOutput = QStringLiteral("OUTPUT");

struct Year {
  QString label; // as written in the field name: resilience_<label>
  QString table; // the first join's TABLE for this year (empty: the spec's own, first year)
};

QString fieldLabel(const QString &text) {
  QString label = text.trimmed();
  label.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_"));
  return label;
}

std::vector<Year> years(const QVariantMap &spec, const QDir &folder) {
  std::vector<Year> out;
  out.push_back({fieldLabel(spec.value(QStringLiteral("year"), QStringLiteral("first")).toString()),
                 QString()});
  const QVariantList list = spec.value(kYears).toList();
  for (int k = 0; k < list.size(); ++k) {
    const QVariantMap entry = list[k].toMap();
    const QString label = fieldLabel(entry.value(QStringLiteral("year")).toString());
    QString table = entry.value(QStringLiteral("table")).toString();
    if (label.isEmpty() || table.isEmpty())
      throw QgsProcessingException(
          QObject::tr("SPEC: \"years\" entry %1 needs \"year\" (a label such as 2019) and "
                      "\"table\" (that year's indicator table)")
              .arg(k + 1));
    if (!QFileInfo(table).isAbsolute() && QFileInfo::exists(folder.filePath(table)))
      table = folder.filePath(table);
    for (const Year &y : out)
      if (y.label == label)
        throw QgsProcessingException(
            QObject::tr("SPEC: the year %1 appears twice (\"year\" and \"years\" together)")
                .arg(label));
    out.push_back({label, table});
  }
  return out;
}

QgsVectorLayer *vectorLayer(const QVariant &value, QgsProcessingContext &context,
                            const QString &what) {
  auto *layer = qobject_cast<QgsVectorLayer *>(
      QgsProcessingUtils::mapLayerFromString(value.toString(), context));
  if (!layer)
    throw QgsProcessingException(QObject::tr("Cannot open the scores of %1").arg(what));
  return layer;
}

} // namespace

namespace PipelineYears {

QStringList layerNames() {
  return {QStringLiteral("change"), QStringLiteral("emerging"), QStringLiteral("lisamarkov")};
}

bool requested(const QVariantMap &spec) {
  return !spec.value(kYears).toList().isEmpty();
}

QStringList run(const QVariantMap &spec, const QDir &folder, const QVariant &firstYearScores,
                const QString &baseline, const Runners &runners, QgsProcessingContext &context,
                QgsProcessingFeedback *feedback) {
  const std::vector<Year> all = years(spec, folder);
  // The scores of every year, in order; the first is the pipeline's own composite index.
  std::vector<QVariant> scores = {firstYearScores};
  const QVariantMap index = spec.value(QStringLiteral("compositeindex")).toMap();
  for (std::size_t y = 1; y < all.size(); ++y) {
    feedback->pushInfo(
        QObject::tr("— Year %1, scored on the baseline of %2 —").arg(all[y].label, all[0].label));
    QVariantMap parameters;
    parameters.insert(QStringLiteral("INPUT"), runners.joinedYear(all[y].table));
    parameters.insert(QStringLiteral("BASELINE"), baseline);
    for (const char *key : {"NODATA", "UNCERTAINTY_RUNS", "UNCERTAINTY_SHARE", "SEED", "LANGUAGE"})
      if (index.contains(QLatin1String(key)))
        parameters.insert(QLatin1String(key), index.value(QLatin1String(key)));
    parameters.insert(kOutput, QgsProcessing::TEMPORARY_OUTPUT);
    scores.push_back(
        runners.step(QStringLiteral("resilience:compositeindex"), parameters).value(kOutput));
  }

  // One layer with the first year's features and resilience_<year> of every year, matched by
  // position: every year comes from the same polygons, joins and filter. The key of the first
  // join checks that.
  QgsVectorLayer *first = vectorLayer(scores[0], context, all[0].label);
  const QString key = spec.value(QStringLiteral("join"))
                          .toList()
                          .value(0)
                          .toMap()
                          .value(QStringLiteral("INPUT_KEY"))
                          .toString();
  const int keyIndex = first->fields().lookupField(key);
  QgsFields fields = first->fields();
  QStringList yearFields;
  for (const Year &y : all) {
    yearFields << QStringLiteral("resilience_%1").arg(y.label);
    if (fields.lookupField(yearFields.last()) >= 0)
      throw QgsProcessingException(
          QObject::tr("The neighbourhoods already have a field %1").arg(yearFields.last()));
    fields.append(QgsField(yearFields.last(), QVariant::Double));
  }
  std::unique_ptr<QgsVectorLayer> gathered(QgsMemoryProviderUtils::createMemoryLayer(
      QStringLiteral("years"), fields, first->wkbType(), first->crs()));
  std::vector<QgsFeatureIterator> iterators;
  std::vector<int> scoreIndex;
  std::vector<int> yearKeyIndex;
  for (std::size_t y = 0; y < all.size(); ++y) {
    QgsVectorLayer *layer = vectorLayer(scores[y], context, all[y].label);
    if (layer->featureCount() != first->featureCount())
      throw QgsProcessingException(
          QObject::tr("Year %1 has %2 neighbourhoods after the joins and the filter, year %3 has "
                      "%4: the years must cover the same neighbourhoods (harmonise boundaries "
                      "first)")
              .arg(all[y].label)
              .arg(layer->featureCount())
              .arg(all[0].label)
              .arg(first->featureCount()));
    iterators.push_back(layer->getFeatures());
    scoreIndex.push_back(layer->fields().lookupField(QStringLiteral("resilience")));
    yearKeyIndex.push_back(layer->fields().lookupField(key));
  }
  QgsFeatureList features;
  QgsFeature base;
  while (iterators[0].nextFeature(base)) {
    QgsFeature out(fields);
    out.setGeometry(base.geometry());
    QgsAttributes attributes = base.attributes();
    for (std::size_t y = 0; y < all.size(); ++y) {
      QgsFeature f = base;
      if (y > 0 && !iterators[y].nextFeature(f))
        throw QgsProcessingException(QObject::tr("Year %1 ended early").arg(all[y].label));
      if (keyIndex >= 0 && yearKeyIndex[y] >= 0 &&
          f.attribute(yearKeyIndex[y]) != base.attribute(keyIndex))
        throw QgsProcessingException(
            QObject::tr("Year %1 has neighbourhood %2 where year %3 has %4: the years must list "
                        "the same neighbourhoods in the same order")
                .arg(all[y].label, f.attribute(yearKeyIndex[y]).toString(), all[0].label,
                     base.attribute(keyIndex).toString()));
      const QVariant v = f.attribute(scoreIndex[y]);
      attributes << (v.isNull() ? QVariant(QVariant::Double) : QVariant(v.toDouble()));
    }
    out.setAttributes(attributes);
    features << out;
  }
  gathered->dataProvider()->addFeatures(features);
  const QString gatheredId = gathered->id();
  context.temporaryLayerStore()->addMapLayer(gathered.release());

  QStringList written;
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
