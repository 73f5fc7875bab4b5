// The styles in styles/ and how outputs carry them: language variants, the domain score template,
// and the default style stored in a GeoPackage's layer_styles table.
#include "qgis_test_environment.h"

#include "cartography/outputstyles.h"
#include "parameters/namedenumparameter.h"

#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsprocessingparameters.h>
#include <qgssymbol.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

#include <gtest/gtest.h>

#include <tuple>

using namespace resilience::testing;

namespace {

QStringList colours(const QgsFeatureRenderer *renderer) {
  QStringList names;
  if (const auto *graduated = dynamic_cast<const QgsGraduatedSymbolRenderer *>(renderer))
    for (const QgsRendererRange &range : graduated->ranges())
      names << range.symbol()->color().name();
  if (const auto *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>(renderer))
    for (const QgsRendererCategory &category : categorized->categories())
      names << category.symbol()->color().name();
  return names;
}

QStringList labels(const QgsFeatureRenderer *renderer) {
  QStringList texts;
  if (const auto *graduated = dynamic_cast<const QgsGraduatedSymbolRenderer *>(renderer))
    for (const QgsRendererRange &range : graduated->ranges())
      texts << range.label();
  if (const auto *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>(renderer))
    for (const QgsRendererCategory &category : categorized->categories())
      texts << category.label();
  return texts;
}

QString classField(const QgsFeatureRenderer *renderer) {
  if (const auto *graduated = dynamic_cast<const QgsGraduatedSymbolRenderer *>(renderer))
    return graduated->classAttribute();
  if (const auto *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>(renderer))
    return categorized->classAttribute();
  return QString();
}

std::unique_ptr<QgsVectorLayer> memoryLayer(const QString &geometry) {
  return std::make_unique<QgsVectorLayer>(
      geometry + QStringLiteral("?crs=EPSG:28992&field=resilience:double&field=gi_bin:integer"
                                "&field=lisa_cluster:string&field=score_social:double"),
      QStringLiteral("result"), QStringLiteral("memory"));
}

// A one-polygon GeoPackage as an algorithm would have written it.
QString writeResultGeoPackage(const QTemporaryDir &dir, const QString &name) {
  auto layer = memoryLayer(QStringLiteral("Polygon"));
  QgsFeature feature(layer->fields());
  feature.setAttributes(QgsAttributes() << 42.0 << 3 << QStringLiteral("High-High") << 61.0);
  feature.setGeometry(QgsGeometry::fromWkt(QStringLiteral("POLYGON((0 0,1 0,1 1,0 1,0 0))")));
  layer->dataProvider()->addFeature(feature);
  const QString path = dir.filePath(name + QStringLiteral(".gpkg"));
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral("GPKG");
  options.layerName = name;
  QString error;
  QgsVectorFileWriter::writeAsVectorFormatV3(layer.get(), path, QgsCoordinateTransformContext(),
                                             options, &error);
  return path + QStringLiteral("|layername=") + name;
}

struct StoredStyle {
  QString name;
  bool isDefault = false;
  QString qml;
  QString sld;
};

// The rows of layer_styles, read as a plain table (what any GeoPackage reader sees).
QList<StoredStyle> storedStyles(const QString &gpkgSource) {
  const QString file = gpkgSource.section(QLatin1Char('|'), 0, 0);
  QgsVectorLayer table(file + QStringLiteral("|layername=layer_styles"), QStringLiteral("styles"),
                       QStringLiteral("ogr"));
  QList<StoredStyle> styles;
  QgsFeature row;
  QgsFeatureIterator it = table.getFeatures();
  while (it.nextFeature(row))
    styles.append({row.attribute(QStringLiteral("styleName")).toString(),
                   row.attribute(QStringLiteral("useAsDefault")).toBool(),
                   row.attribute(QStringLiteral("styleQML")).toString(),
                   row.attribute(QStringLiteral("styleSLD")).toString()});
  return styles;
}

} // namespace

TEST(Styles, EveryStyleLoadsInBothLanguages) {
  const QStringList styles = {"neighbourhoods",    "resilience_score",  "resilience_class",
                              "domain_score",      "gi_bins",           "lisa_clusters",
                              "risk_bins_high",    "risk_bins_low",     "risk_clusters_high",
                              "risk_clusters_low", "accessibility",     "facilities",
                              "change_class",      "emerging_hotspots", "emerging_risk",
                              "chosen_sites",      "site_demand"};
  for (const QString &style : styles)
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
      const bool points =
          style == QLatin1String("facilities") || style == QLatin1String("chosen_sites");
      auto layer = memoryLayer(points ? QStringLiteral("Point") : QStringLiteral("Polygon"));
      QString error;
      EXPECT_TRUE(applyStyle(*layer, style, {language, QString()}, &error))
          << style.toStdString() << ": " << error.toStdString();
      EXPECT_TRUE(QFileInfo::exists(styleFilePath(style, language).replace(".qml", ".sld")))
          << style.toStdString() << " has an SLD for web map servers";
    }
  // Styles without texts have one file for every language.
  EXPECT_TRUE(styleFilePath(QStringLiteral("facilities"), QStringLiteral("nl"))
                  .endsWith(QStringLiteral("/facilities.qml")));
  EXPECT_TRUE(styleFilePath(QStringLiteral("gi_bins"), QStringLiteral("nl"))
                  .endsWith(QStringLiteral("/gi_bins.nl.qml")));
}

TEST(Styles, ClassesFollowPublishedColourSchemesAndConventions) {
  auto layer = memoryLayer(QStringLiteral("Polygon"));
  // Resilience: ColorBrewer RdYlBu 5 (colour-blind safe), red = low = least resilient.
  ASSERT_TRUE(applyStyle(*layer, QStringLiteral("resilience_score"), {"en", QString()}));
  EXPECT_EQ(classField(layer->renderer()), QStringLiteral("resilience"));
  EXPECT_EQ(colours(layer->renderer()),
            QStringList({"#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"}));
  const auto *score = dynamic_cast<const QgsGraduatedSymbolRenderer *>(layer->renderer());
  ASSERT_TRUE(score);
  EXPECT_DOUBLE_EQ(score->ranges().first().lowerValue(), 0);
  EXPECT_DOUBLE_EQ(score->ranges().last().upperValue(), 100);

  // Gi* bins: -3..3 cold to hot (ColorBrewer RdBu 7 reversed), ArcGIS's 99/95/90 % labels.
  ASSERT_TRUE(applyStyle(*layer, QStringLiteral("gi_bins"), {"nl", QString()}));
  EXPECT_EQ(
      colours(layer->renderer()).mid(0, 7),
      QStringList({"#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b"}));
  EXPECT_EQ(labels(layer->renderer()),
            QStringList({"Coldspot, 99% betrouwbaarheid", "Coldspot, 95% betrouwbaarheid",
                         "Coldspot, 90% betrouwbaarheid", "Niet significant",
                         "Hotspot, 90% betrouwbaarheid", "Hotspot, 95% betrouwbaarheid",
                         "Hotspot, 99% betrouwbaarheid", "Geen gegevens"}));

  // LISA: GeoDa's cluster map colours on the texts the local Moran algorithm writes.
  ASSERT_TRUE(applyStyle(*layer, QStringLiteral("lisa_clusters"), {"en", QString()}));
  auto *lisa = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer());
  ASSERT_TRUE(lisa);
  const std::pair<const char *, const char *> geoda[] = {
      {"High-High", "#ff0000"}, {"Low-Low", "#0000ff"},         {"Low-High", "#a7adf9"},
      {"High-Low", "#f4ada8"},  {"Not significant", "#eeeeee"}, {"Undefined", "#ffffff"}};
  for (const auto &[value, colour] : geoda) {
    const int index = lisa->categoryIndexForValue(QString::fromLatin1(value));
    ASSERT_GE(index, 0) << value;
    EXPECT_EQ(lisa->categories()[index].symbol()->color().name(), QString::fromLatin1(colour))
        << value;
  }
}

// Design "Risk first": whichever end of the field is the risk, the risk is red (ColorBrewer RdBu
// 7 reversed for the bins, GeoDa's red for clusters), and the legend names the field and the
// direction.
TEST(Styles, RiskStylesDrawTheRiskRedAndNameTheFieldAndDirection) {
  auto layer = memoryLayer(QStringLiteral("Polygon"));
  const QStringList rdbu = {"#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7",
                            "#fddbc7", "#ef8a62", "#b2182b"};
  for (const QString &end : {QStringLiteral("high"), QStringLiteral("low")}) {
    StyleOptions options{"en", QString(), "resilience"};
    ASSERT_TRUE(applyStyle(*layer, QStringLiteral("risk_bins_") + end, options));
    EXPECT_EQ(classField(layer->renderer()), QStringLiteral("risk_bin"));
    EXPECT_EQ(colours(layer->renderer()).mid(0, 7), rdbu) << end.toStdString();
    auto *bins = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer());
    ASSERT_TRUE(bins);
    EXPECT_EQ(bins->categories()[bins->categoryIndexForValue(3)].label(),
              QStringLiteral("Hot spot of %1 resilience, 99% confidence").arg(end));
    EXPECT_EQ(bins->categories()[bins->categoryIndexForValue(3)].symbol()->color().name(),
              QStringLiteral("#b2182b"));

    options.language = QStringLiteral("nl");
    options.legendSubject = legendSubject(QStringLiteral("resilience"), QStringLiteral("nl"));
    ASSERT_TRUE(applyStyle(*layer, QStringLiteral("risk_clusters_") + end, options));
    auto *clusters = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer());
    ASSERT_TRUE(clusters);
    EXPECT_EQ(clusters->classAttribute(), QStringLiteral("risk_cluster"));
    const int risk = clusters->categoryIndexForValue(QStringLiteral("Risk cluster"));
    ASSERT_GE(risk, 0);
    EXPECT_EQ(clusters->categories()[risk].symbol()->color().name(), QStringLiteral("#ff0000"));
    EXPECT_EQ(clusters->categories()[risk].label(),
              end == QLatin1String("low")
                  ? QStringLiteral("Risicocluster: lage veerkracht (Laag-Laag)")
                  : QStringLiteral("Risicocluster: hoge veerkracht (Hoog-Hoog)"));
    const int favourable = clusters->categoryIndexForValue(QStringLiteral("Low-risk cluster"));
    ASSERT_GE(favourable, 0);
    EXPECT_EQ(clusters->categories()[favourable].symbol()->color().name(),
              QStringLiteral("#0000ff"));
  }
}

// Change: worse red, better blue (ColorBrewer RdBu 5), on the texts resilience:change writes.
TEST(Styles, ChangeClassesDrawWorseInRed) {
  auto layer = memoryLayer(QStringLiteral("Polygon"));
  ASSERT_TRUE(applyStyle(*layer, QStringLiteral("change_class"), {"nl", QString()}));
  EXPECT_EQ(classField(layer->renderer()), QStringLiteral("change_class"));
  auto *change = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer());
  ASSERT_TRUE(change);
  const std::tuple<const char *, const char *, const char *> expected[] = {
      {"Clearly worse", "#ca0020", "Duidelijk slechter"},
      {"Worse within uncertainty", "#f4a582", "Slechter binnen de onzekerheid"},
      {"Stable", "#f7f7f7", "Stabiel"},
      {"Better within uncertainty", "#92c5de", "Beter binnen de onzekerheid"},
      {"Clearly better", "#0571b0", "Duidelijk beter"},
      {"Undefined", "#ffffff", "Onbepaald (een score ontbreekt)"}};
  for (const auto &[value, colour, label] : expected) {
    const int index = change->categoryIndexForValue(QString::fromLatin1(value));
    ASSERT_GE(index, 0) << value;
    EXPECT_EQ(change->categories()[index].symbol()->color().name(), QString::fromLatin1(colour))
        << value;
    EXPECT_EQ(change->categories()[index].label(), QString::fromUtf8(label)) << value;
  }
}

// Emerging hot spots: the 17 categories plus Undefined, risk spots in reds (the strongest,
// intensifying, darkest) and low-risk spots in blues, in the texts the algorithm writes.
TEST(Styles, EmergingRiskSpotsAreRed) {
  auto layer = memoryLayer(QStringLiteral("Polygon"));
  ASSERT_TRUE(applyStyle(*layer, QStringLiteral("emerging_risk"), {"en", QString()}));
  EXPECT_EQ(classField(layer->renderer()), QStringLiteral("ehs_risk_category"));
  auto *ehs = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer());
  ASSERT_TRUE(ehs);
  EXPECT_EQ(ehs->categories().size(), 19) << "8 + 8 patterns, no pattern, undefined, no data";
  const auto colour = [&](const char *value) {
    const int index = ehs->categoryIndexForValue(QString::fromLatin1(value));
    return index < 0 ? QString() : ehs->categories()[index].symbol()->color().name();
  };
  EXPECT_EQ(colour("Intensifying Risk Spot"), QStringLiteral("#67000d"));
  EXPECT_EQ(colour("New Risk Spot"), QStringLiteral("#fc9272"));
  EXPECT_EQ(colour("Intensifying Low-Risk Spot"), QStringLiteral("#08306b"));
  EXPECT_EQ(colour("No Pattern Detected"), QStringLiteral("#f0f0f0"));
  ASSERT_TRUE(applyStyle(*layer, QStringLiteral("emerging_hotspots"), {"nl", QString()}));
  EXPECT_EQ(classField(layer->renderer()), QStringLiteral("ehs_category"));
  EXPECT_TRUE(labels(layer->renderer()).contains(QStringLiteral("Versterkende hotspot")));
}

TEST(Styles, DomainScoreTemplateClassifiesTheFieldGivenAtApplyTime) {
  auto layer = memoryLayer(QStringLiteral("Polygon"));
  ASSERT_TRUE(applyStyle(*layer, QStringLiteral("domain_score"), {"en", "score_social"}));
  EXPECT_EQ(classField(layer->renderer()), QStringLiteral("score_social"));
  EXPECT_EQ(labels(layer->renderer()).first(), QStringLiteral("0 – 20 (weakest)"));
}

TEST(Styles, PolygonStylesOnPointsKeepColoursAsMarkers) {
  auto points = memoryLayer(QStringLiteral("Point"));
  ASSERT_TRUE(applyStyle(*points, QStringLiteral("gi_bins"), {"en", QString()}));
  const auto *renderer = dynamic_cast<const QgsCategorizedSymbolRenderer *>(points->renderer());
  ASSERT_TRUE(renderer);
  for (const QgsRendererCategory &category : renderer->categories())
    EXPECT_EQ(category.symbol()->type(), Qgis::SymbolType::Marker);
  EXPECT_EQ(renderer->categories().first().symbol()->color().name(), QStringLiteral("#2166ac"));
}

TEST(Styles, LanguageParameterDefaultsToTheQgisLocale) {
  std::unique_ptr<QgsProcessingParameterDefinition> parameter(createLanguageParameter());
  EXPECT_EQ(parameter->name(), QStringLiteral("LANGUAGE"));
  const auto *languages = dynamic_cast<const NamedEnumParameter *>(parameter.get());
  ASSERT_TRUE(languages);
  EXPECT_EQ(languages->optionNames(), QStringList({"en", "nl"}));
  EXPECT_EQ(languages->optionNames().value(languages->indexOf(parameter->defaultValue())),
            QgsApplication::locale().startsWith(QLatin1String("nl")) ? "nl" : "en");
}

TEST(Styles, OutputsCarryTheirStyleInLayerStyles) {
  QTemporaryDir dir;
  QgsProcessingContext context;
  RecordingFeedback feedback;
  struct Case {
    const char *style;
    StyleOptions options;
    const char *field;
    const char *firstLabel;
  };
  const Case cases[] = {
      {"gi_bins", {"nl", QString()}, "gi_bin", "Coldspot, 99% betrouwbaarheid"},
      {"lisa_clusters", {"en", QString()}, "lisa_cluster", "High-High"},
      {"resilience_score", {"nl", QString()}, "resilience", "0 – 20 (minst veerkrachtig)"},
      {"domain_score", {"en", "score_social"}, "score_social", "0 – 20 (weakest)"},
  };
  for (const Case &c : cases) {
    const QString style = QString::fromLatin1(c.style);
    const QString output = writeResultGeoPackage(dir, style);
    // A file that already has a default style (an earlier run) takes the new one.
    styleOutput(output, QStringLiteral("neighbourhoods"), context, &feedback);
    styleOutput(output, style, c.options, context, &feedback);
    EXPECT_TRUE(feedback.log.isEmpty()) << feedback.joined().toStdString();

    const QList<StoredStyle> stored = storedStyles(output);
    ASSERT_EQ(stored.size(), 2) << c.style;
    const StoredStyle &latest = stored.last();
    EXPECT_EQ(latest.name, style);
    EXPECT_TRUE(latest.isDefault);
    EXPECT_FALSE(stored.first().isDefault);
    EXPECT_TRUE(latest.qml.contains(QString::fromUtf8(c.firstLabel))) << c.style;
    EXPECT_TRUE(latest.sld.contains(
        QStringLiteral("<ogc:PropertyName>%1</ogc:PropertyName>").arg(QLatin1String(c.field))))
        << c.style << " stores its SLD translation for web map servers";

    // Opened anywhere, the layer comes up styled from the file alone.
    auto reopened = openLayer(output);
    ASSERT_TRUE(reopened->isValid());
    EXPECT_EQ(classField(reopened->renderer()), QString::fromLatin1(c.field)) << c.style;
    EXPECT_EQ(labels(reopened->renderer()).first(), QString::fromUtf8(c.firstLabel)) << c.style;
  }
}

TEST(Styles, OtherFileOutputsGetQmlAndSldBesideThem) {
  QTemporaryDir dir;
  auto layer = memoryLayer(QStringLiteral("Polygon"));
  const QString path = dir.filePath(QStringLiteral("hotspots.shp"));
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral("ESRI Shapefile");
  QString error;
  QgsVectorFileWriter::writeAsVectorFormatV3(layer.get(), path, QgsCoordinateTransformContext(),
                                             options, &error);
  QgsProcessingContext context;
  RecordingFeedback feedback;
  styleOutput(path, QStringLiteral("gi_bins"), {"en", QString()}, context, &feedback);
  EXPECT_TRUE(feedback.log.isEmpty()) << feedback.joined().toStdString();
  ASSERT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("hotspots.sld"))));
  // QGIS picks up hotspots.qml as the default style of hotspots.shp.
  auto reopened = openLayer(path);
  EXPECT_EQ(classField(reopened->renderer()), QStringLiteral("gi_bin"));
  EXPECT_EQ(labels(reopened->renderer()).first(), QStringLiteral("Cold spot, 99% confidence"));
}
