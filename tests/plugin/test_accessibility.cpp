// resilience:accessibility through the processing registry: distances checked against loops in
// the test (hypot in RD New, QgsDistanceArea on WGS 84), CRS mixing, weighted origin points and
// the NULL/bad-input paths. The facilities are invented points; no real locations ship.
#include "qgis_test_environment.h"

#include <qgscoordinatetransform.h>
#include <qgsdistancearea.h>
#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience::testing;

namespace {

const QgsCoordinateReferenceSystem kRd(QStringLiteral("EPSG:28992"));
const QgsCoordinateReferenceSystem kWgs84(QStringLiteral("EPSG:4326"));

// 6 x 6 squares of 400 m in RD New near Tilburg; population 100 * (column + 1).
constexpr double kX0 = 130000.0, kY0 = 395000.0, kSide = 400.0;
constexpr int kColumns = 6;

QgsGeometry transformed(QgsGeometry g, const QgsCoordinateReferenceSystem &to) {
  if (to != kRd)
    g.transform(QgsCoordinateTransform(kRd, to, QgsProject::instance()->transformContext()));
  return g;
}

QString addToProject(QgsVectorLayer *layer) {
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

QString squares(const QgsCoordinateReferenceSystem &crs) {
  auto *layer = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=%1&field=cell:integer&field=people:double").arg(crs.authid()),
      QStringLiteral("squares"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (int r = 0; r < kColumns; ++r)
    for (int c = 0; c < kColumns; ++c) {
      QgsFeature f(layer->fields());
      f.setAttributes(QgsAttributes() << r * kColumns + c << 100.0 * (c + 1));
      f.setGeometry(transformed(
          QgsGeometry::fromRect(QgsRectangle(kX0 + c * kSide, kY0 + r * kSide,
                                             kX0 + (c + 1) * kSide, kY0 + (r + 1) * kSide)),
          crs));
      features << f;
    }
  layer->dataProvider()->addFeatures(features);
  return addToProject(layer);
}

// Invented facilities (RD metres), with capacities.
const std::vector<QgsPointXY> kFacilities = {{130150.0, 395230.0},
                                             {131170.0, 396040.0},
                                             {132300.0, 395500.0},
                                             {129700.0, 397300.0},
                                             {131900.0, 397950.0}};

QString facilities(const QgsCoordinateReferenceSystem &crs, std::size_t count = 5) {
  auto *layer =
      new QgsVectorLayer(QStringLiteral("Point?crs=%1&field=beds:double").arg(crs.authid()),
                         QStringLiteral("facilities"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (std::size_t j = 0; j < count && j < kFacilities.size(); ++j) {
    QgsFeature f(layer->fields());
    f.setAttributes(QgsAttributes() << static_cast<double>(j + 2));
    f.setGeometry(transformed(QgsGeometry::fromPointXY(kFacilities[j]), crs));
    features << f;
  }
  layer->dataProvider()->addFeatures(features);
  return addToProject(layer);
}

QVariantMap accessibilityParameters(const QString &input, const QString &facilityLayer,
                                    const QString &output) {
  return {{QStringLiteral("INPUT"), input},
          {QStringLiteral("FACILITIES"), facilityLayer},
          {QStringLiteral("CAPACITY"), QStringLiteral("beds")},
          {QStringLiteral("POPULATION"), QStringLiteral("people")},
          {QStringLiteral("DISTANCE"), 1000.0},
          {QStringLiteral("ORIGIN"), QStringLiteral("centroid")},
          {QStringLiteral("DECAY"), 1.0},
          {QStringLiteral("OUTPUT"), output}};
}

struct Row {
  QVariant nearest, count, gravity, ratio;
};

std::map<int, Row> rowsByCell(const QString &output) {
  auto layer = openLayer(output);
  std::map<int, Row> rows;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures();
  while (it.nextFeature(f))
    rows[f.attribute(QStringLiteral("cell")).toInt()] = {
        f.attribute(QStringLiteral("acc_nearest_m")), f.attribute(QStringLiteral("acc_count")),
        f.attribute(QStringLiteral("acc_gravity")), f.attribute(QStringLiteral("acc_2sfca"))};
  return rows;
}

QgsPointXY cellCentre(int cell) {
  return {kX0 + (cell % kColumns + 0.5) * kSide, kY0 + (cell / kColumns + 0.5) * kSide};
}

} // namespace

TEST(AccessibilityAlgorithm, RdDistancesMatchHypotAndFacilitiesInWgs84GiveTheSameMetres) {
  QTemporaryDir dir;
  const QString input = squares(kRd);
  const AlgorithmRun rd = runAlgorithm(
      QStringLiteral("resilience:accessibility"),
      accessibilityParameters(input, facilities(kRd), dir.filePath(QStringLiteral("rd.gpkg"))));
  ASSERT_TRUE(rd.ok) << rd.log.toStdString();
  const AlgorithmRun mixed =
      runAlgorithm(QStringLiteral("resilience:accessibility"),
                   accessibilityParameters(input, facilities(kWgs84),
                                           dir.filePath(QStringLiteral("mixed.gpkg"))));
  ASSERT_TRUE(mixed.ok) << mixed.log.toStdString();
  EXPECT_EQ(rd.results.value(QStringLiteral("FACILITIES_USED")).toInt(), 5);

  const auto a = rowsByCell(rd.results.value(QStringLiteral("OUTPUT")).toString());
  const auto b = rowsByCell(mixed.results.value(QStringLiteral("OUTPUT")).toString());
  ASSERT_EQ(a.size(), 36u);
  ASSERT_EQ(b.size(), 36u);
  for (int cell = 0; cell < 36; ++cell) {
    // Brute force over the five facilities from the square's centre.
    double nearest = 1e300;
    int within = 0;
    for (const QgsPointXY &f : kFacilities) {
      const double d = std::hypot(f.x() - cellCentre(cell).x(), f.y() - cellCentre(cell).y());
      nearest = std::min(nearest, d);
      within += d <= 1000.0 ? 1 : 0;
    }
    EXPECT_NEAR(a.at(cell).nearest.toDouble(), nearest, 1e-6) << "cell " << cell;
    EXPECT_EQ(a.at(cell).count.toInt(), within) << "cell " << cell;
    EXPECT_NEAR(b.at(cell).nearest.toDouble(), a.at(cell).nearest.toDouble(), 1.0)
        << "cell " << cell;
    EXPECT_EQ(b.at(cell).count.toInt(), within) << "cell " << cell;
    EXPECT_NEAR(b.at(cell).gravity.toDouble(), a.at(cell).gravity.toDouble(), 1e-3);
    if (a.at(cell).ratio.isNull())
      EXPECT_TRUE(b.at(cell).ratio.isNull());
    else
      EXPECT_NEAR(b.at(cell).ratio.toDouble(), a.at(cell).ratio.toDouble(), 1e-9);
  }
  EXPECT_TRUE(rd.log.contains(QStringLiteral("EPSG:28992"))) << rd.log.toStdString();
}

TEST(AccessibilityAlgorithm, GeographicInputMeasuresGeodesicMetres) {
  QTemporaryDir dir;
  const QString input = squares(kWgs84);
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:accessibility"),
      accessibilityParameters(input, facilities(kWgs84), dir.filePath(QStringLiteral("geo.gpkg"))));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("ellipsoidal"))) << run.log.toStdString();

  // Independent: QGIS's own ellipsoidal measure from each polygon's centroid (lon/lat).
  QgsDistanceArea ellipsoid;
  ellipsoid.setSourceCrs(kWgs84, QgsProject::instance()->transformContext());
  ellipsoid.setEllipsoid(QStringLiteral("EPSG:7030"));
  auto *layer = qobject_cast<QgsVectorLayer *>(QgsProject::instance()->mapLayer(input));
  ASSERT_NE(layer, nullptr);
  std::map<int, double> expected;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures();
  while (it.nextFeature(f)) {
    const QgsPointXY centre = f.geometry().centroid().asPoint();
    double nearest = 1e300;
    for (const QgsPointXY &facility : kFacilities) {
      const QgsPointXY lonLat = transformed(QgsGeometry::fromPointXY(facility), kWgs84).asPoint();
      nearest = std::min(nearest, ellipsoid.measureLine(centre, lonLat));
    }
    expected[f.attribute(QStringLiteral("cell")).toInt()] = nearest;
  }
  const auto rows = rowsByCell(run.results.value(QStringLiteral("OUTPUT")).toString());
  for (int cell = 0; cell < 36; ++cell) {
    EXPECT_NEAR(rows.at(cell).nearest.toDouble(), expected.at(cell), 0.01) << "cell " << cell;
    // RD New's scale error near Tilburg is below 0.01 %: geodesic and RD metres agree to 0.2 m
    // at these distances (< 2 km).
    double rdNearest = 1e300;
    for (const QgsPointXY &facility : kFacilities)
      rdNearest = std::min(rdNearest, std::hypot(facility.x() - cellCentre(cell).x(),
                                                 facility.y() - cellCentre(cell).y()));
    EXPECT_NEAR(rows.at(cell).nearest.toDouble(), rdNearest, 0.5) << "cell " << cell;
  }
}

// Two squares 0 (x 130000-130400) and 1 (x 130400-130800), one facility at (130000, 395200).
// Square 0 has address points at x = 130100 (weight 1) and 130300 (weight 3), both y = 395200:
//   distances 100 and 300 -> acc_nearest_m = (1*100 + 3*300) / 4 = 250.
// Square 1 has no address point and falls back to its point on surface.
// The point at weight 0 and the point outside both squares are not used.
TEST(AccessibilityAlgorithm, WeightedOriginPointsAverageOverAddresses) {
  QTemporaryDir dir;
  auto *areas = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:28992&field=cell:integer&"
                                                  "field=people:double"),
                                   QStringLiteral("two"), QStringLiteral("memory"));
  QgsFeatureList list;
  for (int c = 0; c < 2; ++c) {
    QgsFeature f(areas->fields());
    f.setAttributes(QgsAttributes() << c << 10.0);
    f.setGeometry(QgsGeometry::fromRect(
        QgsRectangle(kX0 + c * kSide, kY0, kX0 + (c + 1) * kSide, kY0 + kSide)));
    list << f;
  }
  areas->dataProvider()->addFeatures(list);
  auto *addresses =
      new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:28992&field=residents:integer"),
                         QStringLiteral("addresses"), QStringLiteral("memory"));
  list.clear();
  const std::vector<std::pair<QgsPointXY, int>> points = {{{130100.0, 395200.0}, 1},
                                                          {{130300.0, 395200.0}, 3},
                                                          {{130350.0, 395300.0}, 0},
                                                          {{140000.0, 395200.0}, 5}};
  for (const auto &[point, residents] : points) {
    QgsFeature f(addresses->fields());
    f.setAttributes(QgsAttributes() << residents);
    f.setGeometry(QgsGeometry::fromPointXY(point));
    list << f;
  }
  addresses->dataProvider()->addFeatures(list);
  auto *facility = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:28992"), QStringLiteral("one"),
                                      QStringLiteral("memory"));
  QgsFeature f;
  f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(130000.0, 395200.0)));
  facility->dataProvider()->addFeature(f);

  QVariantMap parameters = accessibilityParameters(addToProject(areas), addToProject(facility),
                                                   dir.filePath(QStringLiteral("o.gpkg")));
  parameters.remove(QStringLiteral("CAPACITY"));
  parameters[QStringLiteral("ORIGIN")] = QStringLiteral("points");
  parameters[QStringLiteral("ORIGIN_POINTS")] = addToProject(addresses);
  parameters[QStringLiteral("ORIGIN_WEIGHT")] = QStringLiteral("residents");
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:accessibility"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const auto rows = rowsByCell(run.results.value(QStringLiteral("OUTPUT")).toString());
  EXPECT_NEAR(rows.at(0).nearest.toDouble(), 250.0, 1e-9);
  EXPECT_TRUE(run.log.contains(QStringLiteral("Origin points: 2 of 4 used")))
      << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 neighbourhood(s) contain no origin point")));
  EXPECT_GT(rows.at(1).nearest.toDouble(), 400.0); // a point on surface inside x 130400-130800
  EXPECT_LT(rows.at(1).nearest.toDouble(), 800.0 + 1e-9);
}

TEST(AccessibilityAlgorithm, UninhabitedCatchmentGivesNull2sfcaAndIsReported) {
  QTemporaryDir dir;
  auto *areas = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:28992&field=cell:integer&"
                                                  "field=people:double"),
                                   QStringLiteral("far apart"), QStringLiteral("memory"));
  QgsFeatureList list;
  const std::vector<QVariant> people = {0.0, QVariant(QVariant::Double), 50.0};
  for (int c = 0; c < 3; ++c) {
    QgsFeature f(areas->fields());
    f.setAttributes(QgsAttributes() << c << people[c]);
    f.setGeometry(QgsGeometry::fromRect(
        QgsRectangle(kX0 + c * 10000.0, kY0, kX0 + c * 10000.0 + kSide, kY0 + kSide)));
    list << f;
  }
  areas->dataProvider()->addFeatures(list);
  auto *sites = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:28992"), QStringLiteral("sites"),
                                   QStringLiteral("memory"));
  list.clear();
  for (int c = 0; c < 3; ++c) {
    QgsFeature f;
    f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(kX0 + c * 10000.0 + 200.0, kY0 + 200.0)));
    list << f;
  }
  sites->dataProvider()->addFeatures(list);
  QVariantMap parameters = accessibilityParameters(addToProject(areas), addToProject(sites),
                                                   dir.filePath(QStringLiteral("o.gpkg")));
  // Defaults: no capacity (1 each), point on surface, DECAY 1.
  for (const char *name : {"CAPACITY", "ORIGIN", "DECAY"})
    parameters.remove(QString::fromLatin1(name));
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:accessibility"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const auto rows = rowsByCell(run.results.value(QStringLiteral("OUTPUT")).toString());
  // The facility is at the square's centre, as is its point on surface: weight exp(0) = 1.
  EXPECT_DOUBLE_EQ(rows.at(2).gravity.toDouble(), 1.0);
  EXPECT_TRUE(rows.at(0).ratio.isNull()) << "1 / 0 population";
  EXPECT_TRUE(rows.at(1).ratio.isNull()) << "NULL population";
  EXPECT_DOUBLE_EQ(rows.at(2).ratio.toDouble(), 1.0 / 50.0);
  EXPECT_DOUBLE_EQ(rows.at(0).count.toDouble(), 1.0);
  EXPECT_EQ(run.results.value(QStringLiteral("NULL_2SFCA")).toInt(), 2);
  EXPECT_TRUE(run.log.contains(QStringLiteral("have no population within 1000 m")))
      << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("NULL population within")));
}

TEST(AccessibilityAlgorithm, BadInputFailsWithSpecificMessages) {
  QTemporaryDir dir;
  const QString output = dir.filePath(QStringLiteral("o.gpkg"));
  // Points as INPUT.
  AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:accessibility"),
                   accessibilityParameters(facilities(kRd), facilities(kRd), output));
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("must be a polygon layer"))) << run.log.toStdString();
  // No facilities at all.
  run = runAlgorithm(QStringLiteral("resilience:accessibility"),
                     accessibilityParameters(squares(kRd), facilities(kRd, 0), output));
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("no facility with a location")))
      << run.log.toStdString();
  // ORIGIN 'points' without ORIGIN_POINTS.
  QVariantMap parameters = accessibilityParameters(squares(kRd), facilities(kRd), output);
  parameters[QStringLiteral("ORIGIN")] = QStringLiteral("points");
  run = runAlgorithm(QStringLiteral("resilience:accessibility"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("ORIGIN_POINTS"))) << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(output)) << "no half-written output";
}

// Roads (RD New): a horizontal road y = 395000 from x = 130000 to 134000 (two lines meeting at
// x = 132000) and a vertical road x = 132000 from y = 395000 to 397000. One facility on the road
// at x = 131000. Squares centred on (130500, 395000), (132000, 396500) and (133500, 395100).
// Along the roads: 500; 1000 + 1500 = 2500 (straight line: 1803); 2500 (the third is snapped to
// (133500, 395000), the 100 m leg is not counted). Road lengths are measured on the ellipsoid,
// which differs from RD metres by RD's scale factor (about 1e-4 here): tolerance 0.5 m.
TEST(AccessibilityAlgorithm, RoadNetworkDistancesFollowTheRoads) {
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
  auto *areas = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:28992&field=cell:integer&"
                                                  "field=people:double"),
                                   QStringLiteral("three"), QStringLiteral("memory"));
  list.clear();
  const std::vector<QgsPointXY> centres = {
      {130500.0, 395000.0}, {132000.0, 396500.0}, {133500.0, 395100.0}};
  for (int c = 0; c < 3; ++c) {
    QgsFeature f(areas->fields());
    f.setAttributes(QgsAttributes() << c << 100.0);
    f.setGeometry(
        QgsGeometry::fromRect(QgsRectangle(centres[c].x() - 100.0, centres[c].y() - 100.0,
                                           centres[c].x() + 100.0, centres[c].y() + 100.0)));
    list << f;
  }
  areas->dataProvider()->addFeatures(list);
  auto *site = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4326"), QStringLiteral("site"),
                                  QStringLiteral("memory"));
  QgsFeature f;
  f.setGeometry(transformed(QgsGeometry::fromPointXY(QgsPointXY(131000.0, 395000.0)), kWgs84));
  site->dataProvider()->addFeature(f);

  QVariantMap parameters = accessibilityParameters(addToProject(areas), addToProject(site),
                                                   dir.filePath(QStringLiteral("o.gpkg")));
  parameters.remove(QStringLiteral("CAPACITY"));
  parameters[QStringLiteral("DISTANCE")] = 2000.0;
  parameters[QStringLiteral("ROADS")] = addToProject(roads);
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:accessibility"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const auto rows = rowsByCell(run.results.value(QStringLiteral("OUTPUT")).toString());
  EXPECT_NEAR(rows.at(0).nearest.toDouble(), 500.0, 0.5);
  EXPECT_NEAR(rows.at(1).nearest.toDouble(), 2500.0, 0.5);
  EXPECT_NEAR(rows.at(2).nearest.toDouble(), 2500.0, 0.5);
  EXPECT_EQ(rows.at(0).count.toInt(), 1);
  EXPECT_EQ(rows.at(1).count.toInt(), 0) << "1803 m as the crow flies, 2500 m by road";
  // 2SFCA: only the first square is within 2000 m of the facility: 1 / 100.
  EXPECT_DOUBLE_EQ(rows.at(0).ratio.toDouble(), 0.01);
  EXPECT_DOUBLE_EQ(rows.at(1).ratio.toDouble(), 0.0);
  EXPECT_TRUE(run.log.contains(QStringLiteral("Network distances along"))) << run.log.toStdString();
}
