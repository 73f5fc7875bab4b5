// resilience:aggregate through the processing registry: the Brabant regions of 2015 summarised
// from the municipalities' CBS key figures and compared with sums over the CSV files read here;
// a hand-worked REGIONS example; bad parameters.
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgscoordinatetransform.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <map>

using namespace resilience::testing;

namespace {

// A plain CSV reader (double-quoted fields may hold commas), independent of the plugin's.
std::vector<QStringList> readCsv(const QString &path) {
  QFile file(path);
  file.open(QIODevice::ReadOnly | QIODevice::Text);
  QTextStream in(&file);
  std::vector<QStringList> rows;
  while (!in.atEnd()) {
    const QString line = in.readLine();
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (const QChar ch : line) {
      if (ch == QLatin1Char('"'))
        quoted = !quoted;
      else if (ch == QLatin1Char(',') && !quoted) {
        cells << cell;
        cell.clear();
      } else
        cell += ch;
    }
    cells << cell;
    rows.push_back(cells);
  }
  return rows;
}

std::map<QString, QString> column(const std::vector<QStringList> &rows, const QString &name) {
  const int k = rows.front().indexOf(name);
  std::map<QString, QString> byCode;
  for (std::size_t r = 1; r < rows.size(); ++r)
    byCode[rows[r][0]] = rows[r][k];
  return byCode;
}

struct RegionTotals {
  int areas = 0;
  double population = 0.0, weighted = 0.0, min = 1e300, max = -1e300;
};

constexpr double kX0 = 130000.0, kY0 = 395000.0;

QString addToProject(QgsVectorLayer *layer) {
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

} // namespace

TEST(AggregateAlgorithm, BrabantRegionsEqualSumsOverTheCsvFiles) {
  QTemporaryDir dir;
  // Land parts only: water parts share their municipality's code and would count it twice.
  const QString land = testdata(
      QStringLiteral("nl_gemeenten_2015.gpkg|layername=gemeenten|subset=\"water\" = 'NEE'"));
  const QString withRegion = dir.filePath(QStringLiteral("regio.gpkg"));
  AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:jointable"),
                   {{QStringLiteral("INPUT"), land},
                    {QStringLiteral("INPUT_KEY"), QStringLiteral("gemeentecode")},
                    {QStringLiteral("TABLE"), testdata(QStringLiteral("brabant_regions_2015.csv"))},
                    {QStringLiteral("TABLE_KEY"), QStringLiteral("gemeentecode")},
                    {QStringLiteral("FIELDS"), QStringList{QStringLiteral("regio")}},
                    {QStringLiteral("OUTPUT"), withRegion}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString joined = dir.filePath(QStringLiteral("joined.gpkg"));
  run = runAlgorithm(
      QStringLiteral("resilience:jointable"),
      {{QStringLiteral("INPUT"), withRegion},
       {QStringLiteral("INPUT_KEY"), QStringLiteral("gemeentecode")},
       {QStringLiteral("TABLE"), testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv"))},
       {QStringLiteral("TABLE_KEY"), QStringLiteral("gemeentecode")},
       {QStringLiteral("FIELDS"),
        QStringList{QStringLiteral("aantal_inwoners"),
                    QStringLiteral("percentage_personen_65_jaar_en_ouder")}},
       {QStringLiteral("OUTPUT"), joined}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString output = dir.filePath(QStringLiteral("regions.gpkg"));
  run = runAlgorithm(
      QStringLiteral("resilience:aggregate"),
      {{QStringLiteral("INPUT"), joined},
       {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
       {QStringLiteral("SCORE_FIELD"), QStringLiteral("percentage_personen_65_jaar_en_ouder")},
       {QStringLiteral("POPULATION"), QStringLiteral("aantal_inwoners")},
       {QStringLiteral("OUTPUT"), output}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();

  // Independently: the two CSV files, summed per region.
  const auto regions = readCsv(testdata(QStringLiteral("brabant_regions_2015.csv")));
  const auto figures = readCsv(testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv")));
  const auto inhabitants = column(figures, QStringLiteral("aantal_inwoners"));
  const auto elderly = column(figures, QStringLiteral("percentage_personen_65_jaar_en_ouder"));
  std::map<QString, RegionTotals> expected;
  for (std::size_t r = 1; r < regions.size(); ++r) {
    const QString code = regions[r][0];
    RegionTotals &t = expected[regions[r][2]];
    const double p = inhabitants.at(code).toDouble(), s = elderly.at(code).toDouble();
    ++t.areas;
    t.population += p;
    t.weighted += p * s;
    t.min = std::min(t.min, s);
    t.max = std::max(t.max, s);
  }
  ASSERT_EQ(expected.size(), 4u);
  EXPECT_EQ(regions.size() - 1, 66u);

  // The region polygons dissolve their municipalities: the same area as the parts added up, by
  // QGIS's own (shoelace) area. The joins dropped Baarle-Nassau's and Steenbergen's holes of two
  // points (no area; GEOS refuses them), so the one polygon repaired is Moerdijk's: its ring
  // crosses itself, and the repair changes its area by 0.14 km2 of West-Brabant's 1,676 km2,
  // hence the tolerance of 1e-3.
  std::map<QString, double> memberArea;
  {
    auto members = openLayer(joined);
    QgsFeature f;
    QgsFeatureIterator it = members->getFeatures();
    while (it.nextFeature(f))
      if (!f.attribute(QStringLiteral("regio")).isNull())
        memberArea[f.attribute(QStringLiteral("regio")).toString()] +=
            f.geometry().constGet()->area();
  }
  EXPECT_TRUE(run.log.contains(QStringLiteral("Region polygons: 4 dissolved edge to edge")))
      << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 invalid neighbourhood polygon(s) were repaired")))
      << run.log.toStdString();

  auto layer = openLayer(output);
  ASSERT_TRUE(layer->isValid());
  EXPECT_EQ(layer->featureCount(), 4);
  EXPECT_EQ(run.results.value(QStringLiteral("UNASSIGNED")).toInt(), 393 - 66);
  for (const auto &[name, t] : expected) {
    const QgsFeature f = featureWhere(*layer, QStringLiteral("regio = '%1'").arg(name));
    ASSERT_TRUE(f.isValid()) << name.toStdString();
    EXPECT_EQ(f.attribute(QStringLiteral("n_areas")).toInt(), t.areas) << name.toStdString();
    EXPECT_EQ(f.attribute(QStringLiteral("n_scored")).toInt(), t.areas);
    EXPECT_DOUBLE_EQ(f.attribute(QStringLiteral("population")).toDouble(), t.population);
    EXPECT_NEAR(f.attribute(QStringLiteral("score_mean_w")).toDouble(), t.weighted / t.population,
                1e-9);
    EXPECT_DOUBLE_EQ(f.attribute(QStringLiteral("score_min")).toDouble(), t.min);
    EXPECT_DOUBLE_EQ(f.attribute(QStringLiteral("score_max")).toDouble(), t.max);
    EXPECT_TRUE(f.attribute(QStringLiteral("share_lowest_class")).isNull())
        << "no resilience_class field in the input";
    EXPECT_TRUE(f.attribute(QStringLiteral("n_hotspots")).isNull());
    EXPECT_NEAR(f.geometry().constGet()->area(), memberArea.at(name), 1e-3 * memberArea.at(name))
        << name.toStdString();
  }
  EXPECT_TRUE(run.log.contains(QStringLiteral("INPUT has no field 'resilience_class'")))
      << run.log.toStdString();
}

// Regions R0 (x 0-1000) and R1 (x 1000-2000) from (kX0, kY0) in RD New; 100 m neighbourhoods:
//   n0 in R0 score 10 pop 100 class 1 bin 3    n1 in R0 score 20   pop 300 class 2 bin 0
//   n2 in R1 score 40 pop 200 class 1 bin 2    n3 in R1 score NULL pop 100 class 1 bin 1
//   n4 outside both.
// R0: mean (100*10 + 300*20) / 400 = 17.5; lowest class 100/400 = 0.25; hot spots 1 (bin 3).
// R1: mean 40 (n3 has no score); lowest class (200 + 100) / 300 = 1; hot spots 1 (bin 2).
void checkRegionPolygonsHandWorked(const QgsCoordinateReferenceSystem &regionCrs) {
  QTemporaryDir dir;
  auto *regions =
      new QgsVectorLayer(QStringLiteral("Polygon?crs=%1&field=name:string").arg(regionCrs.authid()),
                         QStringLiteral("regions"), QStringLiteral("memory"));
  const QgsCoordinateTransform toRegions(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:28992")),
                                         regionCrs, QgsProject::instance()->transformContext());
  QgsFeatureList list;
  for (int r = 0; r < 2; ++r) {
    QgsFeature f(regions->fields());
    f.setAttributes(QgsAttributes() << QStringLiteral("R%1").arg(r));
    QgsGeometry square = QgsGeometry::fromRect(
        QgsRectangle(kX0 + r * 1000.0, kY0, kX0 + (r + 1) * 1000.0, kY0 + 1000.0));
    square.densifyByCount(20);
    square.transform(toRegions);
    f.setGeometry(square);
    list << f;
  }
  regions->dataProvider()->addFeatures(list);
  auto *areas = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=resilience:double&field=pop:double&"
                     "field=resilience_class:integer&field=risk_bin:integer"),
      QStringLiteral("areas"), QStringLiteral("memory"));
  list.clear();
  const std::vector<std::vector<QVariant>> rows = {
      {100.0, 10.0, 100.0, 1, 3},
      {300.0, 20.0, 300.0, 2, 0},
      {1200.0, 40.0, 200.0, 1, 2},
      {1500.0, QVariant(QVariant::Double), 100.0, 1, 1},
      {2500.0, 99.0, 1000.0, 1, 3}};
  for (const auto &row : rows) {
    QgsFeature f(areas->fields());
    f.setAttributes(QgsAttributes() << row[1] << row[2] << row[3] << row[4]);
    const double x = row[0].toDouble();
    f.setGeometry(
        QgsGeometry::fromRect(QgsRectangle(kX0 + x, kY0 + 100.0, kX0 + x + 100.0, kY0 + 200.0)));
    list << f;
  }
  areas->dataProvider()->addFeatures(list);
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:aggregate"),
                   {{QStringLiteral("INPUT"), addToProject(areas)},
                    {QStringLiteral("REGIONS"), addToProject(regions)},
                    {QStringLiteral("POPULATION"), QStringLiteral("pop")},
                    {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("o.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("UNASSIGNED")).toInt(), 1);
  auto layer = openLayer(run.results.value(QStringLiteral("OUTPUT")).toString());
  const QgsFeature r0 = featureWhere(*layer, QStringLiteral("name = 'R0'"));
  EXPECT_EQ(r0.attribute(QStringLiteral("n_areas")).toInt(), 2);
  EXPECT_DOUBLE_EQ(r0.attribute(QStringLiteral("population")).toDouble(), 400.0);
  EXPECT_DOUBLE_EQ(r0.attribute(QStringLiteral("score_mean_w")).toDouble(), 17.5);
  EXPECT_DOUBLE_EQ(r0.attribute(QStringLiteral("score_min")).toDouble(), 10.0);
  EXPECT_DOUBLE_EQ(r0.attribute(QStringLiteral("score_max")).toDouble(), 20.0);
  EXPECT_DOUBLE_EQ(r0.attribute(QStringLiteral("share_lowest_class")).toDouble(), 0.25);
  EXPECT_EQ(r0.attribute(QStringLiteral("n_hotspots")).toInt(), 1);
  const QgsFeature r1 = featureWhere(*layer, QStringLiteral("name = 'R1'"));
  EXPECT_EQ(r1.attribute(QStringLiteral("n_areas")).toInt(), 2);
  EXPECT_EQ(r1.attribute(QStringLiteral("n_scored")).toInt(), 1);
  EXPECT_DOUBLE_EQ(r1.attribute(QStringLiteral("score_mean_w")).toDouble(), 40.0);
  EXPECT_DOUBLE_EQ(r1.attribute(QStringLiteral("share_lowest_class")).toDouble(), 1.0);
  EXPECT_EQ(r1.attribute(QStringLiteral("n_hotspots")).toInt(), 1);
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 neighbourhood(s) with NULL resilience")))
      << run.log.toStdString();
}

TEST(AggregateAlgorithm, RegionPolygonsHandWorked) {
  checkRegionPolygonsHandWorked(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:28992")));
}

TEST(AggregateAlgorithm, RegionPolygonsInAnotherCrsGiveTheSameSummaries) {
  checkRegionPolygonsHandWorked(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")));
}

TEST(AggregateAlgorithm, BadParametersGiveSpecificMessages) {
  QTemporaryDir dir;
  const QString input = testdata(QStringLiteral("nl_gemeenten_2015.gpkg|layername=gemeenten"));
  const QString output = dir.filePath(QStringLiteral("o.gpkg"));
  AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:aggregate"),
                                  {{QStringLiteral("INPUT"), input},
                                   {QStringLiteral("SCORE_FIELD"), QStringLiteral("water")},
                                   {QStringLiteral("OUTPUT"), output}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("neither"))) << run.log.toStdString();
  run = runAlgorithm(QStringLiteral("resilience:aggregate"),
                     {{QStringLiteral("INPUT"), input},
                      {QStringLiteral("REGION_FIELD"), QStringLiteral("gemeentecode")},
                      {QStringLiteral("OUTPUT"), output}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("field 'resilience' does not exist")))
      << run.log.toStdString();
  run = runAlgorithm(QStringLiteral("resilience:aggregate"),
                     {{QStringLiteral("INPUT"), input},
                      {QStringLiteral("REGION_FIELD"), QStringLiteral("gemeentecode")},
                      {QStringLiteral("SCORE_FIELD"), QStringLiteral("gemeentenaam")},
                      {QStringLiteral("OUTPUT"), output}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("not numeric"))) << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(output));
}
