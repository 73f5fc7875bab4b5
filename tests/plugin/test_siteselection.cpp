// resilience:siteselection through the processing registry: the chosen sites and the objective
// against every K-subset enumerated here with hypot on the squares' centroids, existing sites,
// candidates in another CRS, the bad-input messages (K too large, nothing within reach,
// coordinates that do not fit their layer's CRS) and Cancel. Candidates are invented points; no
// real locations ship.
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <tuple>

using namespace resilience::testing;

namespace {

const QgsCoordinateReferenceSystem kRd(QStringLiteral("EPSG:28992"));

// 6 x 6 squares of 400 m in RD New near Tilburg; population 100 (column + 1), need 1 + row % 3.
constexpr double kX0 = 130000.0, kY0 = 395000.0, kSide = 400.0;
constexpr int kColumns = 6;

QString addToProject(QgsVectorLayer *layer) {
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

double population(int cell) {
  return 100.0 * (cell % kColumns + 1);
}
double need(int cell) {
  return 1.0 + (cell / kColumns) % 3;
}
QgsPointXY centre(int cell) {
  return {kX0 + (cell % kColumns + 0.5) * kSide, kY0 + (cell / kColumns + 0.5) * kSide};
}

QString squares() {
  auto *layer = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=cell:integer&field=people:double&field=need:"
                     "double"),
      QStringLiteral("squares"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (int cell = 0; cell < kColumns * kColumns; ++cell) {
    const int c = cell % kColumns, r = cell / kColumns;
    QgsFeature f(layer->fields());
    f.setAttributes(QgsAttributes() << cell << population(cell) << need(cell));
    f.setGeometry(QgsGeometry::fromRect(QgsRectangle(
        kX0 + c * kSide, kY0 + r * kSide, kX0 + (c + 1) * kSide, kY0 + (r + 1) * kSide)));
    features << f;
  }
  layer->dataProvider()->addFeatures(features);
  return addToProject(layer);
}

// Invented candidate sites (RD metres) named A..F, and one existing site.
const std::vector<QgsPointXY> kCandidates = {{130300.0, 395300.0}, {131100.0, 395900.0},
                                             {132150.0, 395450.0}, {130500.0, 396900.0},
                                             {131700.0, 397100.0}, {132300.0, 396500.0}};
const QgsPointXY kExisting(130250.0, 397250.0);

QString points(const std::vector<QgsPointXY> &at, const QString &crs, bool named = true) {
  auto *layer = new QgsVectorLayer(QStringLiteral("Point?%1field=name:string")
                                       .arg(crs.isEmpty() ? QString() : "crs=" + crs + "&"),
                                   QStringLiteral("sites"), QStringLiteral("memory"));
  QgsFeatureList features;
  const QgsCoordinateTransform toCrs(kRd, QgsCoordinateReferenceSystem(crs),
                                     QgsProject::instance()->transformContext());
  for (std::size_t j = 0; j < at.size(); ++j) {
    QgsFeature f(layer->fields());
    f.setAttributes(QgsAttributes() << (named ? QString(QChar('A' + int(j))) : QString()));
    QgsGeometry g = QgsGeometry::fromPointXY(at[j]);
    if (!crs.isEmpty() && crs != kRd.authid())
      g.transform(toCrs);
    f.setGeometry(g);
    features << f;
  }
  layer->dataProvider()->addFeatures(features);
  return addToProject(layer);
}

QVariantMap parameters(const QString &objective, int k, double distance, const QTemporaryDir &dir,
                       const QString &candidates) {
  return {{QStringLiteral("INPUT"), squares()},
          {QStringLiteral("POPULATION"), QStringLiteral("people")},
          {QStringLiteral("NEED"), QStringLiteral("need")},
          {QStringLiteral("ORIGIN"), QStringLiteral("centroid")},
          {QStringLiteral("CANDIDATES"), candidates},
          {QStringLiteral("CANDIDATE_ID"), QStringLiteral("name")},
          {QStringLiteral("K"), k},
          {QStringLiteral("DISTANCE"), distance},
          {QStringLiteral("OBJECTIVE"), objective},
          {QStringLiteral("TIME_LIMIT"), 60.0},
          {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("sites.gpkg"))},
          {QStringLiteral("OUTPUT_DEMAND"), dir.filePath(QStringLiteral("demand.gpkg"))}};
}

// Demand-weighted objective of a set of sites, straight from the centroids: covered demand within
// d of a site, or the demand-weighted distance to the nearest site.
double objectiveOf(const std::vector<QgsPointXY> &sites, bool coverage, double d) {
  double total = 0.0;
  for (int cell = 0; cell < kColumns * kColumns; ++cell) {
    double nearest = std::numeric_limits<double>::infinity();
    for (const QgsPointXY &s : sites)
      nearest = std::min(nearest, std::hypot(centre(cell).x() - s.x(), centre(cell).y() - s.y()));
    const double demand = population(cell) * need(cell);
    total += coverage ? (nearest <= d ? demand : 0.0) : demand * nearest;
  }
  return total;
}

double totalDemand() {
  double total = 0.0;
  for (int cell = 0; cell < kColumns * kColumns; ++cell)
    total += population(cell) * need(cell);
  return total;
}

// The best objective over every pair of candidates (with the existing site when given).
double bestPair(bool coverage, double d, bool withExisting) {
  double best = coverage ? -1.0 : std::numeric_limits<double>::infinity();
  for (std::size_t a = 0; a < kCandidates.size(); ++a)
    for (std::size_t b = a + 1; b < kCandidates.size(); ++b) {
      std::vector<QgsPointXY> sites = {kCandidates[a], kCandidates[b]};
      if (withExisting)
        sites.push_back(kExisting);
      const double v = objectiveOf(sites, coverage, d);
      best = coverage ? std::max(best, v) : std::min(best, v);
    }
  return best;
}

std::vector<QgsPointXY> chosenPoints(const QString &output, QStringList *names = nullptr) {
  auto layer = openLayer(output);
  std::map<int, QgsFeature> byOrder;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures();
  while (it.nextFeature(f))
    byOrder[f.attribute(QStringLiteral("choice_order")).toInt()] = f;
  std::vector<QgsPointXY> at;
  for (const auto &entry : byOrder) {
    at.push_back(entry.second.geometry().asPoint());
    if (names)
      *names << entry.second.attribute(QStringLiteral("site_id")).toString();
  }
  return at;
}

} // namespace

TEST(SiteSelectionAlgorithm, CoverageEqualsEnumerationOfEveryPair) {
  QTemporaryDir dir;
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:siteselection"),
      parameters(QStringLiteral("coverage"), 2, 700.0, dir, points(kCandidates, "EPSG:28992")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const double best = bestPair(true, 700.0, false);
  EXPECT_NEAR(run.results.value(QStringLiteral("OBJECTIVE_VALUE")).toDouble(), best, 1e-6);
  EXPECT_NEAR(run.results.value(QStringLiteral("COVERED_SHARE")).toDouble(), best / totalDemand(),
              1e-12);
  EXPECT_EQ(run.results.value(QStringLiteral("GAP")).toDouble(), 0.0);
  QStringList names;
  const std::vector<QgsPointXY> chosen =
      chosenPoints(run.results.value(QStringLiteral("OUTPUT")).toString(), &names);
  ASSERT_EQ(chosen.size(), 2u);
  EXPECT_NEAR(objectiveOf(chosen, true, 700.0), best, 1e-6);
  // The first in the greedy view covers at least as much alone as the second does.
  EXPECT_GE(objectiveOf({chosen[0]}, true, 700.0), objectiveOf({chosen[1]}, true, 700.0));
  for (const QString &name : names)
    EXPECT_EQ(name.size(), 1) << "CANDIDATE_ID names the site: " << name.toStdString();

  // Per neighbourhood: covered exactly where a chosen site is within 700 m of the centroid.
  auto demand = openLayer(run.results.value(QStringLiteral("OUTPUT_DEMAND")).toString());
  QgsFeature f;
  QgsFeatureIterator it = demand->getFeatures();
  int rows = 0;
  while (it.nextFeature(f)) {
    const int cell = f.attribute(QStringLiteral("cell")).toInt();
    double nearest = std::numeric_limits<double>::infinity();
    for (const QgsPointXY &s : chosen)
      nearest = std::min(nearest, std::hypot(centre(cell).x() - s.x(), centre(cell).y() - s.y()));
    EXPECT_EQ(f.attribute(QStringLiteral("covered")).toInt(), nearest <= 700.0 ? 1 : 0) << cell;
    if (nearest <= 700.0) {
      EXPECT_NEAR(f.attribute(QStringLiteral("site_dist_m")).toDouble(), nearest, 1e-6);
    } else {
      EXPECT_TRUE(f.attribute(QStringLiteral("site_id")).isNull()) << cell;
    }
    EXPECT_DOUBLE_EQ(f.attribute(QStringLiteral("demand")).toDouble(),
                     population(cell) * need(cell));
    ++rows;
  }
  EXPECT_EQ(rows, kColumns * kColumns);
}

TEST(SiteSelectionAlgorithm, PMedianWithAnExistingSiteEqualsEnumeration) {
  QTemporaryDir dir;
  QVariantMap p =
      parameters(QStringLiteral("pmedian"), 2, 700.0, dir, points(kCandidates, "EPSG:28992"));
  p.insert(QStringLiteral("EXISTING"), points({kExisting}, QStringLiteral("EPSG:28992")));
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:siteselection"), p);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const double best = bestPair(false, 700.0, true);
  EXPECT_NEAR(run.results.value(QStringLiteral("OBJECTIVE_VALUE")).toDouble(), best, 1e-6 * best);
  EXPECT_EQ(run.results.value(QStringLiteral("GAP")).toDouble(), 0.0);
  std::vector<QgsPointXY> chosen =
      chosenPoints(run.results.value(QStringLiteral("OUTPUT")).toString());
  ASSERT_EQ(chosen.size(), 2u);
  chosen.push_back(kExisting);
  EXPECT_NEAR(objectiveOf(chosen, false, 700.0), best, 1e-6 * best);
}

TEST(SiteSelectionAlgorithm, CandidatesInWgs84GiveTheSameChoice) {
  QTemporaryDir rdDir, wgsDir;
  const AlgorithmRun rd = runAlgorithm(
      QStringLiteral("resilience:siteselection"),
      parameters(QStringLiteral("coverage"), 2, 700.0, rdDir, points(kCandidates, "EPSG:28992")));
  const AlgorithmRun wgs = runAlgorithm(
      QStringLiteral("resilience:siteselection"),
      parameters(QStringLiteral("coverage"), 2, 700.0, wgsDir, points(kCandidates, "EPSG:4326")));
  ASSERT_TRUE(rd.ok && wgs.ok) << rd.log.toStdString() << wgs.log.toStdString();
  EXPECT_NEAR(rd.results.value(QStringLiteral("OBJECTIVE_VALUE")).toDouble(),
              wgs.results.value(QStringLiteral("OBJECTIVE_VALUE")).toDouble(), 1e-6);
}

TEST(SiteSelectionAlgorithm, BadInputGetsAClearMessage) {
  struct BadCase {
    const char *what;
    QVariantMap changes;
    QString message;
  };
  const std::vector<BadCase> cases = {
      {"K larger than the candidates",
       {{QStringLiteral("K"), 7}},
       QStringLiteral("K = 7 is more than the 6 candidate site(s) with a location")},
      {"no candidate within reach",
       {{QStringLiteral("CANDIDATES"),
         points({{150000.0, 420000.0}}, QStringLiteral("EPSG:28992"))},
        {QStringLiteral("K"), 1}},
       QStringLiteral("no candidate site lies within DISTANCE")},
      // RD coordinates in a layer that says it is WGS 84 (a memory layer's default CRS).
      {"candidates in another CRS than declared",
       {{QStringLiteral("CANDIDATES"), points(kCandidates, QString())}},
       QStringLiteral("CANDIDATES: 6 point(s) of sites cannot be transformed from its CRS "
                      "EPSG:4326 to INPUT's EPSG:28992")},
  };
  for (const BadCase &c : cases) {
    QTemporaryDir dir;
    QVariantMap p =
        parameters(QStringLiteral("coverage"), 2, 700.0, dir, points(kCandidates, "EPSG:28992"));
    for (auto it = c.changes.constBegin(); it != c.changes.constEnd(); ++it)
      p.insert(it.key(), it.value());
    const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:siteselection"), p);
    EXPECT_FALSE(run.ok) << c.what;
    EXPECT_TRUE(run.log.contains(c.message)) << c.what << ": " << run.log.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("sites.gpkg")))) << c.what;
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("demand.gpkg")))) << c.what;
  }
}

namespace {

// Presses Cancel when the algorithm reports progress at or beyond `atProgress` percent.
class CancellingFeedback : public RecordingFeedback {
public:
  explicit CancellingFeedback(double atProgress) {
    QObject::connect(this, &QgsFeedback::progressChanged, [this, atProgress](double progress) {
      if (progress >= atProgress && !isCanceled())
        cancel();
    });
  }
};

} // namespace

// -1: before the run; 30: when the solve starts (the core sees the flag and stops).
TEST(SiteSelectionAlgorithm, CancelLeavesNoOutput) {
  for (double at : {-1.0, 30.0}) {
    QTemporaryDir dir;
    std::unique_ptr<QgsProcessingAlgorithm> algorithm(
        QgsApplication::processingRegistry()->createAlgorithmById(
            QStringLiteral("resilience:siteselection")));
    CancellingFeedback feedback(at);
    if (at < 0)
      feedback.cancel();
    QgsProcessingContext context;
    context.setProject(QgsProject::instance());
    bool ok = true;
    algorithm->run(
        parameters(QStringLiteral("pmedian"), 2, 700.0, dir, points(kCandidates, "EPSG:28992")),
        context, &feedback, &ok);
    EXPECT_FALSE(ok) << at;
    EXPECT_TRUE(feedback.joined().contains(QStringLiteral("Canceled")))
        << feedback.joined().toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty()) << at;
  }
}

// ROADS: a T of roads (west-east along y = 395000 from x = 130000 to 134000, north from the
// junction at x = 132000 to y = 397000); squares around (130500, 395000) west, 100 people,
// (132000, 396500) north, 300, and (133500, 395100) east, 200; DISTANCE 2000, K = 1.
//   A (131000, 395000) on the road: west 500 m, north 1000 + 1500 = 2500, east 1000 + 1500 = 2500
//     -> covers west only (100). In straight lines it would reach north too (1803 m): 400.
//   B (133000, 396200) snaps to the north road at (132000, 396200): north 300 m, east and west
//     1200 + 1500 = 2700 -> covers north only (300). In straight lines north (1044 m) and east
//     (1208 m): 500.
// Along the roads B wins with 300, with north served 300 m away.
TEST(SiteSelectionAlgorithm, RoadDistancesDecideTheCoverage) {
  QTemporaryDir dir;
  auto *roads = new QgsVectorLayer(QStringLiteral("LineString?crs=EPSG:28992"),
                                   QStringLiteral("roads"), QStringLiteral("memory"));
  QgsFeatureList list;
  for (const char *wkt :
       {"LineString(130000 395000, 132000 395000)", "LineString(132000 395000, 134000 395000)",
        "LineString(132000 395000, 132000 397000)"}) {
    QgsFeature f;
    f.setGeometry(QgsGeometry::fromWkt(QString::fromLatin1(wkt)));
    list << f;
  }
  roads->dataProvider()->addFeatures(list);
  auto *areas = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=cell:integer&field=people:double"),
      QStringLiteral("three"), QStringLiteral("memory"));
  list.clear();
  const std::vector<QgsPointXY> centres = {
      {130500.0, 395000.0}, {132000.0, 396500.0}, {133500.0, 395100.0}};
  const std::vector<double> people = {100.0, 300.0, 200.0};
  for (int c = 0; c < 3; ++c) {
    QgsFeature f(areas->fields());
    f.setAttributes(QgsAttributes() << c << people[c]);
    f.setGeometry(
        QgsGeometry::fromRect(QgsRectangle(centres[c].x() - 100.0, centres[c].y() - 100.0,
                                           centres[c].x() + 100.0, centres[c].y() + 100.0)));
    list << f;
  }
  areas->dataProvider()->addFeatures(list);
  QVariantMap p = {
      {QStringLiteral("INPUT"), addToProject(areas)},
      {QStringLiteral("POPULATION"), QStringLiteral("people")},
      {QStringLiteral("ORIGIN"), QStringLiteral("centroid")},
      {QStringLiteral("CANDIDATES"),
       points({{131000.0, 395000.0}, {133000.0, 396200.0}}, QStringLiteral("EPSG:28992"))},
      {QStringLiteral("CANDIDATE_ID"), QStringLiteral("name")},
      {QStringLiteral("K"), 1},
      {QStringLiteral("DISTANCE"), 2000.0},
      {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("sites.gpkg"))},
      {QStringLiteral("OUTPUT_DEMAND"), dir.filePath(QStringLiteral("demand.gpkg"))}};
  const AlgorithmRun straight = runAlgorithm(QStringLiteral("resilience:siteselection"), p);
  ASSERT_TRUE(straight.ok) << straight.log.toStdString();
  EXPECT_DOUBLE_EQ(straight.results.value(QStringLiteral("OBJECTIVE_VALUE")).toDouble(), 500.0);

  QTemporaryDir roadDir;
  p[QStringLiteral("ROADS")] = addToProject(roads);
  p[QStringLiteral("OUTPUT")] = roadDir.filePath(QStringLiteral("sites.gpkg"));
  p[QStringLiteral("OUTPUT_DEMAND")] = roadDir.filePath(QStringLiteral("demand.gpkg"));
  const AlgorithmRun road = runAlgorithm(QStringLiteral("resilience:siteselection"), p);
  ASSERT_TRUE(road.ok) << road.log.toStdString();
  EXPECT_DOUBLE_EQ(road.results.value(QStringLiteral("OBJECTIVE_VALUE")).toDouble(), 300.0);
  EXPECT_DOUBLE_EQ(road.results.value(QStringLiteral("COVERED_SHARE")).toDouble(), 0.5);
  QStringList names;
  chosenPoints(road.results.value(QStringLiteral("OUTPUT")).toString(), &names);
  EXPECT_EQ(names, QStringList{QStringLiteral("B")});
  auto demand = openLayer(road.results.value(QStringLiteral("OUTPUT_DEMAND")).toString());
  QgsFeature f;
  QgsFeatureIterator it = demand->getFeatures();
  while (it.nextFeature(f)) {
    const int cell = f.attribute(QStringLiteral("cell")).toInt();
    EXPECT_EQ(f.attribute(QStringLiteral("covered")).toInt(), cell == 1 ? 1 : 0) << cell;
    if (cell == 1) {
      EXPECT_NEAR(f.attribute(QStringLiteral("site_dist_m")).toDouble(), 300.0, 0.5);
    }
  }
}

// ORIGIN points: one square (130000..130400, 395000..395400), population 100, with two address
// points, (130050, 395050) weight 3 and (130350, 395350) weight 1, so its demand is spread 75 / 25.
// One candidate at the corner (130000, 395000), DISTANCE 200: the first point is 70.7 m away
// (covered), the second 495 m (not). Covered demand 75, share 0.75; covered = 1 (at least half);
// site_dist_m NULL because part of the demand has no site within reach.
TEST(SiteSelectionAlgorithm, WeightedOriginPointsSplitTheDemand) {
  QTemporaryDir dir;
  auto *area = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=cell:integer&field=people:double"),
      QStringLiteral("one"), QStringLiteral("memory"));
  QgsFeature square(area->fields());
  square.setAttributes(QgsAttributes() << 0 << 100.0);
  square.setGeometry(QgsGeometry::fromRect(QgsRectangle(130000.0, 395000.0, 130400.0, 395400.0)));
  area->dataProvider()->addFeature(square);
  auto *addresses =
      new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:28992&field=residents:double"),
                         QStringLiteral("addresses"), QStringLiteral("memory"));
  QgsFeatureList list;
  for (const auto &[x, y, w] : {std::tuple<double, double, double>{130050.0, 395050.0, 3.0},
                                std::tuple<double, double, double>{130350.0, 395350.0, 1.0}}) {
    QgsFeature f(addresses->fields());
    f.setAttributes(QgsAttributes() << w);
    f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(x, y)));
    list << f;
  }
  addresses->dataProvider()->addFeatures(list);
  const QVariantMap p = {
      {QStringLiteral("INPUT"), addToProject(area)},
      {QStringLiteral("POPULATION"), QStringLiteral("people")},
      {QStringLiteral("ORIGIN"), QStringLiteral("points")},
      {QStringLiteral("ORIGIN_POINTS"), addToProject(addresses)},
      {QStringLiteral("ORIGIN_WEIGHT"), QStringLiteral("residents")},
      {QStringLiteral("CANDIDATES"), points({{130000.0, 395000.0}}, QStringLiteral("EPSG:28992"))},
      {QStringLiteral("CANDIDATE_ID"), QStringLiteral("name")},
      {QStringLiteral("K"), 1},
      {QStringLiteral("DISTANCE"), 200.0},
      {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("sites.gpkg"))},
      {QStringLiteral("OUTPUT_DEMAND"), dir.filePath(QStringLiteral("demand.gpkg"))}};
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:siteselection"), p);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_DOUBLE_EQ(run.results.value(QStringLiteral("OBJECTIVE_VALUE")).toDouble(), 75.0);
  EXPECT_DOUBLE_EQ(run.results.value(QStringLiteral("COVERED_SHARE")).toDouble(), 0.75);
  auto demand = openLayer(run.results.value(QStringLiteral("OUTPUT_DEMAND")).toString());
  QgsFeature f;
  ASSERT_TRUE(demand->getFeatures().nextFeature(f));
  EXPECT_DOUBLE_EQ(f.attribute(QStringLiteral("covered_share")).toDouble(), 0.75);
  EXPECT_EQ(f.attribute(QStringLiteral("covered")).toInt(), 1);
  EXPECT_TRUE(f.attribute(QStringLiteral("site_dist_m")).isNull());
  EXPECT_EQ(f.attribute(QStringLiteral("site_id")).toString(), QStringLiteral("A"));
}
