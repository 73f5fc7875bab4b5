// Bad-input matrix, neighbours: an island, two disconnected components, K as large as the layer,
// and a kernel bandwidth or distance band smaller than every distance, for every algorithm that
// uses spatial weights, and accessibility's catchment (docs/robustness.md, "Bad-input matrix").
// Not applicable: jointable, compositeindex, aggregate and printmaps use no neighbours.
#include "bad_input_support.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// Feature 6 moved 9 km away from the grid: an island for contiguity.
QVariant withIsland(const Scratch &) {
  return memoryLayer(withGeometry(grid(), 5, square(10, 10)));
}
// Columns 2 and 3 moved 10 km east: two components of 8 squares.
QVariant twoComponents(const Scratch &) {
  Rows rows = grid();
  for (int i = 0; i < 16; ++i)
    if (i % 4 >= 2)
      rows[static_cast<std::size_t>(i)].wkt = square(i % 4 + 10, i / 4);
  return memoryLayer(rows);
}
// Feature 6 (a stray coordinate) moved to 1e300: with the tolerance from the raw extent (1e294)
// every feature was a neighbour of every other.
QVariant withFarOutlier(const Scratch &) {
  return memoryLayer(
      withGeometry(grid(), 5,
                   QStringLiteral("POLYGON((1e300 1e300, 1e300 1.0000000000000001e300, "
                                  "1.0000000000000001e300 1.0000000000000001e300, "
                                  "1.0000000000000001e300 1e300, 1e300 1e300))")));
}

Check result(const char *name, double value) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    EXPECT_DOUBLE_EQ(run.results.value(QString::fromLatin1(name)).toDouble(), value) << name;
  };
}

Check nulls(const QString &field, int expected, int at = -1) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    const std::vector<QVariant> values = outputColumn(run, field);
    ASSERT_EQ(values.size(), 16u);
    EXPECT_EQ(nullCount(values), expected) << field.toStdString();
    if (at >= 0) {
      EXPECT_TRUE(values[static_cast<std::size_t>(at)].isNull()) << field.toStdString();
    }
  };
}

struct Weighted {
  const char *algorithm;
  QString field; // a result column ("" for weights and global Moran)
};

std::vector<Case> cases() {
  std::vector<Case> c;
  const QString island = QStringLiteral("1 island(s) without neighbours (their results are NULL; "
                                        "ISLANDS=attach links each to its nearest feature): 6");
  const QString allIslands = QStringLiteral("16 island(s) without neighbours");
  const QVariantMap tinyBandwidth = {{QStringLiteral("WEIGHTS"), QStringLiteral("kernel")},
                                     {QStringLiteral("ADAPTIVE"), false},
                                     {QStringLiteral("BANDWIDTH"), 1.0}};
  const QVariantMap tinyBand = {{QStringLiteral("WEIGHTS"), QStringLiteral("distance")},
                                {QStringLiteral("DISTANCE"), 1.0}};
  const QVariantMap hugeK = {{QStringLiteral("WEIGHTS"), QStringLiteral("knn")},
                             {QStringLiteral("K"), 16}};
  const QVariantMap hugeKernelK = {{QStringLiteral("WEIGHTS"), QStringLiteral("kernel")},
                                   {QStringLiteral("K"), 16}};
  const QString tooManyK =
      QStringLiteral("K: 16 neighbours asked, but the layer has only 16 features");
  const QString tooManyKernelK = QStringLiteral(
      "kernel weights: k = 16 needs between 1 and 15 (the number of points with a geometry minus "
      "one)");

  for (const Weighted &w : {Weighted{"hotspots", QStringLiteral("gi_z")},
                            Weighted{"localmoran", QStringLiteral("lisa_i")},
                            Weighted{"smooth", QStringLiteral("v_smooth")}}) {
    const QString a = QString::fromLatin1(w.algorithm);
    c.push_back(make("Island", a, withIsland, true, {island}, {}, nulls(w.field, 1, 5)));
    c.push_back(make("DisconnectedComponents", a, twoComponents, true,
                     {QStringLiteral("2 connected component(s)")}, {}, nulls(w.field, 0)));
    c.push_back(make("HugeK", a, gridLayer, false, {tooManyK}, hugeK));
    c.push_back(make("HugeKernelK", a, gridLayer, false, {tooManyKernelK}, hugeKernelK));
    c.push_back(
        make("TinyBandwidth", a, gridLayer, true, {allIslands}, tinyBandwidth, nulls(w.field, 16)));
    c.push_back(
        make("TinyDistanceBand", a, gridLayer, true, {allIslands}, tinyBand, nulls(w.field, 16)));
  }
  // One far feature: the automatic tolerance comes from the typical feature centres (quartiles
  // of x: 1500 and 3500 m with feature 6 gone from the second column, span 2 x 2000 m per axis:
  // 1e-6 x hypot(4000, 4000) = 0.00565685 m), is logged, and the far feature is an island.
  const QString autoTolerance =
      QStringLiteral("TOLERANCE: automatic, 0.00565685 map units (a millionth of the extent of "
                     "the typical feature centres)");
  for (const Weighted &w : {Weighted{"hotspots", QStringLiteral("gi_z")},
                            Weighted{"localmoran", QStringLiteral("lisa_i")},
                            Weighted{"smooth", QStringLiteral("v_smooth")}})
    c.push_back(make("FarOutlier", QString::fromLatin1(w.algorithm), withFarOutlier, true,
                     {autoTolerance, island}, {}, nulls(w.field, 1, 5)));
  c.push_back(make("FarOutlier", QStringLiteral("weights"), withFarOutlier, true,
                   {autoTolerance, island}, {}, result("LINKS", 68)));
  c.push_back(make("FarOutlier", QStringLiteral("globalmoran"), withFarOutlier, true,
                   {autoTolerance, island}, {}, result("N", 15)));
  // A tolerance wider than the layer: every square touches all 15 others, which contiguity
  // cannot give (the exact 4 x 4 queen mean is 84 / 16 = 5.25); the log says so.
  for (const char *algorithm : {"weights", "hotspots"})
    c.push_back(make("HugeTolerance", QString::fromLatin1(algorithm), gridLayer, true,
                     {QStringLiteral("contiguity gives 15 neighbours per feature on average")},
                     {{QStringLiteral("TOLERANCE"), 100000.0}}));
  // Islands attached to their nearest feature get a result.
  c.push_back(make("IslandAttached", QStringLiteral("hotspots"), withIsland, true,
                   {QStringLiteral("1 island(s) attached to their nearest feature")},
                   {{QStringLiteral("ISLANDS"), QStringLiteral("attach")}},
                   nulls(QStringLiteral("gi_z"), 0)));

  c.push_back(make("Island", QStringLiteral("weights"), withIsland, true, {island}, {},
                   result("ISLANDS", 1)));
  c.push_back(make("DisconnectedComponents", QStringLiteral("weights"), twoComponents, true,
                   {QStringLiteral("2 connected component(s)")}, {}, result("COMPONENTS", 2)));
  c.push_back(make("HugeK", QStringLiteral("weights"), gridLayer, false, {tooManyK}, hugeK));
  c.push_back(make("HugeKernelK", QStringLiteral("weights"), gridLayer, false, {tooManyKernelK},
                   hugeKernelK));
  c.push_back(make("TinyBandwidth", QStringLiteral("weights"), gridLayer, true, {allIslands},
                   tinyBandwidth, result("LINKS", 0)));
  c.push_back(make("TinyDistanceBand", QStringLiteral("weights"), gridLayer, true, {allIslands},
                   tinyBand, result("LINKS", 0)));

  // Global Moran: an island leaves n; with no links at all there is no I.
  c.push_back(make("Island", QStringLiteral("globalmoran"), withIsland, true,
                   {island, QStringLiteral("1 islands (in the mean, not in n); n = 15")}, {},
                   result("N", 15)));
  c.push_back(make("DisconnectedComponents", QStringLiteral("globalmoran"), twoComponents, true,
                   {QStringLiteral("2 connected component(s)")}, {}, result("N", 16)));
  c.push_back(make("HugeK", QStringLiteral("globalmoran"), gridLayer, false, {tooManyK}, hugeK));
  c.push_back(make("HugeKernelK", QStringLiteral("globalmoran"), gridLayer, false, {tooManyKernelK},
                   hugeKernelK));
  const QString noLinks = QStringLiteral("Global Moran's I needs at least 4 features with a valid "
                                         "'v' value and a neighbour, found 0");
  c.push_back(make("TinyBandwidth", QStringLiteral("globalmoran"), gridLayer, false,
                   {allIslands, noLinks}, tinyBandwidth));
  c.push_back(make("TinyDistanceBand", QStringLiteral("globalmoran"), gridLayer, false,
                   {allIslands, noLinks}, tinyBand));

  // Accessibility: a catchment smaller than every distance reaches no facility: counts are 0,
  // the nearest distance is still measured.
  c.push_back(make("TinyCatchment", QStringLiteral("accessibility"), gridLayer, true,
                   {QStringLiteral("catchment 1 m")}, {{QStringLiteral("DISTANCE"), 1.0}},
                   [](const AlgorithmRun &run, const Scratch &) {
                     const std::vector<QVariant> count =
                         outputColumn(run, QStringLiteral("acc_count"));
                     ASSERT_EQ(count.size(), 16u);
                     int reached = 0;
                     for (const QVariant &n : count)
                       reached += n.toInt();
                     // The four squares whose centroid is a facility reach it at 0 m.
                     EXPECT_EQ(reached, 4);
                     EXPECT_EQ(nullCount(outputColumn(run, QStringLiteral("acc_nearest_m"))), 0);
                   }));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputNeighbours, cases);
