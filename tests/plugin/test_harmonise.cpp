// resilience:harmonise through the processing registry on the hand-drawn squares of the core test
// (tests/core/regions/test_areal_interpolation.cpp), from geometry and from a crosswalk table.
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace resilience::testing;

namespace {

const QString kAlgorithm = QStringLiteral("resilience:harmonise");

QString layer(const QString &uri, const QString &name, const QList<QgsAttributes> &rows,
              const QStringList &wkts) {
  auto *l = new QgsVectorLayer(uri, name, QStringLiteral("memory"));
  QgsFeatureList features;
  for (int i = 0; i < rows.size(); ++i) {
    QgsFeature f(l->fields());
    f.setAttributes(rows[i]);
    if (!wkts.isEmpty())
      f.setGeometry(QgsGeometry::fromWkt(wkts[i]));
    features << f;
  }
  l->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(l);
  return l->id();
}

// Sources A [0,2]x[0,2] (count 100, rate 10), B [2,4]x[0,2] (count 50, rate 20), C [10,12]x[0,2]
// (count 30, rate 5); targets T1 [0,3]x[0,2], T2 [3,5]x[0,2].
QString sources() {
  return layer(QStringLiteral("Polygon?crs=EPSG:28992&field=code:string&field=count:double&"
                              "field=rate:double"),
               QStringLiteral("old"),
               {QgsAttributes() << "A" << 100.0 << 10.0, QgsAttributes() << "B" << 50.0 << 20.0,
                QgsAttributes() << "C" << 30.0 << 5.0},
               {QStringLiteral("POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))"),
                QStringLiteral("POLYGON((2 0, 4 0, 4 2, 2 2, 2 0))"),
                QStringLiteral("POLYGON((10 0, 12 0, 12 2, 10 2, 10 0))")});
}

QString targets() {
  return layer(QStringLiteral("Polygon?crs=EPSG:28992&field=code:string"), QStringLiteral("new"),
               {QgsAttributes() << "T1", QgsAttributes() << "T2"},
               {QStringLiteral("POLYGON((0 0, 3 0, 3 2, 0 2, 0 0))"),
                QStringLiteral("POLYGON((3 0, 5 0, 5 2, 3 2, 3 0))")});
}

} // namespace

// T1: count 100 + 50/2 = 125, rate (10 * 4 + 20 * 2) / 6 = 40/3, coverage 1; T2: count 25, rate
// 20, coverage 2/4. Counts: 180 in, 150 in the covered part, 150 out (C reaches no target).
TEST(Harmonise, HandDrawnSquaresFromGeometry) {
  QTemporaryDir dir;
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), sources()},
                   {QStringLiteral("TARGET"), targets()},
                   {QStringLiteral("EXTENSIVE"), QStringList{"count"}},
                   {QStringLiteral("INTENSIVE"), QStringList{"rate"}},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("h.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString out = run.results.value(QStringLiteral("OUTPUT")).toString();
  const auto code = column(out, QStringLiteral("code"));
  const auto count = column(out, QStringLiteral("count"));
  const auto rate = column(out, QStringLiteral("rate"));
  const auto coverage = column(out, QStringLiteral("coverage"));
  ASSERT_EQ(code.size(), 2u);
  EXPECT_EQ(code[0].toString(), QStringLiteral("T1"));
  EXPECT_NEAR(count[0].toDouble(), 125.0, 1e-9);
  EXPECT_NEAR(count[1].toDouble(), 25.0, 1e-9);
  EXPECT_NEAR(rate[0].toDouble(), 40.0 / 3.0, 1e-9);
  EXPECT_NEAR(rate[1].toDouble(), 20.0, 1e-9);
  EXPECT_NEAR(coverage[0].toDouble(), 1.0, 1e-12);
  EXPECT_NEAR(coverage[1].toDouble(), 0.5, 1e-12);
  EXPECT_TRUE(run.log.contains(QStringLiteral(
      "count (count): 180.000 in the sources, 150.000 of it in the part the targets cover, "
      "150.000 in the targets")))
      << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 source(s) reach no target")))
      << run.log.toStdString();
}

// A conversion table: A goes 70 % to T1 and 30 % to T2, B wholly to T2, C is not in the table:
// T1 = 70, T2 = 30 + 50 = 80; rates T1 = 10, T2 = (10 * 0.3 + 20) / 1.3. Coverage is unknown.
TEST(Harmonise, CrosswalkShares) {
  const QString table =
      layer(QStringLiteral("None?field=from:string&field=to:string&field=share:double"),
            QStringLiteral("omzet"),
            {QgsAttributes() << "A"
                             << "T1" << 0.7,
             QgsAttributes() << "A"
                             << "T2" << 0.3,
             QgsAttributes() << "B"
                             << "T2" << 1.0,
             QgsAttributes() << "X"
                             << "T2" << 1.0},
            {});
  QTemporaryDir dir;
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), sources()},
                   {QStringLiteral("TARGET"), targets()},
                   {QStringLiteral("EXTENSIVE"), QStringList{"count"}},
                   {QStringLiteral("INTENSIVE"), QStringList{"rate"}},
                   {QStringLiteral("CROSSWALK"), table},
                   {QStringLiteral("INPUT_KEY"), QStringLiteral("code")},
                   {QStringLiteral("TARGET_KEY"), QStringLiteral("code")},
                   {QStringLiteral("CROSSWALK_SOURCE_KEY"), QStringLiteral("from")},
                   {QStringLiteral("CROSSWALK_TARGET_KEY"), QStringLiteral("to")},
                   {QStringLiteral("CROSSWALK_SHARE"), QStringLiteral("share")},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("c.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString out = run.results.value(QStringLiteral("OUTPUT")).toString();
  const auto count = column(out, QStringLiteral("count"));
  const auto rate = column(out, QStringLiteral("rate"));
  EXPECT_NEAR(count[0].toDouble(), 70.0, 1e-9);
  EXPECT_NEAR(count[1].toDouble(), 80.0, 1e-9);
  EXPECT_NEAR(rate[0].toDouble(), 10.0, 1e-9);
  EXPECT_NEAR(rate[1].toDouble(), 23.0 / 1.3, 1e-9);
  EXPECT_TRUE(column(out, QStringLiteral("coverage"))[0].isNull());
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 row(s) name a key that is not in INPUT")))
      << run.log.toStdString();
}

// Population-weighted (the core test's points): A -> T1 all of its weight 40; B -> T1 20 and
// -> T2 60 of its 80. Counts 112.5 and 37.5, rates 40/3 and 20, coverage 1 and 60/65.
TEST(Harmonise, PopulationWeightedFromAPointLayer) {
  const QString points = layer(
      QStringLiteral("Point?crs=EPSG:28992&field=inhabitants:double"), QStringLiteral("addresses"),
      {QgsAttributes() << 10.0, QgsAttributes() << 30.0, QgsAttributes() << 20.0,
       QgsAttributes() << 60.0, QgsAttributes() << 5.0},
      {QStringLiteral("POINT(0.5 0.5)"), QStringLiteral("POINT(1.5 1.5)"),
       QStringLiteral("POINT(2.5 1)"), QStringLiteral("POINT(3.5 1)"),
       QStringLiteral("POINT(4.5 1)")});
  QTemporaryDir dir;
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), sources()},
                   {QStringLiteral("TARGET"), targets()},
                   {QStringLiteral("EXTENSIVE"), QStringList{"count"}},
                   {QStringLiteral("INTENSIVE"), QStringList{"rate"}},
                   {QStringLiteral("WEIGHT_LAYER"), points},
                   {QStringLiteral("WEIGHT_FIELD"), QStringLiteral("inhabitants")},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("w.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString out = run.results.value(QStringLiteral("OUTPUT")).toString();
  const auto count = column(out, QStringLiteral("count"));
  const auto rate = column(out, QStringLiteral("rate"));
  const auto coverage = column(out, QStringLiteral("coverage"));
  EXPECT_NEAR(count[0].toDouble(), 112.5, 1e-9);
  EXPECT_NEAR(count[1].toDouble(), 37.5, 1e-9);
  EXPECT_NEAR(rate[0].toDouble(), 40.0 / 3.0, 1e-9);
  EXPECT_NEAR(rate[1].toDouble(), 20.0, 1e-9);
  EXPECT_NEAR(coverage[1].toDouble(), 60.0 / 65.0, 1e-12);
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 source(s) hold no weight point")))
      << run.log.toStdString();
}

TEST(Harmonise, RefusedInputsNameTheParameter) {
  QTemporaryDir dir;
  const AlgorithmRun none = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), sources()},
                   {QStringLiteral("TARGET"), targets()},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("n.gpkg"))}});
  EXPECT_FALSE(none.ok);
  EXPECT_TRUE(none.log.contains(QStringLiteral("Nothing to harmonise"))) << none.log.toStdString();
  const AlgorithmRun both = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), sources()},
                   {QStringLiteral("TARGET"), targets()},
                   {QStringLiteral("EXTENSIVE"), QStringList{"count"}},
                   {QStringLiteral("INTENSIVE"), QStringList{"count"}},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("b.gpkg"))}});
  EXPECT_FALSE(both.ok);
  EXPECT_TRUE(both.log.contains(QStringLiteral("either a count or a rate")))
      << both.log.toStdString();
}
