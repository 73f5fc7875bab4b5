// Bad-input matrix, coordinate reference systems: a geographic (lon/lat) layer where distances are
// needed, layers in different CRSs, and a layer without CRS (docs/robustness.md, "Bad-input
// matrix"). Not applicable: jointable and compositeindex measure nothing; contiguity weights are
// topology and need no CRS; a weights file has no CRS. Already covered: accessibility with
// facilities in WGS 84 (test_accessibility.cpp RdDistancesMatchHypotAndFacilitiesInWgs84...) and
// aggregate with REGIONS in WGS 84 (test_aggregate.cpp RegionPolygonsInAnotherCrs...).
#include "bad_input_support.h"
#include "test_support.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// Distance band 1100 m: in RD New and on the ellipsoid alike, each square's neighbours are the
// squares sharing an edge (centroids 1000 m apart; diagonals 1414 m), 48 links.
const QVariantMap kBand = {{QStringLiteral("WEIGHTS"), QStringLiteral("distance")},
                           {QStringLiteral("DISTANCE"), 1100.0}};

QVariant lonLatGrid(const Scratch &) {
  return memoryLayer(inWgs84(grid()), QStringLiteral("Polygon"), QStringLiteral("EPSG:4326"));
}
QVariant gridWithoutCrs(const Scratch &) {
  return memoryLayer(grid(), QStringLiteral("Polygon"), {});
}
QVariant geopackageWithoutCrs(const Scratch &scratch) {
  return geopackageWithoutCrs(scratch.dir, QStringLiteral("nocrs.gpkg"), grid());
}

// The same algorithm on the RD New grid gives the same numbers (binary weights: the same links).
Check sameAsRd(const QString &algorithm, const QString &field, double tolerance) {
  return [=](const AlgorithmRun &run, const Scratch &scratch) {
    QVariantMap parameters = defaults(algorithm, memoryLayer(grid()), scratch);
    for (auto it = kBand.constBegin(); it != kBand.constEnd(); ++it)
      parameters.insert(it.key(), it.value());
    if (parameters.contains(QStringLiteral("OUTPUT"))) // globalmoran has none
      parameters.insert(QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("rd.gpkg")));
    const AlgorithmRun rd = runAlgorithm(QStringLiteral("resilience:") + algorithm, parameters);
    ASSERT_TRUE(rd.ok) << rd.log.toStdString();
    if (algorithm == QLatin1String("globalmoran")) {
      EXPECT_NEAR(run.results.value(field).toDouble(), rd.results.value(field).toDouble(),
                  tolerance);
      return;
    }
    const std::vector<QVariant> lonLat = outputColumn(run, field), planar = outputColumn(rd, field);
    ASSERT_EQ(lonLat.size(), 16u);
    ASSERT_EQ(planar.size(), 16u);
    for (std::size_t i = 0; i < 16; ++i) {
      ASSERT_FALSE(lonLat[i].isNull()) << i;
      EXPECT_NEAR(lonLat[i].toDouble(), planar[i].toDouble(), tolerance) << field.toStdString();
    }
  };
}

Check result(const char *name, double value) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    EXPECT_DOUBLE_EQ(run.results.value(QString::fromLatin1(name)).toDouble(), value) << name;
  };
}

std::vector<Case> cases() {
  std::vector<Case> c;
  const QString ellipsoidal =
      QStringLiteral("Distances: ellipsoidal distances in metres on the ellipsoid of EPSG:4326");
  const QString noCrs = QStringLiteral(
      "The layer has no CRS: distances are in its map units, which are taken as metres");

  // Geographic CRS: distances in metres on the ellipsoid, never in degrees.
  c.push_back(make("GeographicCrs", QStringLiteral("weights"), lonLatGrid, true, {ellipsoidal},
                   kBand, result("LINKS", 48)));
  c.push_back(make("GeographicCrs", QStringLiteral("hotspots"), lonLatGrid, true, {ellipsoidal},
                   kBand, sameAsRd(QStringLiteral("hotspots"), QStringLiteral("gi_z"), 1e-12)));
  c.push_back(make("GeographicCrs", QStringLiteral("localmoran"), lonLatGrid, true, {ellipsoidal},
                   kBand, sameAsRd(QStringLiteral("localmoran"), QStringLiteral("lisa_i"), 1e-12)));
  c.push_back(make("GeographicCrs", QStringLiteral("globalmoran"), lonLatGrid, true, {ellipsoidal},
                   kBand, sameAsRd(QStringLiteral("globalmoran"), QStringLiteral("I"), 1e-12)));
  c.push_back(make("GeographicCrs", QStringLiteral("smooth"), lonLatGrid, true, {ellipsoidal},
                   kBand, sameAsRd(QStringLiteral("smooth"), QStringLiteral("v_smooth"), 1e-12)));
  // Accessibility: geodesic metres from a lon/lat INPUT to RD facilities, within the RD scale
  // error (about 1e-4 of 1500 m).
  c.push_back(make(
      "GeographicCrs", QStringLiteral("accessibility"), lonLatGrid, true, {ellipsoidal}, {},
      [](const AlgorithmRun &run, const Scratch &scratch) {
        const AlgorithmRun rd = runAlgorithm(QStringLiteral("resilience:accessibility"), [&] {
          QVariantMap p = defaults(QStringLiteral("accessibility"), memoryLayer(grid()), scratch);
          p.insert(QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("rd.gpkg")));
          return p;
        }());
        ASSERT_TRUE(rd.ok) << rd.log.toStdString();
        const std::vector<QVariant> a = outputColumn(run, QStringLiteral("acc_nearest_m")),
                                    b = outputColumn(rd, QStringLiteral("acc_nearest_m"));
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
          EXPECT_NEAR(a[i].toDouble(), b[i].toDouble(), 1.0) << i;
      }));

  // No CRS: map units are taken as metres, with a warning; the numbers are those of RD New. A
  // GeoPackage with srs_id 0 (ogr2ogr from a shapefile without .prj; GDAL calls it "Undefined
  // geographic SRS") is the same case, not degrees.
  for (const auto &[caseName, input] :
       std::vector<std::pair<std::string, std::function<QVariant(const Scratch &)>>>{
           {"NoCrs", gridWithoutCrs}, {"GeoPackageWithoutCrs", geopackageWithoutCrs}}) {
    for (const char *algorithm : {"weights", "hotspots", "localmoran", "globalmoran", "smooth"}) {
      const QString name = QString::fromLatin1(algorithm);
      const Check check =
          name == QLatin1String("weights")      ? result("LINKS", 48)
          : name == QLatin1String("hotspots")   ? sameAsRd(name, QStringLiteral("gi_z"), 1e-12)
          : name == QLatin1String("localmoran") ? sameAsRd(name, QStringLiteral("lisa_i"), 1e-12)
          : name == QLatin1String("globalmoran")
              ? sameAsRd(name, QStringLiteral("I"), 1e-12)
              : sameAsRd(name, QStringLiteral("v_smooth"), 1e-12);
      c.push_back(make(caseName, name, input, true, {noCrs}, kBand, check));
    }
    c.push_back(make(caseName, QStringLiteral("accessibility"), input, true, {noCrs}, {},
                     [](const AlgorithmRun &run, const Scratch &) {
                       // Square 1's centroid is facility 1: 0 m; square 2's is 1000 m east.
                       const std::vector<QVariant> nearest =
                           outputColumn(run, QStringLiteral("acc_nearest_m"));
                       ASSERT_EQ(nearest.size(), 16u);
                       EXPECT_NEAR(nearest[0].toDouble(), 0.0, 1e-6);
                       EXPECT_NEAR(nearest[1].toDouble(), 1000.0, 1e-6);
                     }));
  }
  // FACILITIES without a CRS (srs_id 0) next to an RD New INPUT: read as they are (RD
  // coordinates), with a warning; never transformed as if in degrees.
  c.push_back(make(
      "FacilitiesWithoutCrs", QStringLiteral("accessibility"),
      [](const Scratch &) { return memoryLayer(grid()); }, true,
      {QStringLiteral("FACILITIES (facilities) has no CRS: its coordinates are "
                      "taken as they are")},
      {{QStringLiteral("FACILITIES"), QStringLiteral("@facilities:undefined")}},
      [](const AlgorithmRun &run, const Scratch &) {
        const std::vector<QVariant> nearest = outputColumn(run, QStringLiteral("acc_nearest_m"));
        ASSERT_EQ(nearest.size(), 16u);
        EXPECT_NEAR(nearest[0].toDouble(), 0.0, 1e-6);
        EXPECT_NEAR(nearest[1].toDouble(), 1000.0, 1e-6);
      }));

  // Different CRSs: print maps transform region polygons (and facilities) to the map.
  c.push_back(make(
      "DifferentCrs", QStringLiteral("printmaps"),
      [](const Scratch &) { return memoryLayer(grid()); }, true,
      {QStringLiteral("Pages: overview + 2 region(s)")},
      {{QStringLiteral("REGIONS"), QStringLiteral("@regions:EPSG:4326")},
       {QStringLiteral("FACILITIES"), QStringLiteral("@facilities:EPSG:4326")}},
      [](const AlgorithmRun &run, const Scratch &scratch) {
        EXPECT_EQ(run.results.value(QStringLiteral("PAGES")).toInt(), 3);
        EXPECT_TRUE(QFile::exists(scratch.path(QStringLiteral("maps.pdf"))));
      }));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputCrs, cases);
