#include "algorithms/aggregatealgorithm.h"

#include "accessibility/point_in_polygon.h"
#include "algorithms/cancelflag.h"
#include "layers/featurecolumns.h"
#include "layers/outputfieldnames.h"
#include "layers/resultcolumn.h"
#include "parameters/valuefieldparameter.h"
#include "regions/region_dissolve.h"
#include "regions/regional_aggregation.h"
#include "scoring/risk_flags.h"
#include "weights/representative_points.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <map>

using resilience::MaskedValues;
using resilience::RegionalAggregation;
using resilience::RegionalAggregationInput;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kRegions = QStringLiteral("REGIONS");
const QString kRegionField = QStringLiteral("REGION_FIELD");
const QString kScoreField = QStringLiteral("SCORE_FIELD");
const QString kPopulation = QStringLiteral("POPULATION");
const QString kClassField = QStringLiteral("CLASS_FIELD");
const QString kLowestClass = QStringLiteral("LOWEST_CLASS");
const QString kHotspotField = QStringLiteral("HOTSPOT_FIELD");
const QString kHotspotMinBin = QStringLiteral("HOTSPOT_MIN_BIN");
const QString kStackingField = QStringLiteral("STACKING_FIELD");
const QString kOutput = QStringLiteral("OUTPUT");

// An optional field parameter whose default names a field that other algorithms write
// (resilience_class, gi_bin): when that default is absent from INPUT the summary is skipped with a
// note; a field the user chose must exist.
QString optionalField(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                      const QString &name, QgsProcessingContext &context, const QgsFields &fields,
                      QgsProcessingFeedback *feedback) {
  const QString field = QgsProcessingParameters::parameterAsString(
      algorithm.parameterDefinition(name), parameters, context);
  if (field.isEmpty())
    return field;
  const QString fallback = algorithm.parameterDefinition(name)->defaultValue().toString();
  if (fields.lookupField(field) < 0 && field == fallback) {
    feedback->pushInfo(
        QObject::tr("%1: INPUT has no field '%2'; that summary is left NULL").arg(name, field));
    return QString();
  }
  return field;
}

// Regions given by a field of INPUT: one region per distinct value (in sorted order), with the
// union of its members' polygons (resilience::dissolveRegions) as geometry.
struct FieldRegions {
  std::vector<std::size_t> regionOf;
  std::vector<QVariant> keys;
};

FieldRegions regionsFromField(const std::vector<QVariant> &keys) {
  std::map<QString, QVariant> byKey;
  std::vector<QString> keyOf;
  for (const QVariant &key : keys) {
    if (key.isNull() || key.toString().trimmed().isEmpty()) {
      keyOf.emplace_back();
      continue;
    }
    keyOf.push_back(key.toString());
    byKey.emplace(key.toString(), key);
  }
  FieldRegions regions;
  std::map<QString, std::size_t> index;
  for (const auto &[text, key] : byKey) {
    index[text] = regions.keys.size();
    regions.keys.push_back(key);
  }
  for (const QString &key : keyOf)
    regions.regionOf.push_back(key.isEmpty() ? resilience::kNoRegion : index.at(key));
  return regions;
}

void reportDissolve(const resilience::DissolvedRegions &dissolved, const FeatureColumns &areas,
                    QgsProcessingFeedback *feedback) {
  feedback->pushInfo(QObject::tr("Region polygons: %1 dissolved edge to edge (coverage union), %2 "
                                 "with the general union (their neighbourhoods overlap or do "
                                 "not meet edge to edge)")
                         .arg(dissolved.coverageUnions)
                         .arg(dissolved.overlayUnions));
  if (!dissolved.repaired.empty())
    feedback->pushWarning(
        QObject::tr("%1 invalid neighbourhood polygon(s) were repaired (GEOS MakeValid) before "
                    "dissolving: feature ids %2")
            .arg(dissolved.repaired.size())
            .arg(someFeatureIds(dissolved.repaired, areas.ids)));
}

// resilience:riskflags' stacking_class as the core's stacked column: 1 for "3 or more flags", 0
// for No flags / 1 flag / 2 flags, NULL for Undefined, NULL or any other text (reported).
MaskedValues stackedRisks(const std::vector<QVariant> &texts) {
  const QString stacked =
      QString::fromUtf8(resilience::stackingClassText(resilience::StackingClass::ThreeOrMore));
  QStringList notStacked;
  for (auto c : {resilience::StackingClass::None, resilience::StackingClass::One,
                 resilience::StackingClass::Two})
    notStacked << QString::fromUtf8(resilience::stackingClassText(c));
  MaskedValues out;
  for (const QVariant &value : texts) {
    const QString text = value.toString();
    out.values.push_back(text == stacked ? 1.0 : 0.0);
    out.valid.push_back(text == stacked || notStacked.contains(text) ? 1 : 0);
  }
  return out;
}

} // namespace

QString AggregateAlgorithm::displayName() const {
  return QObject::tr("Aggregate to regions");
}

QString AggregateAlgorithm::helpText() const {
  return QObject::tr(
      "Summarises neighbourhood results per region, as the monitor reports buurt -> wijk -> "
      "gemeente -> regio -> provincie.\n\n"
      "Regions come either from a REGIONS polygon layer (each neighbourhood belongs to the region "
      "containing its point on surface; the output has the regions' polygons and fields) or from "
      "REGION_FIELD, a field of INPUT such as a municipality code (one output feature per value, "
      "with the union of its neighbourhoods as geometry). Give exactly one of the two.\n\n"
      "Fields per region: n_areas (neighbourhoods), n_scored (neighbourhoods in the mean), "
      "population (sum of POPULATION), score_mean_w (population-weighted mean of SCORE_FIELD, "
      "sum P_i s_i / sum P_i; a plain mean without POPULATION), score_min, score_max, "
      "share_lowest_class (population share, or share of neighbourhoods without POPULATION, whose "
      "CLASS_FIELD equals LOWEST_CLASS, default 1) and n_hotspots (neighbourhoods whose "
      "HOTSPOT_FIELD is at least HOTSPOT_MIN_BIN) and share_stacked (population share, or share "
      "of neighbourhoods, living with stacked risks: STACKING_FIELD, resilience:riskflags' "
      "stacking_class, is '3 or more flags'; the monitor's '10-30 % of residents').\n\n"
      "n_hotspots counts risk hot spots: HOTSPOT_FIELD defaults to risk_bin, which "
      "resilience:hotspots writes turned towards the risk (+3, +2, +1 = risk hot spot at 99, 95, "
      "90 % confidence; for a resilience score, clusters of LOW resilience), so the default "
      "HOTSPOT_MIN_BIN 2 counts risk hot spots at 95 % confidence or more. Choose gi_bin to count "
      "clusters of high values whatever they mean.\n\n"
      "NULLs: a neighbourhood with a NULL score is left out of the mean, min and max; one with a "
      "NULL population is left out of the population, the mean and the class share (its score "
      "still counts for min and max). Both are counted in the log, as are neighbourhoods in no "
      "region. A neighbourhood whose stacking is Undefined (an indicator missing and fewer than 3 "
      "flags) is left out of share_stacked and counted in the log. When the default CLASS_FIELD "
      "(resilience_class), HOTSPOT_FIELD (risk_bin) or STACKING_FIELD (stacking_class) is not a "
      "field of INPUT, that summary is left NULL.");
}

void AggregateAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(
      new QgsProcessingParameterFeatureSource(kInput, QObject::tr("Neighbourhood results"),
                                              QList<int>() << QgsProcessing::TypeVectorPolygon));
  addParameter(new QgsProcessingParameterFeatureSource(
      kRegions, QObject::tr("Region polygons"), QList<int>() << QgsProcessing::TypeVectorPolygon,
      QVariant(), true));
  addParameter(new QgsProcessingParameterField(
      kRegionField, QObject::tr("Region field of the neighbourhoods (instead of region polygons)"),
      QVariant(), kInput, QgsProcessingParameterField::Any, false, true));
  // Declared optional so that a missing value takes the default (QGIS 3.22 rejects a missing
  // mandatory field parameter even when it has a default); execute() requires a field.
  addParameter(new ValueFieldParameter(kScoreField, QObject::tr("Score field"), kInput, true));
  addParameter(new QgsProcessingParameterField(kPopulation, QObject::tr("Population field"),
                                               QVariant(), kInput,
                                               QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterField(kClassField, QObject::tr("Class field"),
                                               QStringLiteral("resilience_class"), kInput,
                                               QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterNumber(kLowestClass, QObject::tr("Lowest class"),
                                                QgsProcessingParameterNumber::Integer, 1));
  addParameter(new QgsProcessingParameterField(
      kHotspotField, QObject::tr("Risk hot-spot bin field (risk_bin)"), QStringLiteral("risk_bin"),
      kInput, QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterNumber(
      kHotspotMinBin, QObject::tr("Smallest bin counted as risk hot spot"),
      QgsProcessingParameterNumber::Integer, 2));
  addParameter(new QgsProcessingParameterField(
      kStackingField, QObject::tr("Stacking class field (resilience:riskflags)"),
      QStringLiteral("stacking_class"), kInput, QgsProcessingParameterField::String, false, true));
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Regions"),
                                                     QgsProcessing::TypeVectorPolygon));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("REGIONS_WRITTEN"),
                                          QObject::tr("Regions written")));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("UNASSIGNED"),
                                          QObject::tr("Neighbourhoods in no region")));
}

QVariantMap AggregateAlgorithm::execute(const QVariantMap &parameters,
                                        QgsProcessingContext &context,
                                        QgsProcessingFeedback *feedback) {
  const auto input = requireSource(*this, parameters, kInput, context, QgsWkbTypes::PolygonGeometry,
                                   QObject::tr("polygon"));
  const bool hasRegions =
      parameters.value(kRegions).isValid() && !parameters.value(kRegions).toString().isEmpty();
  const QString regionField = parameterAsString(parameters, kRegionField, context);
  if (hasRegions == !regionField.isEmpty())
    throw QgsProcessingException(
        QObject::tr(
            "Give either REGIONS (region polygons) or REGION_FIELD (a field of INPUT), not %1")
            .arg(hasRegions ? QObject::tr("both") : QObject::tr("neither")));
  const QgsFields fields = input->fields();
  const QString scoreField = parameterAsString(parameters, kScoreField, context);
  if (scoreField.isEmpty())
    throw QgsProcessingException(QObject::tr("SCORE_FIELD: choose the field to summarise"));
  setLoadedLayerSubject(scoreField);
  const QString populationField = parameterAsString(parameters, kPopulation, context);
  const QString classField =
      optionalField(*this, parameters, kClassField, context, fields, feedback);
  const QString hotspotField =
      optionalField(*this, parameters, kHotspotField, context, fields, feedback);
  const QString stackingField =
      optionalField(*this, parameters, kStackingField, context, fields, feedback);
  if (!stackingField.isEmpty() && fields.lookupField(stackingField) < 0)
    throw QgsProcessingException(QObject::tr("%1: field '%2' does not exist in %3")
                                     .arg(kStackingField, stackingField, input->sourceName()));

  std::unique_ptr<QgsProcessingFeatureSource> regionSource;
  QgsFeatureRequest request;
  if (hasRegions) {
    regionSource = requireSource(*this, parameters, kRegions, context, QgsWkbTypes::PolygonGeometry,
                                 QObject::tr("polygon"));
    request.setDestinationCrs(regionSource->sourceCrs(), context.transformContext());
  }
  // The region key and the stacking class (in that order in areas.requested) are read in the
  // same pass as the numbers.
  if (!hasRegions && fields.lookupField(regionField) < 0)
    throw QgsProcessingException(QObject::tr("REGION_FIELD: field '%1' does not exist in %2")
                                     .arg(regionField, input->sourceName()));
  QgsAttributeList texts;
  if (!hasRegions)
    texts << fields.lookupField(regionField);
  if (!stackingField.isEmpty())
    texts << fields.lookupField(stackingField);
  request.setSubsetOfAttributes(texts);
  FeatureColumns areas =
      readFeatureColumns(*input, {scoreField, populationField, classField, hotspotField},
                         {kScoreField, kPopulation, kClassField, kHotspotField}, feedback, request,
                         Rows::RequestedAttributes);
  nullNoDataCodes(areas, {scoreField, populationField}, feedback);
  if (!populationField.isEmpty())
    requireNonNegative(areas.numbers[1], areas, kPopulation, populationField);
  feedback->setProgress(30);

  RegionalAggregationInput in;
  in.score = areas.numbers[0];
  in.population = areas.numbers[1];
  in.classes = areas.numbers[2];
  in.hotspotBin = areas.numbers[3];
  in.lowestClass = parameterAsDouble(parameters, kLowestClass, context);
  in.hotspotMinBin = parameterAsDouble(parameters, kHotspotMinBin, context);
  if (!stackingField.isEmpty())
    in.stacked = stackedRisks(areas.requested.back());

  FieldRegions byField;
  resilience::DissolvedRegions dissolved;
  FeatureColumns regions;
  if (hasRegions) {
    regions = readFeatureColumns(*regionSource, {}, {}, feedback);
    const auto points = resilience::representativePoints(
        areas.wkb, resilience::RepresentativePoint::PointOnSurface);
    in.region = resilience::polygonsContainingPoints(points.x, points.y, regions.wkb).polygon;
    in.regions = regions.size();
  } else {
    byField = regionsFromField(areas.requested.front());
    in.region = byField.regionOf;
    in.regions = byField.keys.size();
    feedback->setProgressText(QObject::tr("Dissolving the neighbourhoods into regions"));
    dissolved = resilience::dissolveRegions(areas.wkb, in.region, in.regions);
    reportDissolve(dissolved, areas, feedback);
  }
  stopIfCanceled(feedback);
  feedback->setProgress(60);
  const RegionalAggregation result = resilience::aggregateToRegions(in);

  // The regions' polygons and fields (REGIONS), or the dissolved polygons and their key.
  FeatureRows rows;
  QgsFeatureIterator regionFeatures;
  std::size_t next = 0;
  if (hasRegions) {
    regionFeatures = regionSource->getFeatures();
    rows = FeatureRows{regionSource->fields(), regionSource->wkbType(), regionSource->sourceCrs(),
                       [&](QgsFeature &region) { return regionFeatures.nextFeature(region); }};
  } else {
    QgsFields keyField;
    keyField.append(fields.field(regionField));
    rows = FeatureRows{keyField, QgsWkbTypes::MultiPolygon, input->sourceCrs(),
                       [&, keyField](QgsFeature &region) {
                         if (next >= in.regions)
                           return false;
                         region = QgsFeature(keyField);
                         region.setAttributes(QgsAttributes() << byField.keys[next]);
                         const std::vector<unsigned char> &wkb = dissolved.wkb[next++];
                         if (!wkb.empty()) {
                           QgsGeometry merged;
                           merged.fromWkb(QByteArray(reinterpret_cast<const char *>(wkb.data()),
                                                     static_cast<int>(wkb.size())));
                           region.setGeometry(merged);
                         }
                         return true;
                       }};
  }
  std::vector<ResultColumn> columns;
  QgsFields taken = rows.fields;
  const auto add = [&](const QString &name, ResultColumn column) {
    column.field.setName(uniqueFieldName(taken, name));
    if (column.field.name() != name)
      feedback->pushWarning(
          QObject::tr("REGIONS already has a field %1: the summary is written as %2")
              .arg(name, column.field.name()));
    taken.append(column.field);
    columns.push_back(std::move(column));
  };
  const auto counts = [](const std::vector<std::size_t> &values) {
    ResultColumn column{QgsField(QString(), QVariant::LongLong), {}, {}};
    for (std::size_t value : values)
      column.values.emplace_back(static_cast<qlonglong>(value));
    return column;
  };
  add(QStringLiteral("n_areas"), counts(result.areas));
  add(QStringLiteral("n_scored"), counts(result.scored));
  add(QStringLiteral("population"), ResultColumn::masked(QString(), result.population));
  add(QStringLiteral("score_mean_w"), ResultColumn::masked(QString(), result.scoreMean));
  add(QStringLiteral("score_min"), ResultColumn::masked(QString(), result.scoreMin));
  add(QStringLiteral("score_max"), ResultColumn::masked(QString(), result.scoreMax));
  add(QStringLiteral("share_lowest_class"),
      ResultColumn::masked(QString(), result.shareLowestClass));
  add(QStringLiteral("n_hotspots"),
      ResultColumn::masked(QString(), result.hotspots, QVariant::LongLong));
  add(QStringLiteral("share_stacked"), ResultColumn::masked(QString(), result.shareStacked));
  const QString destination =
      writeWithResultColumns(parameters, kOutput, context, feedback, rows, columns, QString(), 60);

  const auto &report = result.report;
  feedback->pushInfo(QObject::tr("%1 neighbourhood(s) summarised into %2 region(s); %3 in no "
                                 "region")
                         .arg(areas.size() - report.unassigned.size())
                         .arg(in.regions)
                         .arg(report.unassigned.size()));
  feedback->pushInfo(
      populationField.isEmpty()
          ? QObject::tr("score_mean_w is the plain mean of %1 (no POPULATION)").arg(scoreField)
          : QObject::tr("score_mean_w is the mean of %1 weighted by %2")
                .arg(scoreField, populationField));
  if (!hotspotField.isEmpty())
    feedback->pushInfo(QObject::tr("n_hotspots counts the neighbourhoods whose %1 is %2 or more%3")
                           .arg(hotspotField)
                           .arg(in.hotspotMinBin)
                           .arg(hotspotField == QLatin1String("risk_bin")
                                    ? QObject::tr(" (risk hot spots)")
                                    : QString()));
  if (!report.nullScore.empty())
    feedback->pushWarning(QObject::tr("%1 neighbourhood(s) with NULL %2 were left out of the "
                                      "mean, min and max")
                              .arg(report.nullScore.size())
                              .arg(scoreField));
  if (!report.nullPopulation.empty())
    feedback->pushWarning(QObject::tr("%1 neighbourhood(s) with NULL %2 were left out of the "
                                      "population, the mean and the class share")
                              .arg(report.nullPopulation.size())
                              .arg(populationField));
  if (!report.unknownStacking.empty())
    feedback->pushWarning(QObject::tr("%1 neighbourhood(s) whose %2 is Undefined, NULL or not a "
                                      "stacking class were left out of share_stacked")
                              .arg(report.unknownStacking.size())
                              .arg(stackingField));
  styleResult(destination, QStringLiteral("neighbourhoods"), parameters, context, feedback);
  QVariantMap outputs;
  outputs.insert(kOutput, destination);
  outputs.insert(QStringLiteral("REGIONS_WRITTEN"), static_cast<qlonglong>(in.regions));
  outputs.insert(QStringLiteral("UNASSIGNED"), static_cast<qlonglong>(report.unassigned.size()));
  return outputs;
}
