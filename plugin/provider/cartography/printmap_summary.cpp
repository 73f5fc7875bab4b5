#include "cartography/printmap_summary.h"

#include "accessibility/point_in_polygon.h"
#include "cartography/printmap_texts.h"
#include "layers/featurecolumns.h"
#include "regions/region_summary.h"
#include "weights/representative_points.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeedback.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QLocale>

#include <map>

using resilience::MaskedValues;
using resilience::RegionSummary;

namespace {

constexpr std::size_t kLowestCount = 5;
// The score style's lowest class (styles/resilience_score: 0 - 20, "least resilient"), used when
// the layer has no resilience_class of its own.
constexpr double kLowestClassUpperBound = 20.0;

QString numberText(const QLocale &locale, const MaskedValues &column, std::size_t i, int decimals) {
  return column.isValid(i) ? locale.toString(column.values[i], 'f', decimals) : QStringLiteral("–");
}

QString shareText(const QLocale &locale, const MaskedValues &column, std::size_t i) {
  return column.isValid(i)
             ? locale.toString(100.0 * column.values[i], 'f', 0) + QStringLiteral(" %")
             : QStringLiteral("–");
}

// The coverage's region geometries in page order (page 1, 2, ...).
std::vector<std::vector<unsigned char>> regionWkb(const QgsVectorLayer &coverage,
                                                  QStringList &names) {
  std::map<int, std::pair<QByteArray, QString>> byPage;
  QgsFeature feature;
  QgsFeatureIterator it = coverage.getFeatures();
  while (it.nextFeature(feature))
    if (feature.attribute(QStringLiteral("kind")).toString() == QLatin1String("region"))
      byPage[feature.attribute(QStringLiteral("page")).toInt()] = {
          feature.geometry().asWkb(), feature.attribute(QStringLiteral("name")).toString()};
  std::vector<std::vector<unsigned char>> wkb;
  for (const auto &[page, region] : byPage) {
    wkb.emplace_back(region.first.cbegin(), region.first.cend());
    names << region.second;
  }
  return wkb;
}

std::map<QgsFeatureId, QString> namesOf(const QgsVectorLayer &input, const QString &field) {
  std::map<QgsFeatureId, QString> names;
  const int index = input.fields().lookupField(field);
  if (index < 0)
    return names;
  QgsFeature feature;
  QgsFeatureIterator it =
      input.getFeatures(QgsFeatureRequest()
                            .setFlags(QgsFeatureRequest::NoGeometry)
                            .setSubsetOfAttributes(QgsAttributeList() << index));
  while (it.nextFeature(feature))
    names[feature.id()] = feature.attribute(index).toString();
  return names;
}

} // namespace

BookFigures computeBookFigures(const QgsVectorLayer &input, const QgsVectorLayer &coverage,
                               const SummarySpec &spec, QgsFeedback *feedback) {
  const bool hasClass = input.fields().lookupField(QStringLiteral("resilience_class")) >= 0;
  const bool hasBin = input.fields().lookupField(QStringLiteral("risk_bin")) >= 0;
  const QStringList fields = {spec.scoreField, spec.populationField,
                              hasClass ? QStringLiteral("resilience_class") : QString(),
                              hasBin ? QStringLiteral("risk_bin") : QString()};
  auto *processingFeedback = qobject_cast<QgsProcessingFeedback *>(feedback);
  FeatureColumns areas =
      readFeatureColumns(input, fields,
                         {QStringLiteral("SCORE_FIELD"), QStringLiteral("POPULATION"),
                          QStringLiteral("resilience_class"), QStringLiteral("risk_bin")},
                         processingFeedback);
  nullNoDataCodes(areas, {spec.scoreField, spec.populationField}, processingFeedback);
  if (!spec.populationField.isEmpty())
    requireNonNegative(areas.numbers[1], areas, QStringLiteral("POPULATION"), spec.populationField);

  resilience::RegionalAggregationInput in;
  in.score = areas.numbers[0];
  in.population = areas.numbers[1];
  in.classes = hasClass ? areas.numbers[2]
                        : resilience::lowestClassByScore(in.score, kLowestClassUpperBound);
  in.lowestClass = 1.0;
  in.hotspotBin = areas.numbers[3];
  in.hotspotMinBin = 2.0;
  BookFigures figures;
  const auto regions = regionWkb(coverage, figures.regionNames);
  const auto points =
      resilience::representativePoints(areas.wkb, resilience::RepresentativePoint::PointOnSurface);
  in.region = resilience::polygonsContainingPoints(points.x, points.y, regions).polygon;
  in.regions = regions.size();
  figures.summary = resilience::summariseRegions(in, kLowestCount);
  figures.ids = areas.ids;
  figures.region = in.region;
  figures.weighted = !spec.populationField.isEmpty();
  figures.classField = hasClass;
  return figures;
}

QStringList summaryItemNames(const BookFigures &figures, const QString &lang) {
  const bool weighted = figures.weighted;
  return {inLanguage(lang, QStringLiteral("Residents"), QStringLiteral("Inwoners")),
          // Short enough for one line of the table; the method page explains the weighting.
          weighted
              ? inLanguage(lang, QStringLiteral("Mean score (weighted)"),
                           QStringLiteral("Gemiddelde score (gewogen)"))
              : inLanguage(lang, QStringLiteral("Mean score"), QStringLiteral("Gemiddelde score")),
          figures.classField
              ? (weighted ? inLanguage(lang, QStringLiteral("Residents in the lowest quintile"),
                                       QStringLiteral("Inwoners in het laagste kwintiel"))
                          : inLanguage(lang, QStringLiteral("Areas in the lowest quintile"),
                                       QStringLiteral("Gebieden in het laagste kwintiel")))
              : (weighted ? inLanguage(lang, QStringLiteral("Residents with score 20 or less"),
                                       QStringLiteral("Inwoners met score 20 of lager"))
                          : inLanguage(lang, QStringLiteral("Areas with score 20 or less"),
                                       QStringLiteral("Gebieden met score 20 of lager"))),
          inLanguage(lang, QStringLiteral("Risk hot spots (95 % or more)"),
                     QStringLiteral("Risicogebieden (95 % of meer)"))};
}

SummaryTables buildSummaryTables(const BookFigures &figures, const QgsVectorLayer &input,
                                 const SummarySpec &spec) {
  const RegionSummary &summary = figures.summary;
  const std::map<QgsFeatureId, QString> names = namesOf(input, spec.labelField);
  const std::size_t regionCount = summary.lowest.size();
  const QString &lang = spec.language;
  const QLocale locale(inLanguage(lang, QStringLiteral("en_GB"), QStringLiteral("nl_NL")));
  SummaryTables tables;
  tables.regionHeading = inLanguage(lang, QStringLiteral("Region"), QStringLiteral("Regio"));
  tables.wholeHeading =
      inLanguage(lang, QStringLiteral("Whole area"), QStringLiteral("Heel gebied"));
  tables.figures = std::make_unique<QgsVectorLayer>(
      QStringLiteral("None?field=page:integer&field=row:integer&field=item:string"
                     "&field=region:string&field=whole:string"),
      inLanguage(lang, QStringLiteral("Figures per page"), QStringLiteral("Cijfers per blad")),
      QStringLiteral("memory"));
  tables.lowest = std::make_unique<QgsVectorLayer>(
      QStringLiteral("None?field=page:integer&field=row:integer&field=name:string"
                     "&field=score:string&field=rank:string"),
      inLanguage(lang, QStringLiteral("Lowest scores per page"),
                 QStringLiteral("Laagste scores per blad")),
      QStringLiteral("memory"));

  const QStringList items = summaryItemNames(figures, lang);
  const auto &whole = summary.province;
  QgsFeatureList figureRows, lowestRows;
  for (std::size_t page = 0; page <= regionCount; ++page) {
    // Page 0 (the overview) shows the whole area in both columns.
    const auto &own = page == 0 ? whole : summary.regions;
    const std::size_t r = page == 0 ? 0 : page - 1;
    const QStringList regionValues = {
        numberText(locale, own.population, r, 0), numberText(locale, own.scoreMean, r, 1),
        shareText(locale, own.shareLowestClass, r), numberText(locale, own.hotspots, r, 0)};
    const QStringList wholeValues = {
        numberText(locale, whole.population, 0, 0), numberText(locale, whole.scoreMean, 0, 1),
        shareText(locale, whole.shareLowestClass, 0), numberText(locale, whole.hotspots, 0, 0)};
    for (int row = 0; row < items.size(); ++row) {
      QgsFeature feature(tables.figures->fields());
      feature.setAttributes(QgsAttributes() << static_cast<int>(page) << row << items[row]
                                            << regionValues[row] << wholeValues[row]);
      figureRows << feature;
    }
    const auto &lowest = page == 0 ? summary.provinceLowest : summary.lowest[r];
    for (std::size_t k = 0; k < lowest.size(); ++k) {
      const QgsFeatureId id = figures.ids[lowest[k].index];
      const auto name = names.find(id);
      QgsFeature feature(tables.lowest->fields());
      feature.setAttributes(QgsAttributes()
                            << static_cast<int>(page) << static_cast<int>(k)
                            << (name != names.end() ? name->second : QString::number(id))
                            << locale.toString(lowest[k].score, 'f', 1)
                            << locale.toString(static_cast<qulonglong>(lowest[k].rank)));
      lowestRows << feature;
    }
  }
  tables.figures->dataProvider()->addFeatures(figureRows);
  tables.lowest->dataProvider()->addFeatures(lowestRows);
  return tables;
}
