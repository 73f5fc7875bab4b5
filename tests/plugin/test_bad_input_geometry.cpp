// Bad-input matrix, geometries: an invalid (self-intersecting), an empty and a NULL geometry at
// feature 6 of a 4 x 4 grid, a MultiPolygon in a layer declared Polygon, and points where polygons
// are expected, for every algorithm of the provider (docs/robustness.md, "Bad-input matrix").
#include "bad_input_support.h"
#include "test_support.h"

#include <qgsgeometry.h>
#include <qgsvectorlayer.h>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// Feature 6 (index 5) is the square at column 1, row 1: x 131000..132000, y 396000..397000.
const QString kBowTie = QStringLiteral(
    "POLYGON((131000 396000,132000 397000,132000 396000,131000 397000,131000 396000))");
const QString kEmpty = QStringLiteral("POLYGON EMPTY");
// The square of feature 6 and a second part 10 km east of it.
const QString kTwoParts = QStringLiteral(
    "MULTIPOLYGON(((131000 396000,132000 396000,132000 397000,131000 397000,131000 396000)),"
    "((141000 396000,142000 396000,142000 397000,141000 397000,141000 396000)))");

// The square of feature 6 with a hole of two points (no area), as CBS layers carry them
// (Baarle-Nassau, Steenbergen and Moerdijk in nl_gemeenten_2015.gpkg).
const QString kTwoPointRing =
    QStringLiteral("POLYGON((131000 396000,132000 396000,132000 397000,131000 397000,131000 "
                   "396000),(131400 396400,131600 396600))");

// The square of feature 6 with its west side an arc bulging 100 m out (PDOK/BGT boundaries carry
// arcs): the same corners, so the same queen neighbours.
const QString kCurved = QStringLiteral(
    "CURVEPOLYGON(COMPOUNDCURVE((131000 396000,132000 396000,132000 397000,131000 397000),"
    "CIRCULARSTRING(131000 397000,130900 396500,131000 396000)))");

std::function<QVariant(const Scratch &)> layerWith(const QString &wkt) {
  return [wkt](const Scratch &) { return memoryLayer(withGeometry(grid(), 5, wkt)); };
}

// A GeoPackage declared Polygon that holds one MultiPolygon (as OGR writes mixed layers).
QVariant mixedGeoPackage(const Scratch &scratch) {
  return geopackage(scratch.dir, QStringLiteral("mixed.gpkg"), withGeometry(grid(), 5, kTwoParts));
}

// A GeoPackage declared Polygon whose feature 6 holds a GeometryCollection of its square
// and a line (what repair tools and mixed sources leave; OGR writes it with a warning).
const QString kCollection = QStringLiteral(
    "GEOMETRYCOLLECTION(POLYGON((131000 396000,132000 396000,132000 397000,131000 397000,"
    "131000 396000)),LINESTRING(131000 396000,135000 399000))");
QVariant collectionGeoPackage(const Scratch &scratch) {
  const QString path = geopackage(scratch.dir, QStringLiteral("collection.gpkg"),
                                  withGeometry(grid(), 5, kTwoParts));
  GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                    nullptr, nullptr, nullptr);
  EXPECT_TRUE(dataset);
  OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
  OGRFeatureH feature = OGR_L_GetFeature(layer, 6);
  OGRGeometryH collection = nullptr;
  QByteArray wkt = kCollection.toLatin1();
  char *text = wkt.data();
  EXPECT_EQ(OGR_G_CreateFromWkt(&text, nullptr, &collection), OGRERR_NONE);
  OGR_F_SetGeometryDirectly(feature, collection);
  CPLPushErrorHandler(CPLQuietErrorHandler); // "not normally allowed by the GeoPackage spec"
  EXPECT_EQ(OGR_L_SetFeature(layer, feature), OGRERR_NONE);
  CPLPopErrorHandler();
  OGR_F_Destroy(feature);
  GDALClose(dataset);
  return path;
}

// The output layer holds only MultiPolygons: feature 6 keeps its square, not the line.
std::function<void(const AlgorithmRun &, const Scratch &)> collectionReduced() {
  return [](const AlgorithmRun &run, const Scratch &) {
    auto layer = openLayer(run.results.value(QStringLiteral("OUTPUT")).toString());
    ASSERT_TRUE(layer->isValid());
    EXPECT_EQ(layer->wkbType(), QgsWkbTypes::MultiPolygon);
    QgsFeature sixth = featureWhere(*layer, QStringLiteral("\"code\" = 'BU0006'"));
    EXPECT_EQ(sixth.geometry().wkbType(), QgsWkbTypes::MultiPolygon);
    EXPECT_DOUBLE_EQ(sixth.geometry().area(), 1.0e6);
  };
}
const QString kCollectionWarning = QStringLiteral(
    "1 feature(s) had a GeometryCollection as geometry: 1 were written with only their parts of "
    "the output's type");

QVariant pointLayer(const Scratch &) {
  Rows rows = grid(2);
  for (int i = 0; i < 4; ++i)
    rows[i].wkt =
        QStringLiteral("POINT(%1 %2)").arg(130500 + 1000 * (i % 2)).arg(395500 + 1000 * (i / 2));
  return memoryLayer(rows, QStringLiteral("Point"));
}

// field is NULL at feature 6 only.
std::function<void(const AlgorithmRun &, const Scratch &)>
nullOnlyAtFeature6(const QString &field, const QString &text = {}, const QString &textField = {}) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    const std::vector<QVariant> values = outputColumn(run, field);
    ASSERT_EQ(values.size(), 16u);
    EXPECT_TRUE(values[5].isNull()) << field.toStdString();
    EXPECT_EQ(nullCount(values), 1) << field.toStdString();
    if (!textField.isEmpty()) {
      EXPECT_EQ(outputColumn(run, textField)[5].toString(), text);
    }
  };
}

// Every feature has a value in field (the repaired or multi-part feature 6 included).
std::function<void(const AlgorithmRun &, const Scratch &)> noNulls(const QString &field) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    const std::vector<QVariant> values = outputColumn(run, field);
    ASSERT_EQ(values.size(), 16u);
    EXPECT_EQ(nullCount(values), 0) << field.toStdString();
  };
}

// The output is a MultiPolygon layer (GeoPackage-conformant), feature 6 keeps both parts, and
// the single polygons became one-part MultiPolygons.
std::function<void(const AlgorithmRun &, const Scratch &)>
multiPolygonOutput(const QString &field) {
  return [=](const AlgorithmRun &run, const Scratch &scratch) {
    auto layer = openLayer(run.results.value(QStringLiteral("OUTPUT")).toString());
    ASSERT_TRUE(layer->isValid());
    EXPECT_EQ(layer->wkbType(), QgsWkbTypes::MultiPolygon);
    QgsFeature first = featureWhere(*layer, QStringLiteral("\"code\" = 'BU0001'"));
    QgsFeature sixth = featureWhere(*layer, QStringLiteral("\"code\" = 'BU0006'"));
    EXPECT_EQ(first.geometry().wkbType(), QgsWkbTypes::MultiPolygon);
    EXPECT_EQ(sixth.geometry().constGet()->partCount(), 2);
    EXPECT_DOUBLE_EQ(sixth.geometry().area(), 2.0e6);
    noNulls(field)(run, scratch);
  };
}

std::function<void(const AlgorithmRun &, const Scratch &)> result(const char *name, double value) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    EXPECT_DOUBLE_EQ(run.results.value(QString::fromLatin1(name)).toDouble(), value) << name;
  };
}

const QString kRepaired = QStringLiteral("1 invalid geometries were repaired (GEOS MakeValid): 6");
const QString kNoGeometry = QStringLiteral("1 features have no geometry and are islands: 6");
const QString kIsland = QStringLiteral("1 island(s) without neighbours");
const QString kContiguityPoints =
    QStringLiteral("contiguity needs polygon or multipolygon geometries, got a Point");
const QString kPolygonLayer = QStringLiteral("INPUT must be a polygon layer; lyr has Point");

std::vector<Case> cases() {
  std::vector<Case> c;
  // Neighbourhood algorithms: a repaired geometry keeps its neighbours; an empty or NULL one is
  // an island with NULL results; a MultiPolygon in a Polygon layer is written as MultiPolygon;
  // points cannot be contiguous (weights accepts points for distance weights, by design).
  const std::vector<std::pair<QString, QString>> statistics = {
      {QStringLiteral("hotspots"), QStringLiteral("gi_z")},
      {QStringLiteral("localmoran"), QStringLiteral("lisa_i")},
      {QStringLiteral("smooth"), QStringLiteral("v_smooth")}};
  for (const auto &[algorithm, field] : statistics) {
    c.push_back(make("InvalidGeometry", algorithm, layerWith(kBowTie), true, {kRepaired}, {},
                     noNulls(field)));
    for (const auto &[name, wkt] :
         {std::pair{"EmptyGeometry", kEmpty}, {"NullGeometry", QString()}})
      c.push_back(make(
          name, algorithm, layerWith(wkt), true, {kNoGeometry, kIsland}, {},
          algorithm == QLatin1String("hotspots")
              ? nullOnlyAtFeature6(field, QStringLiteral("Undefined"), QStringLiteral("gi_class"))
          : algorithm == QLatin1String("localmoran")
              ? nullOnlyAtFeature6(field, QStringLiteral("Undefined"),
                                   QStringLiteral("lisa_cluster"))
              : nullOnlyAtFeature6(field)));
    c.push_back(make("MixedPolygonMultiPolygon", algorithm, mixedGeoPackage, true,
                     {QStringLiteral("16 features, 84 links")}, {}, multiPolygonOutput(field)));
    c.push_back(make("PointsForPolygons", algorithm, pointLayer, false, {kContiguityPoints}));
  }
  c.push_back(make("InvalidGeometry", QStringLiteral("weights"), layerWith(kBowTie), true,
                   {kRepaired}, {}, result("LINKS", 84)));
  c.push_back(make("EmptyGeometry", QStringLiteral("weights"), layerWith(kEmpty), true,
                   {kNoGeometry, kIsland}, {}, result("ISLANDS", 1)));
  c.push_back(make("NullGeometry", QStringLiteral("weights"), layerWith(QString()), true,
                   {kNoGeometry, kIsland}, {}, result("ISLANDS", 1)));
  c.push_back(make("MixedPolygonMultiPolygon", QStringLiteral("weights"), mixedGeoPackage, true,
                   {QStringLiteral("16 features, 84 links")}, {}, result("LINKS", 84)));
  c.push_back(make("PointsForPolygons", QStringLiteral("weights"), pointLayer, false,
                   {kContiguityPoints, QStringLiteral("feature #1 (in reading order)")}));
  // Global Moran: islands leave n (spdep adjust.n).
  c.push_back(make("InvalidGeometry", QStringLiteral("globalmoran"), layerWith(kBowTie), true,
                   {kRepaired}, {}, result("N", 16)));
  c.push_back(make("EmptyGeometry", QStringLiteral("globalmoran"), layerWith(kEmpty), true,
                   {kNoGeometry, QStringLiteral("1 islands (in the mean, not in n); n = 15")}, {},
                   result("N", 15)));
  c.push_back(make("NullGeometry", QStringLiteral("globalmoran"), layerWith(QString()), true,
                   {kNoGeometry, QStringLiteral("1 islands (in the mean, not in n); n = 15")}, {},
                   result("N", 15)));
  c.push_back(make("MixedPolygonMultiPolygon", QStringLiteral("globalmoran"), mixedGeoPackage, true,
                   {QStringLiteral("16 features, 84 links")}, {}, result("N", 16)));
  c.push_back(make("PointsForPolygons", QStringLiteral("globalmoran"), pointLayer, false,
                   {kContiguityPoints}));

  // Join: geometries are copied, not used; every polygon gets its row.
  const auto joined = [](const AlgorithmRun &run, const Scratch &) {
    EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 16);
    EXPECT_DOUBLE_EQ(outputColumn(run, QStringLiteral("x"))[5].toDouble(), 7.5);
  };
  c.push_back(make("InvalidGeometry", QStringLiteral("jointable"), layerWith(kBowTie), true,
                   {QStringLiteral("Polygons matched: 16 of 16")}, {}, joined));
  c.push_back(
      make("NullGeometry", QStringLiteral("jointable"), layerWith(QString()), true,
           {QStringLiteral("Polygons matched: 16 of 16")}, {},
           [joined](const AlgorithmRun &run, const Scratch &s) {
             joined(run, s);
             auto layer = openLayer(run.results.value(QStringLiteral("OUTPUT")).toString());
             EXPECT_TRUE(
                 featureWhere(*layer, QStringLiteral("\"code\" = 'BU0006'")).geometry().isEmpty());
           }));
  c.push_back(make("MixedPolygonMultiPolygon", QStringLiteral("jointable"), mixedGeoPackage, true,
                   {QStringLiteral("Polygons matched: 16 of 16")}, {},
                   multiPolygonOutput(QStringLiteral("x"))));
  c.push_back(
      make("PointsForPolygons", QStringLiteral("jointable"), pointLayer, false, {kPolygonLayer}));
  // A collection is not written into a MultiPolygon layer (issue 17, "Messages"): its polygon
  // parts are, reported. (The statistics refuse collections by name when they read geometry.)
  c.push_back(make("GeometryCollection", QStringLiteral("jointable"), collectionGeoPackage, true,
                   {kCollectionWarning}, {}, collectionReduced()));
  c.push_back(make("GeometryCollection", QStringLiteral("compositeindex"), collectionGeoPackage,
                   true, {kCollectionWarning}, {}, collectionReduced()));
  // (jointable EmptyGeometry: the same path as NullGeometry, a geometry that is only copied.)

  // Composite index: scores attributes only, any geometry or none (tables are scored by design),
  // so only the NULL geometry row: it is scored like the rest.
  c.push_back(make("NullGeometry", QStringLiteral("compositeindex"), layerWith(QString()), true,
                   {QStringLiteral("Resilience scored for 16 of 16 feature(s)")}, {},
                   noNulls(QStringLiteral("resilience"))));

  // Accessibility: a repaired polygon gives its point; without geometry NULL everywhere.
  c.push_back(make("InvalidGeometry", QStringLiteral("accessibility"), layerWith(kBowTie), true,
                   {QStringLiteral("1 invalid polygon(s) were repaired before taking their point "
                                   "(feature ids 6)")},
                   {}, noNulls(QStringLiteral("acc_nearest_m"))));
  for (const auto &[name, wkt] : {std::pair{"EmptyGeometry", kEmpty}, {"NullGeometry", QString()}})
    c.push_back(make(name, QStringLiteral("accessibility"), layerWith(wkt), true,
                     {QStringLiteral("1 neighbourhood(s) without geometry get NULL everywhere "
                                     "(feature ids 6)")},
                     {}, nullOnlyAtFeature6(QStringLiteral("acc_nearest_m"))));
  c.push_back(make("MixedPolygonMultiPolygon", QStringLiteral("accessibility"), mixedGeoPackage,
                   true, {QStringLiteral("Facilities: 4 of 4")}, {},
                   multiPolygonOutput(QStringLiteral("acc_nearest_m"))));
  c.push_back(make("PointsForPolygons", QStringLiteral("accessibility"), pointLayer, false,
                   {kPolygonLayer}));

  // Aggregate to REGIONS: a neighbourhood without geometry lies in no region and is counted as
  // such; an invalid one is repaired and assigned.
  const QVariantMap toRegions = {{QStringLiteral("REGION_FIELD"), QVariant()},
                                 {QStringLiteral("REGIONS"), QStringLiteral("@regions")}};
  const auto areas = [](int unassigned) {
    return [unassigned](const AlgorithmRun &run, const Scratch &) {
      EXPECT_EQ(run.results.value(QStringLiteral("UNASSIGNED")).toInt(), unassigned);
      const std::vector<QVariant> n = outputColumn(run, QStringLiteral("n_areas"));
      ASSERT_EQ(n.size(), 2u);
      EXPECT_EQ(n[0].toInt() + n[1].toInt(), 16 - unassigned);
    };
  };
  c.push_back(make("InvalidGeometry", QStringLiteral("aggregate"), layerWith(kBowTie), true,
                   {QStringLiteral("16 neighbourhood(s) summarised into 2 region(s); 0 in no "
                                   "region")},
                   toRegions, areas(0)));
  c.push_back(make("NullGeometry", QStringLiteral("aggregate"), layerWith(QString()), true,
                   {QStringLiteral("15 neighbourhood(s) summarised into 2 region(s); 1 in no "
                                   "region")},
                   toRegions, areas(1)));
  c.push_back(make("MixedPolygonMultiPolygon", QStringLiteral("aggregate"), mixedGeoPackage, true,
                   {QStringLiteral("16 neighbourhood(s) summarised into 2 region(s)")}, {},
                   areas(0)));
  c.push_back(
      make("PointsForPolygons", QStringLiteral("aggregate"), pointLayer, false, {kPolygonLayer}));

  // Curved geometries are linearised (QGIS segmentisation), reported, and keep their neighbours:
  // the results equal those of the straight grid.
  const auto curvedLayer = [](const Scratch &) {
    return QVariant(memoryLayer(withGeometry(grid(), 5, kCurved), QStringLiteral("CurvePolygon")));
  };
  const QString linearised =
      QStringLiteral("1 curved geometry(ies) were linearised (QGIS segmentisation): feature ids");
  for (const auto &[algorithm, field] : std::vector<std::pair<const char *, const char *>>{
           {"hotspots", "gi_z"}, {"localmoran", "lisa_i"}, {"smooth", "v_smooth"}}) {
    const QString name = QString::fromLatin1(algorithm), column = QString::fromLatin1(field);
    c.push_back(make("CurvedGeometry", name, curvedLayer, true, {linearised}, {},
                     [name, column](const AlgorithmRun &run, const Scratch &scratch) {
                       QVariantMap parameters = defaults(name, memoryLayer(grid()), scratch);
                       parameters.insert(QStringLiteral("OUTPUT"),
                                         scratch.path(QStringLiteral("straight.gpkg")));
                       const AlgorithmRun straight =
                           runAlgorithm(QStringLiteral("resilience:") + name, parameters);
                       ASSERT_TRUE(straight.ok) << straight.log.toStdString();
                       const std::vector<QVariant> a = outputColumn(run, column),
                                                   b = outputColumn(straight, column);
                       ASSERT_EQ(a.size(), 16u);
                       ASSERT_EQ(b.size(), 16u);
                       for (std::size_t i = 0; i < 16; ++i)
                         EXPECT_NEAR(a[i].toDouble(), b[i].toDouble(), 1e-9) << i;
                     }));
  }
  c.push_back(make("CurvedGeometry", QStringLiteral("weights"), curvedLayer, true, {linearised}, {},
                   [](const AlgorithmRun &run, const Scratch &) {
                     EXPECT_EQ(run.results.value(QStringLiteral("LINKS")).toInt(), 84);
                   }));
  c.push_back(
      make("CurvedGeometry", QStringLiteral("accessibility"), curvedLayer, true, {linearised}));

  // Print maps: a feature without geometry has no shape on the map; the book is still written.
  const auto pdf = [](const AlgorithmRun &run, const Scratch &scratch) {
    EXPECT_TRUE(QFile::exists(scratch.path(QStringLiteral("maps.pdf"))));
    EXPECT_EQ(run.results.value(QStringLiteral("PAGES")).toInt(), 1);
  };
  c.push_back(make("InvalidGeometry", QStringLiteral("printmaps"), layerWith(kBowTie), true,
                   {QStringLiteral("Showing field v")}, {}, pdf));
  c.push_back(make("NullGeometry", QStringLiteral("printmaps"), layerWith(QString()), true,
                   {QStringLiteral("Showing field v"),
                    QStringLiteral("1 feature(s) of INPUT have no geometry and are not drawn")},
                   {}, pdf));
  c.push_back(
      make("PointsForPolygons", QStringLiteral("printmaps"), pointLayer, false, {kPolygonLayer}));
  // A ring without area is dropped before drawing (GEOS refuses it when GDAL filters a page's
  // features), reported; the square itself is drawn, and no raw GEOS message reaches the log.
  c.push_back(make(
      "TwoPointRing", QStringLiteral("printmaps"),
      [](const Scratch &scratch) {
        return geopackage(scratch.dir, QStringLiteral("rings.gpkg"),
                          withGeometry(grid(), 5, kTwoPointRing));
      },
      true,
      {QStringLiteral("1 ring(s) of fewer than four points (no area) in 1 feature(s) of rings are "
                      "not drawn (feature ids 6)")},
      {{QStringLiteral("REGIONS"), QStringLiteral("@regions")}},
      [](const AlgorithmRun &run, const Scratch &scratch) {
        EXPECT_TRUE(QFile::exists(scratch.path(QStringLiteral("maps.pdf"))));
        EXPECT_FALSE(run.log.contains(QLatin1String("IllegalArgumentException")));
      }));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputGeometry, cases);
