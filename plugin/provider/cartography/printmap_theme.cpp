#include "cartography/printmap_theme.h"

#include "cartography/outputstyles.h"
#include "cartography/printmap_texts.h"

#include <qgsclassificationquantile.h>
#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <memory>

namespace {

struct KnownField {
  const char *field;
  const char *style;
  const char *english;
  const char *dutch;
};

// The fields the provider writes, with the style that reads them.
const KnownField kKnownFields[] = {
    {"resilience", "resilience_score", "Resilience score (0-100)", "Veerkrachtscore (0-100)"},
    {"resilience_class", "resilience_class", "Resilience (quintiles)", "Veerkracht (kwintielen)"},
    {"gi_bin", "gi_bins", "Hot and cold spots (Getis-Ord Gi*)",
     "Hotspots en coldspots (Getis-Ord Gi*)"},
    {"lisa_cluster", "lisa_clusters", "Local Moran clusters (LISA)",
     "Lokale Moran-clusters (LISA)"},
    {"acc_nearest_m", "accessibility", "Distance to the nearest facility",
     "Afstand tot de dichtstbijzijnde voorziening"},
    {"stacking_class", "stacking_classes", "Stacked risks (number of risk flags)",
     "Stapeling van risico's (aantal risicovlaggen)"},
    {"lg_cluster", "local_geary_clusters", "Local Geary clusters", "Lokale Geary-clusters"},
    {"change_class", "change_class", "Change since the earlier year",
     "Verandering sinds het eerdere jaar"},
    {"ehs_risk_category", "emerging_risk", "Emerging risk spots (space-time Gi*)",
     "Opkomende risicoplekken (Gi* in ruimte en tijd)"},
    {"ehs_category", "emerging_hotspots", "Emerging hot and cold spots (space-time Gi*)",
     "Opkomende hotspots en coldspots (Gi* in ruimte en tijd)"},
};

// ColorBrewer YlGnBu, 5 classes: a sequential colour-blind-safe ramp that implies no judgement
// (higher is not "worse" or "better" for a field we know nothing about).
const char *const kQuantileColours[] = {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"};

// The risk fields of resilience:hotspots and resilience:localmoran, drawn with the risk in red.
struct RiskField {
  const char *field;     // risk_bin, risk_cluster
  const char *statistic; // the field it was turned from: gi_bin, lisa_cluster
  const char *style;     // risk_bins, risk_clusters (+ _high or _low)
  const char *english;
  const char *dutch;
  // True for a feature where the risk field shows that low values were the risk.
  const char *lowRiskExpression;
};

const RiskField kRiskFields[] = {
    {"risk_bin", "gi_bin", "risk_bins", "Risk hot spots (Getis-Ord Gi*)",
     "Risicogebieden (Getis-Ord Gi*)", "\"gi_bin\" <> 0 AND \"risk_bin\" = -\"gi_bin\""},
    {"risk_cluster", "lisa_cluster", "risk_clusters", "Risk clusters (local Moran, LISA)",
     "Risicoclusters (lokale Moran, LISA)",
     "(\"risk_cluster\" = 'Risk cluster' AND \"lisa_cluster\" = 'Low-Low') OR "
     "(\"risk_cluster\" = 'Low-risk cluster' AND \"lisa_cluster\" = 'High-High') OR "
     "(\"risk_cluster\" = 'Risk outlier' AND \"lisa_cluster\" = 'Low-High') OR "
     "(\"risk_cluster\" = 'Low-risk outlier' AND \"lisa_cluster\" = 'High-Low')"},
};

// The layer does not say which field the risk fields were computed on, but its features say
// which end was the risk: where the statistic is significant, the risk field follows it (high)
// or turns it round (low). Without a significant feature both ends draw the same map.
bool lowEndIsRisk(const QgsVectorLayer &layer, const RiskField &risk) {
  if (layer.fields().lookupField(QString::fromLatin1(risk.statistic)) < 0)
    return false;
  QgsFeature any;
  return layer
      .getFeatures(QgsFeatureRequest()
                       .setFilterExpression(QString::fromLatin1(risk.lowRiskExpression))
                       .setFlags(QgsFeatureRequest::NoGeometry)
                       .setLimit(1))
      .nextFeature(any);
}

QString riskStyleOf(QgsVectorLayer &layer, const RiskField &risk) {
  return QString::fromLatin1(risk.style) +
         (lowEndIsRisk(layer, risk) ? QStringLiteral("_low") : QStringLiteral("_high"));
}

QString requireField(const QgsVectorLayer &layer, const QString &field, const QString &why) {
  if (layer.fields().lookupField(field) < 0)
    throw QgsProcessingException(
        QObject::tr("SHOW=%1 needs the field '%2' in INPUT %3 (fields: %4)")
            .arg(why, field, layer.name(), layer.fields().names().join(QStringLiteral(", "))));
  return field;
}

void applyStyleOrThrow(QgsVectorLayer &layer, const QString &style, const StyleOptions &options) {
  QString error;
  if (!applyStyle(layer, style, options, &error))
    throw QgsProcessingException(error);
}

// A class bound as the map's language writes it ("2.546" in Dutch, "2,546" in English), without
// trailing zeros.
QString boundText(const QLocale &locale, double value, int precision) {
  QString text = locale.toString(value, 'f', precision);
  if (precision > 0) {
    while (text.endsWith(QLatin1Char('0')))
      text.chop(1);
    if (text.endsWith(locale.decimalPoint()))
      text.chop(1);
  }
  return text;
}

// Quantiles put a fifth of the features in each class; the decimals shown follow the spread of
// the values, so densities read "120 - 450" and shares "0.12 - 0.31".
void applyQuantiles(QgsVectorLayer &layer, const QString &field, const QString &language) {
  const int index = layer.fields().lookupField(field);
  if (!layer.fields().at(index).isNumeric())
    throw QgsProcessingException(
        QObject::tr("SHOW=%1: the field is %2, not numeric; give a numeric field, or score, "
                    "hotspots, clusters, change or emerging")
            .arg(field, layer.fields().at(index).typeName()));
  // CBS no-data codes (at or below -99995, e.g. -99999997) are not values: they are left out of
  // the classes and hatched with the NULLs (see noDataLayer below).
  const QString valued =
      QStringLiteral("%1 IS NULL OR %1 > -99995").arg(QgsExpression::quotedColumnRef(field));
  const QString subset = layer.subsetString();
  layer.setSubsetString(subset.isEmpty() ? valued
                                         : QStringLiteral("(%1) AND (%2)").arg(subset, valued));
  // minimumValue() of a field without values is not NULL for every provider (the memory
  // provider gives DBL_MAX): look for a value instead.
  QgsFeature any;
  const bool hasValue =
      layer
          .getFeatures(
              QgsFeatureRequest()
                  .setFilterExpression(
                      QStringLiteral("%1 IS NOT NULL").arg(QgsExpression::quotedColumnRef(field)))
                  .setFlags(QgsFeatureRequest::NoGeometry)
                  .setLimit(1))
          .nextFeature(any);
  const double minimum = layer.minimumValue(index).toDouble();
  const double maximum = layer.maximumValue(index).toDouble();
  if (!hasValue)
    throw QgsProcessingException(
        QObject::tr("SHOW=%1: every value of the field is NULL (or a no-data code) in %2")
            .arg(field, layer.name()));
  const double spread = maximum - minimum;
  auto method = std::make_unique<QgsClassificationQuantile>();
  const int precision = spread >= 50 ? 0 : spread >= 5 ? 1 : 2;
  auto renderer = std::make_unique<QgsGraduatedSymbolRenderer>(field);
  renderer->setSourceSymbol(QgsFillSymbol::createSimple(
      {{QStringLiteral("outline_color"), QStringLiteral("107,107,107,255")},
       {QStringLiteral("outline_width"), QStringLiteral("0.2")}}));
  renderer->setClassificationMethod(method.release());
  renderer->updateClasses(&layer, 5);
  const int classes = renderer->ranges().size();
  const QLocale locale(inLanguage(language, QStringLiteral("en_GB"), QStringLiteral("nl_NL")));
  for (int i = 0; i < classes; ++i) {
    // Fewer classes (few distinct values) still span the ramp from light to dark.
    const int colour = classes == 1 ? 4 : i * 4 / (classes - 1);
    const QgsRendererRange &range = renderer->ranges().at(i);
    QgsSymbol *symbol = range.symbol()->clone();
    symbol->setColor(QColor(QLatin1String(kQuantileColours[colour])));
    renderer->updateRangeSymbol(i, symbol);
    renderer->updateRangeLabel(
        i, QStringLiteral("%1 – %2").arg(boundText(locale, range.lowerValue(), precision),
                                         boundText(locale, range.upperValue(), precision)));
  }
  layer.setRenderer(renderer.release());
}

} // namespace

bool lowValuesAreTheRisk(const QgsVectorLayer &layer, const QString &riskField) {
  const auto risk = std::find_if(std::begin(kRiskFields), std::end(kRiskFields),
                                 [&](const RiskField &r) { return riskField == r.field; });
  return risk != std::end(kRiskFields) && lowEndIsRisk(layer, *risk);
}

MapTheme applyMapTheme(QgsVectorLayer &layer, const QString &show, const QString &language,
                       const QString &riskField) {
  QString field = show;
  if (show == QLatin1String("score"))
    field = layer.fields().lookupField(QStringLiteral("resilience")) >= 0
                ? QStringLiteral("resilience")
                : requireField(layer, QStringLiteral("resilience_class"), show);
  else if (show == QLatin1String("hotspots"))
    // The risk field when the layer has it; gi_bin (hot = high values) for older layers.
    field = layer.fields().lookupField(QStringLiteral("risk_bin")) >= 0
                ? QStringLiteral("risk_bin")
                : requireField(layer, QStringLiteral("gi_bin"), show);
  else if (show == QLatin1String("clusters"))
    field = layer.fields().lookupField(QStringLiteral("risk_cluster")) >= 0
                ? QStringLiteral("risk_cluster")
                : requireField(layer, QStringLiteral("lisa_cluster"), show);
  else if (show == QLatin1String("stacking"))
    field = requireField(layer, QStringLiteral("stacking_class"), show);
  else if (show == QLatin1String("geary"))
    field = requireField(layer, QStringLiteral("lg_cluster"), show);
  else if (show == QLatin1String("change"))
    field = requireField(layer, QStringLiteral("change_class"), show);
  else if (show == QLatin1String("emerging"))
    field = requireField(layer, QStringLiteral("ehs_risk_category"), show);
  else
    requireField(layer, field, show);

  MapTheme theme;
  theme.field = field;
  StyleOptions options;
  options.language = language;
  const auto known = std::find_if(std::begin(kKnownFields), std::end(kKnownFields),
                                  [&](const KnownField &k) { return field == k.field; });
  const auto risk = std::find_if(std::begin(kRiskFields), std::end(kRiskFields),
                                 [&](const RiskField &r) { return field == r.field; });
  if (risk != std::end(kRiskFields)) {
    options.legendSubject = riskField.isEmpty() ? inLanguage(language, QStringLiteral("values"),
                                                             QStringLiteral("waarden"))
                                                : legendSubject(riskField, language);
    applyStyleOrThrow(layer, riskStyleOf(layer, *risk), options);
    theme.legendTitle =
        inLanguage(language, QString::fromUtf8(risk->english), QString::fromUtf8(risk->dutch));
  } else if (known != std::end(kKnownFields)) {
    applyStyleOrThrow(layer, QLatin1String(known->style), options);
    theme.legendTitle =
        inLanguage(language, QString::fromUtf8(known->english), QString::fromUtf8(known->dutch));
  } else if (field.startsWith(QLatin1String("score_"))) {
    options.classField = field;
    applyStyleOrThrow(layer, QStringLiteral("domain_score"), options);
    theme.legendTitle =
        inLanguage(language, QStringLiteral("Domain score: %1"), QStringLiteral("Domeinscore: %1"))
            .arg(field.mid(6).replace(QLatin1Char('_'), QLatin1Char(' ')));
  } else if (field.startsWith(QLatin1String("flag_"))) {
    options.classField = field;
    applyStyleOrThrow(layer, QStringLiteral("risk_flag"), options);
    theme.legendTitle =
        inLanguage(language, QStringLiteral("Risk flag: %1"), QStringLiteral("Risicovlag: %1"))
            .arg(field.mid(5));
  } else {
    applyQuantiles(layer, field, language);
    QString alias = layer.fields().field(field).displayName();
    theme.legendTitle =
        inLanguage(language, QStringLiteral("%1 (quintiles)"), QStringLiteral("%1 (kwintielen)"))
            .arg(alias.replace(QLatin1Char('_'), QLatin1Char(' ')));
  }
  theme.graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>(layer.renderer()) != nullptr;
  layer.setName(theme.legendTitle);
  return theme;
}

std::unique_ptr<QgsVectorLayer> noDataLayer(const QgsVectorLayer &input, const QString &field,
                                            const QString &language) {
  auto layer = std::unique_ptr<QgsVectorLayer>(input.clone());
  const QString column = QgsExpression::quotedColumnRef(field);
  const int index = input.fields().lookupField(field);
  // Numeric fields: CBS no-data codes (at or below -99995) are hatched too (applyQuantiles leaves
  // them out of the classes).
  const QString isNull = index >= 0 && input.fields().at(index).isNumeric()
                             ? QStringLiteral("(%1 IS NULL OR %1 <= -99995)").arg(column)
                             : QStringLiteral("%1 IS NULL").arg(column);
  const QString subset = input.subsetString();
  if (!layer->setSubsetString(subset.isEmpty() ? isNull
                                               : QStringLiteral("(%1) AND %2").arg(subset, isNull)))
    return nullptr;
  if (layer->featureCount() == 0)
    return nullptr;
  QgsFillSymbol *symbol = QgsFillSymbol::createSimple(
      {{QStringLiteral("color"), QStringLiteral("#ffffff")},
       {QStringLiteral("outline_color"), QStringLiteral("107,107,107,255")},
       {QStringLiteral("outline_width"), QStringLiteral("0.2")}});
  auto *hatch = new QgsLinePatternFillSymbolLayer();
  hatch->setLineAngle(45);
  hatch->setDistance(1.5);
  hatch->setColor(QColor(150, 150, 150));
  symbol->appendSymbolLayer(hatch);
  layer->setRenderer(new QgsSingleSymbolRenderer(symbol));
  layer->setName(inLanguage(language, QStringLiteral("No data"), QStringLiteral("Geen gegevens")));
  return layer;
}
