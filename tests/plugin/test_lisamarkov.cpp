// resilience:lisamarkov through the processing registry on four squares in a row (0 - 1 - 2 - 3),
// the same periods as the core test (tests/core/statistics/test_lisa_markov.cpp), with the
// quadrants and counts worked out by hand there and repeated here.
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace resilience::testing;

namespace {

const QString kAlgorithm = QStringLiteral("resilience:lisamarkov");

// Periods a: 1, 2, 3, 4; b: 4, 3, 2, 1; c: 1, 4, 2, 3.
QString rowOfFour() {
  auto *layer = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=code:string&field=a:double&field=b:double&"
                     "field=c:double"),
      QStringLiteral("row"), QStringLiteral("memory"));
  const double values[4][3] = {{1, 4, 1}, {2, 3, 4}, {3, 2, 2}, {4, 1, 3}};
  QgsFeatureList features;
  for (int i = 0; i < 4; ++i) {
    QgsFeature f(layer->fields());
    f.setAttributes(QgsAttributes() << QStringLiteral("f%1").arg(i) << values[i][0] << values[i][1]
                                    << values[i][2]);
    f.setGeometry(QgsGeometry::fromWkt(
        QStringLiteral("POLYGON((%1 0, %2 0, %2 1, %1 1, %1 0))").arg(i).arg(i + 1)));
    features << f;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

} // namespace

// Quadrants (PySAL): a LL, LL, HH, HH; b HH, HH, LL, LL; c LH, HL, LH, HL. Counts from HH: to LH
// 1, LL 2, HL 1; from LL: HH 2, LH 1, HL 1; LH and HL never left (no probabilities, no steady
// state).
TEST(LisaMarkov, CountsAndPathsByHand) {
  QTemporaryDir dir;
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), rowOfFour()},
                   {QStringLiteral("FIELDS"), QStringList{"a", "b", "c"}},
                   {QStringLiteral("WEIGHTS"), QStringLiteral("rook")},
                   {QStringLiteral("SPATIAL_CLASSES"), 2},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("lm.gpkg"))},
                   {QStringLiteral("OUTPUT_TABLE"), dir.filePath(QStringLiteral("t.csv"))},
                   {QStringLiteral("OUTPUT_SPATIAL"), dir.filePath(QStringLiteral("s.csv"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("TRANSITIONS")).toString(),
            QStringLiteral("0,1,2,1,0,0,0,0,2,1,0,1,0,0,0,0"));
  EXPECT_EQ(run.results.value(QStringLiteral("STEADY_STATE")).toString(),
            QStringLiteral("NA,NA,NA,NA"));
  EXPECT_TRUE(run.results.value(QStringLiteral("PROBABILITIES"))
                  .toString()
                  .startsWith(QStringLiteral("0,0.25,0.5,0.25,NA")));
  const QString out = run.results.value(QStringLiteral("OUTPUT")).toString();
  const auto paths = column(out, QStringLiteral("lm_path"));
  const auto moves = column(out, QStringLiteral("lm_moves"));
  const QStringList expected = {"LL>HH>LH", "LL>HH>HL", "HH>LL>LH", "HH>LL>HL"};
  ASSERT_EQ(paths.size(), 4u);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(paths[i].toString(), expected[i]) << i;
    EXPECT_EQ(moves[i].toInt(), 2) << i;
  }
  auto table = openLayer(run.results.value(QStringLiteral("OUTPUT_TABLE")).toString());
  ASSERT_TRUE(table->isValid());
  EXPECT_EQ(table->featureCount(), 16);
  const QgsFeature llhh = featureWhere(*table, QStringLiteral("\"from\" = 'LL' AND \"to\" = 'HH'"));
  EXPECT_EQ(llhh.attribute(QStringLiteral("count")).toInt(), 2);
  EXPECT_DOUBLE_EQ(llhh.attribute(QStringLiteral("probability")).toDouble(), 0.5);
  // Spatial Markov with 2 classes (core test): lag class 1: class 1 -> 2 three times, 1 -> 1 once.
  auto spatial = openLayer(run.results.value(QStringLiteral("OUTPUT_SPATIAL")).toString());
  ASSERT_TRUE(spatial->isValid());
  EXPECT_EQ(spatial->featureCount(), 8);
  const QgsFeature up = featureWhere(
      *spatial, QStringLiteral("\"lag_class\" = 1 AND \"from_class\" = 1 AND \"to_class\" = 2"));
  EXPECT_EQ(up.attribute(QStringLiteral("count")).toInt(), 3);
  EXPECT_DOUBLE_EQ(up.attribute(QStringLiteral("probability")).toDouble(), 0.75);
}

TEST(LisaMarkov, RefusedOptionsNameTheParameter) {
  QTemporaryDir dir;
  const QString output = dir.filePath(QStringLiteral("bad.gpkg"));
  const AlgorithmRun binary =
      runAlgorithm(kAlgorithm, {{QStringLiteral("INPUT"), rowOfFour()},
                                {QStringLiteral("FIELDS"), QStringList{"a", "b"}},
                                {QStringLiteral("ROW_STANDARDISE"), false},
                                {QStringLiteral("OUTPUT"), output}});
  EXPECT_FALSE(binary.ok);
  EXPECT_TRUE(binary.log.contains(QStringLiteral("ROW_STANDARDISE: LISA Markov uses")))
      << binary.log.toStdString();
  const AlgorithmRun one = runAlgorithm(kAlgorithm, {{QStringLiteral("INPUT"), rowOfFour()},
                                                     {QStringLiteral("FIELDS"), QStringList{"a"}},
                                                     {QStringLiteral("OUTPUT"), output}});
  EXPECT_FALSE(one.ok);
  EXPECT_TRUE(one.log.contains(QStringLiteral("at least two periods"))) << one.log.toStdString();
  EXPECT_FALSE(QFile::exists(output));
}
