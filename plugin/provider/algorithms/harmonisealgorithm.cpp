#include "algorithms/harmonisealgorithm.h"

#include "algorithms/cancelflag.h"
#include "layers/featurecolumns.h"
#include "layers/resultcolumn.h"
#include "regions/areal_interpolation.h"
#include "weights/representative_points.h"

#include "layers/uncheckedsource.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QHash>

#include <cmath>

using namespace resilience;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kTarget = QStringLiteral("TARGET");
const QString kExtensive = QStringLiteral("EXTENSIVE");
const QString kIntensive = QStringLiteral("INTENSIVE");
const QString kCrosswalk = QStringLiteral("CROSSWALK");
const QString kInputKey = QStringLiteral("INPUT_KEY");
const QString kTargetKey = QStringLiteral("TARGET_KEY");
const QString kCrosswalkSource = QStringLiteral("CROSSWALK_SOURCE_KEY");
const QString kCrosswalkTarget = QStringLiteral("CROSSWALK_TARGET_KEY");
const QString kCrosswalkShare = QStringLiteral("CROSSWALK_SHARE");
const QString kWeightLayer = QStringLiteral("WEIGHT_LAYER");
const QString kWeightField = QStringLiteral("WEIGHT_FIELD");
const QString kOutput = QStringLiteral("OUTPUT");

// A key field's values (trimmed text) in the source's feature order, by position.
QHash<QString, std::uint32_t> keyPositions(const QgsFeatureSource &source, const QString &field,
                                           const QString &parameter) {
  const int index = source.fields().lookupField(field);
  if (index < 0)
    throw QgsProcessingException(QObject::tr("%1: field '%2' does not exist in %3")
                                     .arg(parameter, field, source.sourceName()));
  QHash<QString, std::uint32_t> positions;
  QgsFeatureIterator it = source.getFeatures(
      QgsFeatureRequest().setFlags(QgsFeatureRequest::NoGeometry).setSubsetOfAttributes({index}));
  QgsFeature feature;
  std::uint32_t position = 0;
  while (it.nextFeature(feature)) {
    const QString key = feature.attribute(index).toString().trimmed();
    if (positions.contains(key))
      throw QgsProcessingException(
          QObject::tr("%1: the key '%2' appears twice in %3 (features %4 and %5 in reading order)")
              .arg(parameter, key, source.sourceName())
              .arg(positions.value(key) + 1)
              .arg(position + 1));
    positions.insert(key, position++);
  }
  return positions;
}

} // namespace

QString HarmoniseAlgorithm::displayName() const {
  return QObject::tr("Harmonise boundaries (areal interpolation)");
}

QString HarmoniseAlgorithm::helpText() const {
  return QObject::tr(
      "Brings values from one boundary vintage to another, so years with different boundaries "
      "can be compared (municipal mergers: 393 municipalities in 2015, 342 in 2023; buurt codes "
      "change every year). As PySAL tobler's area_interpolate.\n\n"
      "INPUT: the source polygons with their values; TARGET: the polygons to bring them to. "
      "EXTENSIVE fields are counts (inhabitants, benefit recipients): a source is split over the "
      "targets by the share of its area in each, so counts add up. INTENSIVE fields are rates or "
      "means (a percentage, a score): each target gets the area-weighted mean of the sources it "
      "overlaps. OUTPUT is TARGET with each field under its own name and coverage, the share of "
      "the target's area covered by sources. A target that takes part of a source with a NULL "
      "value gets NULL for that field (an unknown part cannot be split); a target no source "
      "reaches gets NULL. The log reports the counts conserved: the sum over the sources, the "
      "part of it in the area the targets cover, and the sum over the targets.\n\n"
      "Population-weighted: WEIGHT_LAYER (points, or finer polygons such as CBS 100 m squares, "
      "taken at a point on their surface) with WEIGHT_FIELD (e.g. inhabitants) splits each "
      "source by the share of its weight in each target instead of its area, and averages rates "
      "with those weights; coverage is then the share of the target's weight that lies in a "
      "source. A source without weight inside is listed: its counts go nowhere.\n\n"
      "Instead of geometry a CROSSWALK table (a conversion table between boundary years, as the "
      "Dutch address-weighted omzetmatrices) can give the shares: CROSSWALK_SOURCE_KEY and "
      "CROSSWALK_TARGET_KEY match INPUT_KEY and TARGET_KEY, CROSSWALK_SHARE is the share of the "
      "source that goes to the target (0-1; each source's shares should add up to 1, reported "
      "otherwise). Rates are then weighted by those shares, and coverage is NULL.\n\n"
      "Areas are computed in TARGET's coordinate system (INPUT is transformed to it); use a "
      "projected system (RD New for the Netherlands): on longitude/latitude the areas are in "
      "square degrees, which distorts the shares (a warning says so). Invalid polygons are "
      "repaired and reported.");
}

void HarmoniseAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      kInput, QObject::tr("Source polygons (the old boundaries, with the values)"),
      QList<int>() << QgsProcessing::TypeVectorPolygon));
  addParameter(new QgsProcessingParameterFeatureSource(
      kTarget, QObject::tr("Target polygons (the new boundaries)"),
      QList<int>() << QgsProcessing::TypeVectorPolygon));
  addParameter(new QgsProcessingParameterField(
      kExtensive, QObject::tr("Counts (split by area share)"), QVariant(), kInput,
      QgsProcessingParameterField::Numeric, true, true));
  addParameter(new QgsProcessingParameterField(
      kIntensive, QObject::tr("Rates and means (area-weighted mean)"), QVariant(), kInput,
      QgsProcessingParameterField::Numeric, true, true));
  addParameter(new QgsProcessingParameterFeatureSource(
      kWeightLayer, QObject::tr("Weight layer for population-weighted shares (points or polygons)"),
      QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon,
      QVariant(), true));
  addParameter(new QgsProcessingParameterField(
      kWeightField, QObject::tr("Weight field (e.g. inhabitants)"), QVariant(), kWeightLayer,
      QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterFeatureSource(
      kCrosswalk,
      QObject::tr("Crosswalk table instead of geometry (source key, target key, share)"),
      QList<int>() << QgsProcessing::TypeVector, QVariant(), true));
  addParameter(new QgsProcessingParameterField(kInputKey, QObject::tr("Crosswalk: INPUT's key"),
                                               QVariant(), kInput, QgsProcessingParameterField::Any,
                                               false, true));
  addParameter(new QgsProcessingParameterField(kTargetKey, QObject::tr("Crosswalk: TARGET's key"),
                                               QVariant(), kTarget,
                                               QgsProcessingParameterField::Any, false, true));
  addParameter(new QgsProcessingParameterField(
      kCrosswalkSource, QObject::tr("Crosswalk: source key field"), QVariant(), kCrosswalk,
      QgsProcessingParameterField::Any, false, true));
  addParameter(new QgsProcessingParameterField(
      kCrosswalkTarget, QObject::tr("Crosswalk: target key field"), QVariant(), kCrosswalk,
      QgsProcessingParameterField::Any, false, true));
  addParameter(new QgsProcessingParameterField(
      kCrosswalkShare, QObject::tr("Crosswalk: share field (0-1)"), QVariant(), kCrosswalk,
      QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Harmonised"),
                                                     QgsProcessing::TypeVectorPolygon));
}

QVariantMap HarmoniseAlgorithm::execute(const QVariantMap &parameters,
                                        QgsProcessingContext &context,
                                        QgsProcessingFeedback *feedback) {
  std::unique_ptr<QgsProcessingFeatureSource> source =
      requireUncheckedSource(*this, parameters, kInput, context);
  std::unique_ptr<QgsProcessingFeatureSource> target =
      requireUncheckedSource(*this, parameters, kTarget, context);
  const QStringList extensive = parameterAsFields(parameters, kExtensive, context);
  const QStringList intensive = parameterAsFields(parameters, kIntensive, context);
  if (extensive.isEmpty() && intensive.isEmpty())
    throw QgsProcessingException(
        QObject::tr("Nothing to harmonise: choose EXTENSIVE (counts) and/or INTENSIVE (rates) "
                    "fields of INPUT"));
  for (const QString &field : extensive)
    if (intensive.contains(field))
      throw QgsProcessingException(
          QObject::tr("Field '%1' is given as EXTENSIVE and as INTENSIVE; a field is either a "
                      "count or a rate")
              .arg(field));
  for (const QString &field : extensive + intensive)
    if (target->fields().lookupField(field) >= 0)
      feedback->pushWarning(
          QObject::tr("TARGET's field %1 is replaced by the harmonised %1").arg(field));

  const QStringList fields = extensive + intensive;
  QStringList origins;
  for (int f = 0; f < fields.size(); ++f)
    origins << (f < extensive.size() ? kExtensive : kIntensive);
  const auto given = [&](const QString &name) {
    return parameters.value(name).isValid() && !parameters.value(name).toString().isEmpty();
  };
  const bool useCrosswalk = given(kCrosswalk);
  const bool useWeights = given(kWeightLayer);
  if (useCrosswalk && useWeights)
    throw QgsProcessingException(QObject::tr(
        "Give either a CROSSWALK table or a WEIGHT_LAYER: a crosswalk has its own shares"));
  QgsFeatureRequest sourceRequest;
  if (useCrosswalk)
    sourceRequest.setFlags(QgsFeatureRequest::NoGeometry);
  else
    sourceRequest.setDestinationCrs(target->sourceCrs(), context.transformContext());
  feedback->setProgressText(QObject::tr("Reading %1").arg(source->sourceName()));
  FeatureColumns sources = readFeatureColumns(*source, fields, origins, feedback, sourceRequest);
  nullNoDataCodes(sources, fields, feedback);
  QgsFeatureRequest targetRequest;
  if (useCrosswalk)
    targetRequest.setFlags(QgsFeatureRequest::NoGeometry);
  const FeatureColumns targets = readFeatureColumns(*target, {}, {}, feedback, targetRequest);
  if (sources.size() == 0 || targets.size() == 0)
    throw QgsProcessingException(
        QObject::tr("%1 has no features").arg(sources.size() == 0 ? kInput : kTarget));
  feedback->setProgress(20);

  std::vector<ApportionLink> links;
  MaskedValues coverage(targets.size());
  if (useCrosswalk) {
    std::unique_ptr<QgsProcessingFeatureSource> crosswalk(
        parameterAsSource(parameters, kCrosswalk, context));
    if (!crosswalk)
      throw QgsProcessingException(invalidSourceError(parameters, kCrosswalk));
    const QString inputKey = parameterAsString(parameters, kInputKey, context);
    const QString targetKey = parameterAsString(parameters, kTargetKey, context);
    for (const auto &[parameter, value] :
         {std::pair{kInputKey, inputKey}, std::pair{kTargetKey, targetKey}})
      if (value.isEmpty())
        throw QgsProcessingException(
            QObject::tr("%1: name the key field the CROSSWALK refers to").arg(parameter));
    const auto sourceOf = keyPositions(*source, inputKey, kInputKey);
    const auto targetOf = keyPositions(*target, targetKey, kTargetKey);
    const QgsFields cf = crosswalk->fields();
    const int ks = cf.lookupField(parameterAsString(parameters, kCrosswalkSource, context));
    const int kt = cf.lookupField(parameterAsString(parameters, kCrosswalkTarget, context));
    const int kv = cf.lookupField(parameterAsString(parameters, kCrosswalkShare, context));
    if (ks < 0 || kt < 0 || kv < 0)
      throw QgsProcessingException(
          QObject::tr("CROSSWALK: give CROSSWALK_SOURCE_KEY, CROSSWALK_TARGET_KEY and "
                      "CROSSWALK_SHARE, fields of %1")
              .arg(crosswalk->sourceName()));
    QgsFeatureIterator it =
        crosswalk->getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest::NoGeometry));
    QgsFeature row;
    std::size_t unknownRows = 0;
    QStringList unknownKeys;
    std::vector<double> shareSum(sources.size(), 0.0);
    while (it.nextFeature(row)) {
      stopIfCanceled(feedback);
      const QString s = row.attribute(ks).toString().trimmed();
      const QString t = row.attribute(kt).toString().trimmed();
      bool ok = false;
      const double share = row.attribute(kv).toDouble(&ok);
      if (!ok || !std::isfinite(share) || share < 0 || share > 1)
        throw QgsProcessingException(
            QObject::tr("CROSSWALK_SHARE: row %1 (%2 -> %3) has share '%4'; a share lies "
                        "between 0 and 1")
                .arg(row.id())
                .arg(s, t, row.attribute(kv).toString()));
      if (!sourceOf.contains(s) || !targetOf.contains(t)) {
        if (++unknownRows <= 5)
          unknownKeys << QStringLiteral("%1 -> %2").arg(s, t);
        continue;
      }
      links.push_back({sourceOf.value(s), targetOf.value(t), share, share});
      shareSum[sourceOf.value(s)] += share;
    }
    if (unknownRows > 0)
      feedback->pushWarning(QObject::tr("CROSSWALK: %1 row(s) name a key that is not in INPUT's "
                                        "%2 or TARGET's %3 and are left out (e.g. %4)")
                                .arg(unknownRows)
                                .arg(inputKey, targetKey, unknownKeys.join(QStringLiteral("; "))));
    std::size_t offShares = 0;
    for (std::size_t s = 0; s < shareSum.size(); ++s)
      offShares += shareSum[s] > 0 && std::fabs(shareSum[s] - 1.0) > 1e-6;
    if (offShares > 0)
      feedback->pushWarning(QObject::tr("CROSSWALK: the shares of %1 source(s) do not add up to "
                                        "1: their counts are not conserved")
                                .arg(offShares));
  } else if (useWeights) {
    std::unique_ptr<QgsProcessingFeatureSource> weightSource =
        requireUncheckedSource(*this, parameters, kWeightLayer, context);
    const QString weightField = parameterAsString(parameters, kWeightField, context);
    if (weightField.isEmpty())
      throw QgsProcessingException(
          QObject::tr("WEIGHT_FIELD: name the field of WEIGHT_LAYER that holds the weights"));
    QgsFeatureRequest weightRequest;
    weightRequest.setDestinationCrs(target->sourceCrs(), context.transformContext());
    FeatureColumns weights =
        readFeatureColumns(*weightSource, {weightField}, {kWeightField}, feedback, weightRequest);
    nullNoDataCodes(weights, {weightField}, feedback);
    const RepresentativePoints points =
        representativePoints(weights.wkb, RepresentativePoint::PointOnSurface);
    const PointWeightLinks weighted =
        pointWeightLinks(points.x, points.y, weights.numbers[0], sources.wkb, targets.wkb);
    links = weighted.links;
    coverage = weighted.coverage;
    feedback->pushInfo(QObject::tr("WEIGHT_LAYER: %1 weight point(s); %2 outside every source, "
                                   "%3 without a weight")
                           .arg(weights.size())
                           .arg(weighted.pointsOutsideSources)
                           .arg(weighted.pointsWithoutWeight));
    if (!weighted.sourcesWithoutWeight.empty())
      feedback->pushWarning(QObject::tr("%1 source(s) hold no weight point, so their counts "
                                        "cannot be split and go to no target: feature ids %2")
                                .arg(weighted.sourcesWithoutWeight.size())
                                .arg(someFeatureIds(weighted.sourcesWithoutWeight, sources.ids)));
  } else {
    if (target->sourceCrs().isGeographic())
      feedback->pushWarning(QObject::tr(
          "TARGET is in longitude/latitude: areas are in square degrees and the shares are "
          "distorted; reproject both layers to a projected system (e.g. EPSG:28992) first"));
    feedback->setProgressText(QObject::tr("Overlaying %1 source and %2 target polygons")
                                  .arg(sources.size())
                                  .arg(targets.size()));
    const CancelFlag cancel(feedback);
    const AreaLinks area = polygonAreaLinks(sources.wkb, targets.wkb, 0, cancel.get());
    links = area.links;
    coverage = areaCoverage(area);
    if (!area.repairedSources.empty() || !area.repairedTargets.empty())
      feedback->pushWarning(QObject::tr("Repaired invalid polygons: %1 in INPUT (feature ids "
                                        "%2), %3 in TARGET (feature ids %4)")
                                .arg(area.repairedSources.size())
                                .arg(someFeatureIds(area.repairedSources, sources.ids))
                                .arg(area.repairedTargets.size())
                                .arg(someFeatureIds(area.repairedTargets, targets.ids)));
  }
  stopIfCanceled(feedback);
  feedback->setProgress(60);
  // Nothing links a source to a target: every output value would be NULL, which is the wrong
  // layer, CRS or key far more often than a wanted result.
  if (links.empty())
    throw QgsProcessingException(
        useCrosswalk
            ? QObject::tr("CROSSWALK: no row links a feature of INPUT to a feature of TARGET, so "
                          "nothing is harmonised: check CROSSWALK_SOURCE_KEY and "
                          "CROSSWALK_TARGET_KEY against INPUT_KEY and TARGET_KEY")
        : useWeights
            ? QObject::tr("WEIGHT_LAYER: no weight point lies in a source and a target, so "
                          "nothing is harmonised")
            : QObject::tr("INPUT and TARGET do not overlap, so nothing is harmonised: no source "
                          "polygon meets a target in TARGET's CRS (%1); check that both layers "
                          "cover the same area and have the right CRS")
                  .arg(target->sourceCrs().authid()));

  std::vector<std::string> extensiveNames, intensiveNames;
  std::vector<MaskedValues> extensiveValues, intensiveValues;
  for (int f = 0; f < fields.size(); ++f) {
    const bool isExtensive = f < extensive.size();
    (isExtensive ? extensiveNames : intensiveNames).push_back(fields[f].toStdString());
    (isExtensive ? extensiveValues : intensiveValues)
        .push_back(sources.numbers[static_cast<std::size_t>(f)]);
  }
  const ApportionResult result = apportion(links, sources.size(), targets.size(), extensiveNames,
                                           extensiveValues, intensiveNames, intensiveValues);
  for (const ApportionedField &f : result.extensive)
    feedback->pushInfo(QObject::tr("%1 (count): %2 in the sources, %3 of it in the part the "
                                   "targets cover, %4 in the targets%5")
                           .arg(QString::fromStdString(f.name))
                           .arg(f.sumSources, 0, 'f', 3)
                           .arg(f.sumCovered, 0, 'f', 3)
                           .arg(f.sumTargets, 0, 'f', 3)
                           .arg(f.nullTargets ? QObject::tr(" (%1 target(s) NULL: a source they "
                                                            "take part of is NULL)")
                                                    .arg(f.nullTargets)
                                              : QString()));
  for (const ApportionedField &f : result.intensive)
    if (f.nullTargets)
      feedback->pushWarning(QObject::tr("%1 (rate): %2 target(s) NULL: a source they take part "
                                        "of is NULL")
                                .arg(QString::fromStdString(f.name))
                                .arg(f.nullTargets));
  if (!result.unlinkedTargets.empty())
    feedback->pushWarning(QObject::tr("%1 target(s) take nothing from any source (NULL): "
                                      "feature ids %2")
                              .arg(result.unlinkedTargets.size())
                              .arg(someFeatureIds(result.unlinkedTargets, targets.ids)));
  if (!result.unlinkedSources.empty())
    feedback->pushWarning(QObject::tr("%1 source(s) reach no target; their values are not in "
                                      "the output: feature ids %2")
                              .arg(result.unlinkedSources.size())
                              .arg(someFeatureIds(result.unlinkedSources, sources.ids)));

  std::vector<ResultColumn> columns;
  const auto add = [&](const ApportionedField &f) {
    std::vector<double> v(f.values.size());
    for (std::size_t t = 0; t < v.size(); ++t)
      v[t] = f.values.isValid(t) ? f.values.values[t] : std::nan("");
    columns.push_back(ResultColumn::numbers(QString::fromStdString(f.name), std::move(v)));
  };
  for (const ApportionedField &f : result.extensive)
    add(f);
  for (const ApportionedField &f : result.intensive)
    add(f);
  std::vector<double> cov(coverage.size());
  for (std::size_t t = 0; t < cov.size(); ++t)
    cov[t] = coverage.isValid(t) ? coverage.values[t] : std::nan("");
  columns.push_back(ResultColumn::numbers(QStringLiteral("coverage"), std::move(cov)));
  const QString destination =
      writeWithResultColumns(parameters, kOutput, context, feedback, *target, columns,
                             QObject::tr("TARGET's field %1 is replaced by the harmonised %1"), 70);
  styleResult(destination, QStringLiteral("neighbourhoods"), parameters, context, feedback);
  return {{kOutput, destination}};
}
