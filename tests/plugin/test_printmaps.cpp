// resilience:printmaps on the Noord-Brabant municipalities of 2015 and their four regions.
#include "printmaps_support.h"

#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTextStream>

#include <gtest/gtest.h>

#include <tuple>

#include <iostream>
#include <map>
#include <set>

using namespace resilience::testing;

namespace {

// ColorBrewer 2.0 (colorbrewer2.org): RdYlBu, 5 classes, the resilience score ramp (red = low).
const QStringList kRdYlBu5 = {"#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"};
// ColorBrewer 2.0: YlGnBu, 5 classes, the ramp of quantile maps of any other field.
const QStringList kYlGnBu5 = {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"};

int scoreClass(int score) { // QGIS ranges include both bounds, the first match wins: 20 -> 0
  return score == 0 ? 0 : (score - 1) / 20;
}

// region -> score classes of its municipalities, read straight from brabant_regions_2015.csv.
std::map<QString, std::set<int>> classesPerRegion() {
  std::map<QString, std::set<int>> classes;
  QFile file(testdata(QStringLiteral("brabant_regions_2015.csv")));
  file.open(QIODevice::ReadOnly);
  QTextStream in(&file);
  in.readLine();
  while (!in.atEnd()) {
    const QStringList cells = in.readLine().split(QLatin1Char(','));
    if (cells.size() == 3)
      classes[cells[2].trimmed()].insert(scoreClass(cells[0].mid(2).toInt() % 100));
  }
  return classes;
}

TEST_F(PrintMaps, ScoreBookHasOverviewAndFourRegionPagesInPdfAndPng) {
  const QString pdf = sDir->filePath(QStringLiteral("veerkracht.pdf"));
  const QString folder = sDir->filePath(QStringLiteral("png"));
  const int dpi = 80;
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:printmaps"),
      {{QStringLiteral("INPUT"), brabantLayer()},
       {QStringLiteral("SHOW"), QStringLiteral("score")},
       {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
       {QStringLiteral("TITLE"), QStringLiteral("Veerkracht Noord-Brabant")},
       {QStringLiteral("SUBTITLE"), QStringLiteral("Gemeenten 2015, testscore")},
       {QStringLiteral("CREDITS"), QStringLiteral("Bron: CBS/PDOK wijk- en buurtkaart 2015")},
       {QStringLiteral("PAGE"), QStringLiteral("a4_landscape")},
       {QStringLiteral("DPI"), dpi},
       {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
       {QStringLiteral("OUTPUT_PDF"), pdf},
       {QStringLiteral("OUTPUT_FOLDER"), folder}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("PAGES")).toInt(), 5);
  EXPECT_EQ(pdfPageCount(pdf), 5) << "overview + West, Midden, Noordoost, Zuidoost-Brabant";

  // Pages sorted by region name after the overview.
  const QStringList expectedPngs = {"00_overzicht.png", "01_midden_brabant.png",
                                    "02_noordoost_brabant.png", "03_west_brabant.png",
                                    "04_zuidoost_brabant.png"};
  EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name),
            expectedPngs);

  QgsPrintLayout *layout = savedLayout(run);
  ASSERT_TRUE(layout) << "the layout is saved in the project for the layout designer";
  const QRect area = mapArea(layout, dpi);

  // Overview: every class of the score is on the map, in ColorBrewer's colours.
  const QImage overview(QDir(folder).filePath(expectedPngs[0]));
  ASSERT_FALSE(overview.isNull());
  EXPECT_NEAR(overview.width(), 297 / 25.4 * dpi, 1);
  EXPECT_GT(nonWhiteShare(overview), 0.15) << "not blank";
  for (const QString &colour : kRdYlBu5)
    EXPECT_GT(pixelsOfColour(overview, area, QColor(colour)), 50) << colour.toStdString();

  // Region pages: the region's own classes in full colour, the surroundings greyed, so a class
  // the region lacks (West-Brabant has no score above 80) has no pure pixel on its page.
  const std::map<QString, std::set<int>> classes = classesPerRegion();
  const QStringList regions = {"Midden-Brabant", "Noordoost-Brabant", "West-Brabant",
                               "Zuidoost-Brabant"};
  for (int page = 1; page <= 4; ++page) {
    const QImage image(QDir(folder).filePath(expectedPngs[page]));
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(nonWhiteShare(image), 0.15) << "not blank";
    const std::set<int> &present = classes.at(regions[page - 1]);
    for (int c = 0; c < 5; ++c) {
      const int pixels = pixelsOfColour(image, area, QColor(kRdYlBu5[c]));
      if (present.count(c))
        EXPECT_GT(pixels, 30) << regions[page - 1].toStdString() << " class " << c;
      else
        EXPECT_EQ(pixels, 0) << regions[page - 1].toStdString() << " class " << c;
    }
  }
  EXPECT_EQ(classes.at(QStringLiteral("West-Brabant")).count(4), 0u);

  // The legend lists the five classes in Dutch.
  const QStringList legend = legendTexts(layout);
  EXPECT_TRUE(legend.contains(QStringLiteral("Veerkrachtscore (0-100)")))
      << legend.join('|').toStdString();
  for (const QString &label :
       {QStringLiteral("0 – 20 (minst veerkrachtig)"), QStringLiteral("20 – 40"),
        QStringLiteral("40 – 60"), QStringLiteral("60 – 80"),
        QStringLiteral("80 – 100 (meest veerkrachtig)")})
    EXPECT_TRUE(legend.contains(label))
        << label.toStdString() << " in " << legend.join('|').toStdString();
}

TEST_F(PrintMaps, FieldIsShownInQuintilesBuiltAtRunTime) {
  const QString folder = sDir->filePath(QStringLiteral("density"));
  const int dpi = 60;
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:printmaps"),
      {{QStringLiteral("INPUT"), brabantLayer()},
       {QStringLiteral("SHOW"), QStringLiteral("bevolkingsdichtheid_inwoners_per_km2")},
       {QStringLiteral("PAGE"), QStringLiteral("a4_portrait")},
       {QStringLiteral("DPI"), dpi},
       {QStringLiteral("LANGUAGE"), QStringLiteral("en")},
       {QStringLiteral("OUTPUT_FOLDER"), folder}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("PAGES")).toInt(), 1) << "no regions: overview only";
  const QImage overview(QDir(folder).filePath(QStringLiteral("00_overview.png")));
  ASSERT_FALSE(overview.isNull());
  EXPECT_NEAR(overview.height(), 297 / 25.4 * dpi, 1);
  QgsPrintLayout *layout = savedLayout(run);
  ASSERT_TRUE(layout);
  // Quintiles of 66 municipalities: 13 or 14 in each class, every colour on the map.
  for (const QString &colour : kYlGnBu5)
    EXPECT_GT(pixelsOfColour(overview, mapArea(layout, dpi), QColor(colour)), 30)
        << colour.toStdString();

  // Lowest and highest class bounds are the smallest and largest density of Brabant in the CBS
  // key figures: Baarle-Nassau 87 and Eindhoven 2546 inhabitants per km2.
  // Bounds are written as the map's language writes numbers (LANGUAGE=en: 2,546).
  const QStringList legend = legendTexts(layout);
  EXPECT_TRUE(legend.contains(QStringLiteral("bevolkingsdichtheid inwoners per km2 (quintiles)")))
      << legend.join('|').toStdString();
  EXPECT_EQ(legend.size(), 6) << legend.join('|').toStdString();
  EXPECT_TRUE(legend.value(1).startsWith(QStringLiteral("87 – ")))
      << legend.join('|').toStdString();
  EXPECT_TRUE(legend.value(5).endsWith(QStringLiteral(" – 2,546")))
      << legend.join('|').toStdString();
}

TEST_F(PrintMaps, RegionPolygonsGiveOnePageEach) {
  auto *regions = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:28992&field=naam:string"),
                                     QStringLiteral("regions"), QStringLiteral("memory"));
  QgsFeatureList features;
  const QStringList rectangles = {
      "POLYGON((80000 370000, 130000 370000, 130000 420000, 80000 420000, 80000 370000))",
      "POLYGON((130000 370000, 200000 370000, 200000 430000, 130000 430000, 130000 370000))"};
  const QStringList names = {"West", "Oost"};
  for (int i = 0; i < 2; ++i) {
    QgsFeature feature(regions->fields());
    feature.setAttributes(QgsAttributes() << names[i]);
    feature.setGeometry(QgsGeometry::fromWkt(rectangles[i]));
    features << feature;
  }
  regions->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(regions);
  // Facilities in WGS 84 (Tilburg, Breda, Eindhoven stations), drawn on the RD map.
  auto *facilities = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4326"),
                                        QStringLiteral("stations"), QStringLiteral("memory"));
  QgsFeatureList stations;
  for (const char *wkt :
       {"POINT(5.0833 51.5606)", "POINT(4.7811 51.5956)", "POINT(5.4794 51.4433)"}) {
    QgsFeature station;
    station.setGeometry(QgsGeometry::fromWkt(QString::fromLatin1(wkt)));
    stations << station;
  }
  facilities->dataProvider()->addFeatures(stations);
  QgsProject::instance()->addMapLayer(facilities);

  const QString pdf = sDir->filePath(QStringLiteral("rect.pdf"));
  const QString folder = sDir->filePath(QStringLiteral("rect"));
  const int dpi = 50;
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"),
                                        {{QStringLiteral("INPUT"), brabantLayer()},
                                         {QStringLiteral("SHOW"), QStringLiteral("resilience")},
                                         {QStringLiteral("REGIONS"), regions->id()},
                                         {QStringLiteral("FACILITIES"), facilities->id()},
                                         {QStringLiteral("LANGUAGE"), QStringLiteral("en")},
                                         {QStringLiteral("DPI"), dpi},
                                         {QStringLiteral("OUTPUT_PDF"), pdf},
                                         {QStringLiteral("OUTPUT_FOLDER"), folder}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(pdfPageCount(pdf), 3);
  EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name),
            QStringList({"00_overview.png", "01_oost.png", "02_west.png"}))
      << "regions named by their first text field, pages in name order";
  QgsPrintLayout *layout = savedLayout(run);
  ASSERT_TRUE(layout);
  const QImage overview(QDir(folder).filePath(QStringLiteral("00_overview.png")));
  // styles/facilities.qml: purple #542788 circles, 2.6 mm wide, about 5 px at 50 dpi.
  EXPECT_GT(pixelsOfColour(overview, mapArea(layout, dpi), QColor("#542788")), 3 * 5);
  EXPECT_TRUE(legendTexts(layout).contains(QStringLiteral("Facilities")));
}

TEST_F(PrintMaps, ClustersUseGeoDaColoursAndLabels) {
  auto *layer = new QgsVectorLayer(sBrabant, QStringLiteral("Brabant"), QStringLiteral("ogr"));
  layer->setSubsetString(QStringLiteral("\"regio\" IS NOT NULL"));
  layer->addExpressionField(
      QStringLiteral("CASE WHEN %1 > 80 THEN 'High-High' WHEN %1 <= 20 THEN 'Low-Low' "
                     "ELSE 'Not significant' END")
          .arg(kScoreExpression),
      QgsField(QStringLiteral("lisa_cluster"), QVariant::String));
  QgsProject::instance()->addMapLayer(layer);
  const QString folder = sDir->filePath(QStringLiteral("clusters"));
  const int dpi = 50;
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"),
                                        {{QStringLiteral("INPUT"), layer->id()},
                                         {QStringLiteral("SHOW"), QStringLiteral("clusters")},
                                         {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                                         {QStringLiteral("DPI"), dpi},
                                         {QStringLiteral("OUTPUT_FOLDER"), folder}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  QgsPrintLayout *layout = savedLayout(run);
  ASSERT_TRUE(layout);
  const QImage overview(QDir(folder).filePath(QStringLiteral("00_overzicht.png")));
  // GeoDa: High-High red, Low-Low blue, not significant light grey.
  for (const char *colour : {"#ff0000", "#0000ff", "#eeeeee"})
    EXPECT_GT(pixelsOfColour(overview, mapArea(layout, dpi), QColor(colour)), 30) << colour;
  const QStringList legend = legendTexts(layout);
  for (const char *label : {"Hoog-Hoog", "Laag-Laag", "Laag-Hoog", "Hoog-Laag", "Niet significant"})
    EXPECT_TRUE(legend.contains(QString::fromUtf8(label))) << label;
}

// SHOW=hotspots and clusters draw the risk fields when the layer has them: the risk in red and
// the direction in the legend, read from the features (risk_bin = -gi_bin: low values were the
// risk).
TEST_F(PrintMaps, HotspotsAndClustersDrawTheRiskFields) {
  auto *layer = new QgsVectorLayer(sBrabant, QStringLiteral("Brabant"), QStringLiteral("ogr"));
  layer->setSubsetString(QStringLiteral("\"regio\" IS NOT NULL"));
  const QString bin = QStringLiteral("CASE WHEN %1 > 80 THEN 3 WHEN %1 <= 20 THEN -3 ELSE 0 END")
                          .arg(kScoreExpression);
  layer->addExpressionField(bin, QgsField(QStringLiteral("gi_bin"), QVariant::Int));
  layer->addExpressionField(QStringLiteral("-(%1)").arg(bin),
                            QgsField(QStringLiteral("risk_bin"), QVariant::Int));
  layer->addExpressionField(
      QStringLiteral("CASE WHEN %1 > 80 THEN 'High-High' WHEN %1 <= 20 THEN 'Low-Low' "
                     "ELSE 'Not significant' END")
          .arg(kScoreExpression),
      QgsField(QStringLiteral("lisa_cluster"), QVariant::String));
  layer->addExpressionField(
      QStringLiteral("CASE WHEN %1 > 80 THEN 'Low-risk cluster' WHEN %1 <= 20 THEN 'Risk cluster' "
                     "ELSE 'Not significant' END")
          .arg(kScoreExpression),
      QgsField(QStringLiteral("risk_cluster"), QVariant::String));
  QgsProject::instance()->addMapLayer(layer);
  const int dpi = 50;
  struct Case {
    const char *show, *title, *label, *dutchLabel;
  };
  for (const Case &c :
       {Case{"hotspots", "Risk hot spots (Getis-Ord Gi*)", "Hot spot of low values, 99% confidence",
             "Risicogebied: lage veerkracht, 99% betrouwbaarheid"},
        Case{"clusters", "Risk clusters (local Moran, LISA)", "Risk cluster: low values (Low-Low)",
             "Risicocluster: lage veerkracht (Laag-Laag)"}}) {
    const QString folder = sDir->filePath(QStringLiteral("risk_") + QLatin1String(c.show));
    const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"),
                                          {{QStringLiteral("INPUT"), layer->id()},
                                           {QStringLiteral("SHOW"), QLatin1String(c.show)},
                                           {QStringLiteral("LANGUAGE"), QStringLiteral("en")},
                                           {QStringLiteral("DPI"), dpi},
                                           {QStringLiteral("OUTPUT_FOLDER"), folder}});
    ASSERT_TRUE(run.ok) << run.log.toStdString();
    QgsPrintLayout *layout = savedLayout(run);
    ASSERT_TRUE(layout);
    const QStringList legend = legendTexts(layout);
    EXPECT_TRUE(legend.contains(QLatin1String(c.title))) << legend.join('|').toStdString();
    EXPECT_TRUE(legend.contains(QLatin1String(c.label))) << legend.join('|').toStdString();
    // Told the field (as the pipeline tells it), the legend names it; in Dutch, "veerkracht".
    const AlgorithmRun named =
        runAlgorithm(QStringLiteral("resilience:printmaps"),
                     {{QStringLiteral("INPUT"), layer->id()},
                      {QStringLiteral("SHOW"), QLatin1String(c.show)},
                      {QStringLiteral("RISK_FIELD"), QStringLiteral("resilience")},
                      {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                      {QStringLiteral("DPI"), dpi},
                      {QStringLiteral("OUTPUT_FOLDER"), folder + QStringLiteral("_nl")}});
    ASSERT_TRUE(named.ok) << named.log.toStdString();
    const QStringList dutch = legendTexts(savedLayout(named));
    EXPECT_TRUE(dutch.contains(QLatin1String(c.dutchLabel))) << dutch.join('|').toStdString();
    // The municipalities scoring 20 or less are the risk: red on the map (ColorBrewer RdBu's
    // darkest red for a 99 % risk hot spot, GeoDa's red for a risk cluster).
    const QImage overview(QDir(folder).filePath(QStringLiteral("00_overview.png")));
    const char *red = QLatin1String(c.show) == QLatin1String("hotspots") ? "#b2182b" : "#ff0000";
    EXPECT_GT(pixelsOfColour(overview, mapArea(layout, dpi), QColor(red)), 30) << c.show;
  }
}

// Stacked risks in YlOrRd (more flags darker red), Dutch legend; a flag_<indicator> field with
// the risk_flag template style; local Geary clusters.
TEST_F(PrintMaps, StackingFlagsAndLocalGearyHaveTheirStyles) {
  auto *layer = new QgsVectorLayer(sBrabant, QStringLiteral("Brabant"), QStringLiteral("ogr"));
  layer->setSubsetString(QStringLiteral("\"regio\" IS NOT NULL"));
  layer->addExpressionField(
      QStringLiteral("CASE WHEN %1 > 60 THEN '3 or more flags' ELSE 'No flags' END")
          .arg(kScoreExpression),
      QgsField(QStringLiteral("stacking_class"), QVariant::String));
  layer->addExpressionField(
      QStringLiteral("CASE WHEN %1 > 50 THEN 1 ELSE 0 END").arg(kScoreExpression),
      QgsField(QStringLiteral("flag_bijstand"), QVariant::Int));
  layer->addExpressionField(QStringLiteral("CASE WHEN %1 > 50 THEN 'High-High' ELSE 'Negative' END")
                                .arg(kScoreExpression),
                            QgsField(QStringLiteral("lg_cluster"), QVariant::String));
  QgsProject::instance()->addMapLayer(layer);
  const int dpi = 50;
  struct Shown {
    const char *show, *folder, *overview;
    QStringList colours, labels;
  };
  const std::vector<Shown> cases = {
      {"stacking",
       "stacking",
       "00_overzicht.png",
       {"#bd0026", "#ffffb2"},
       {QStringLiteral("3 of meer vlaggen (stapeling)"), QStringLiteral("Geen vlaggen")}},
      {"flag_bijstand",
       "flag",
       "00_overzicht.png",
       {"#bd0026", "#ffffb2"},
       {QStringLiteral("Risicovlag: bijstand"), QStringLiteral("Geen vlag")}},
      {"geary",
       "geary",
       "00_overzicht.png",
       {"#b2182b", "#67a9cf"},
       {QStringLiteral("Hoog-Hoog"), QStringLiteral("Negatief")}}};
  for (const Shown &c : cases) {
    const QString folder = sDir->filePath(QString::fromLatin1(c.folder));
    const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"),
                                          {{QStringLiteral("INPUT"), layer->id()},
                                           {QStringLiteral("SHOW"), QString::fromLatin1(c.show)},
                                           {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                                           {QStringLiteral("DPI"), dpi},
                                           {QStringLiteral("OUTPUT_FOLDER"), folder}});
    ASSERT_TRUE(run.ok) << c.show << run.log.toStdString();
    QgsPrintLayout *layout = savedLayout(run);
    ASSERT_TRUE(layout);
    const QImage overview(QDir(folder).filePath(QString::fromLatin1(c.overview)));
    for (const QString &colour : c.colours)
      EXPECT_GT(pixelsOfColour(overview, mapArea(layout, dpi), QColor(colour)), 30)
          << c.show << " " << colour.toStdString();
    const QStringList legend = legendTexts(layout);
    for (const QString &label : c.labels)
      EXPECT_TRUE(legend.contains(label)) << c.show << ": " << label.toStdString() << " not in "
                                          << legend.join(QStringLiteral(" | ")).toStdString();
  }
}

// The pages over time: SHOW=change draws change_class (worse red, better blue) and
// SHOW=emerging draws ehs_risk_category (risk spots in reds), with Dutch legends.
TEST_F(PrintMaps, ChangeAndEmergingPagesDrawRiskInRed) {
  auto *layer = new QgsVectorLayer(sBrabant, QStringLiteral("Brabant"), QStringLiteral("ogr"));
  layer->setSubsetString(QStringLiteral("\"regio\" IS NOT NULL"));
  layer->addExpressionField(
      QStringLiteral("CASE WHEN %1 > 60 THEN 'Clearly worse' WHEN %1 <= 30 THEN 'Clearly better' "
                     "ELSE 'Stable' END")
          .arg(kScoreExpression),
      QgsField(QStringLiteral("change_class"), QVariant::String));
  layer->addExpressionField(QStringLiteral("CASE WHEN %1 > 60 THEN 'Intensifying Risk Spot' "
                                           "ELSE 'No Pattern Detected' END")
                                .arg(kScoreExpression),
                            QgsField(QStringLiteral("ehs_risk_category"), QVariant::String));
  QgsProject::instance()->addMapLayer(layer);
  const int dpi = 50;
  const std::tuple<const char *, const char *, const char *, const char *> pages[] = {
      {"change", "#ca0020", "#0571b0", "Duidelijk slechter"},
      {"emerging", "#67000d", "#f0f0f0", "Versterkende risicoplek"}};
  for (const auto &[show, risk, other, label] : pages) {
    const QString folder = sDir->filePath(QString::fromLatin1(show));
    const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"),
                                          {{QStringLiteral("INPUT"), layer->id()},
                                           {QStringLiteral("SHOW"), QString::fromLatin1(show)},
                                           {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                                           {QStringLiteral("DPI"), dpi},
                                           {QStringLiteral("OUTPUT_FOLDER"), folder}});
    ASSERT_TRUE(run.ok) << show << "\n" << run.log.toStdString();
    QgsPrintLayout *layout = savedLayout(run);
    ASSERT_TRUE(layout);
    const QImage overview(QDir(folder).filePath(QStringLiteral("00_overzicht.png")));
    EXPECT_GT(pixelsOfColour(overview, mapArea(layout, dpi), QColor(risk)), 30) << show;
    EXPECT_GT(pixelsOfColour(overview, mapArea(layout, dpi), QColor(other)), 30) << show;
    EXPECT_TRUE(legendTexts(layout).contains(QString::fromUtf8(label))) << show;
  }
}

TEST_F(PrintMaps, FeaturesWithoutValueAreHatchedAsNoData) {
  // The whole country: Almere's car density is a CBS sentinel (NULL after the join) and the
  // GM9999 water area has no table row, so two features have no value.
  const QString folder = sDir->filePath(QStringLiteral("cars"));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:printmaps"),
                   {{QStringLiteral("INPUT"), sBrabant},
                    {QStringLiteral("SHOW"), QStringLiteral("personenautos_per_km2")},
                    {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                    {QStringLiteral("DPI"), 50},
                    {QStringLiteral("OUTPUT_FOLDER"), folder}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  QgsPrintLayout *layout = savedLayout(run);
  ASSERT_TRUE(layout);
  EXPECT_TRUE(legendTexts(layout).contains(QStringLiteral("Geen gegevens")))
      << legendTexts(layout).join('|').toStdString();
  EXPECT_GT(nonWhiteShare(QImage(QDir(folder).filePath(QStringLiteral("00_overzicht.png")))), 0.15);
}

TEST_F(PrintMaps, MissingFieldsAndOutputsAreNamed) {
  QVariantMap parameters = {
      {QStringLiteral("INPUT"), brabantLayer()},
      {QStringLiteral("SHOW"), QStringLiteral("hotspots")},
      {QStringLiteral("OUTPUT_PDF"), sDir->filePath(QStringLiteral("x.pdf"))}};
  AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("'gi_bin'"))) << run.log.toStdString();

  parameters[QStringLiteral("SHOW")] = QStringLiteral("gemeentenaam");
  run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("not numeric"))) << run.log.toStdString();

  parameters[QStringLiteral("SHOW")] = QStringLiteral("score");
  parameters[QStringLiteral("REGION_FIELD")] = QStringLiteral("provincie");
  run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("'provincie' does not exist")))
      << run.log.toStdString();

  parameters.remove(QStringLiteral("REGION_FIELD"));
  parameters.remove(QStringLiteral("OUTPUT_PDF"));
  run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("OUTPUT_PDF, OUTPUT_FOLDER")))
      << run.log.toStdString();
}

} // namespace
