// resilience:localgeary through the processing registry on Columbus, with the plugin's own queen
// weights: lg_c equal to R spdep 1.2-7 localC for one and three variables
// (testdata/spdep/reference_issue14.R); clusters, NULLs and PERMUTATIONS = 0.
#include "../core/reference_csv.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience::testing;

namespace {

const QString kLocalGeary = QStringLiteral("resilience:localgeary");

QVariantMap geary(const QString &input, const QStringList &fields, const QString &output) {
  return {{QStringLiteral("INPUT"), input},
          {QStringLiteral("FIELDS"), fields},
          {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
          {QStringLiteral("TOLERANCE"), 0.0},
          {QStringLiteral("SEED"), 1},
          {QStringLiteral("OUTPUT"), output}};
}

} // namespace

TEST(LocalGearyAlgorithm, ColumbusOneAndThreeVariablesEqualSpdepLocalC) {
  QTemporaryDir dir;
  const ReferenceCsv reference("spdep/columbus_localC_queen_W.csv");
  const QString columbus = testdata(QStringLiteral("columbus.shp"));
  for (const auto &[fields, column] :
       {std::make_pair(QStringList{QStringLiteral("CRIME")}, std::string("localC_CRIME")),
        std::make_pair(
            QStringList{QStringLiteral("CRIME"), QStringLiteral("HOVAL"), QStringLiteral("INC")},
            std::string("localC_CRIME_HOVAL_INC"))}) {
    const AlgorithmRun run =
        runAlgorithm(kLocalGeary, geary(columbus, fields,
                                        dir.filePath(QString::number(fields.size()) + ".gpkg")));
    ASSERT_TRUE(run.ok) << run.log.toStdString();
    const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
    const std::vector<QVariant> c = resilience::testing::column(output, QStringLiteral("lg_c"));
    const std::vector<double> expected = reference.column(column);
    ASSERT_EQ(c.size(), expected.size());
    for (std::size_t i = 0; i < c.size(); ++i)
      EXPECT_NEAR(c[i].toDouble(), expected[i], 1e-9 * std::max(1.0, expected[i]))
          << column << " feature " << i + 1;
    const QStringList allowed =
        fields.size() == 1
            ? QStringList{QStringLiteral("High-High"), QStringLiteral("Low-Low"),
                          QStringLiteral("Other positive"), QStringLiteral("Negative"),
                          QStringLiteral("Not significant")}
            : QStringList{QStringLiteral("Positive association"),
                          QStringLiteral("Negative association"),
                          QStringLiteral("Not significant")};
    int significant = 0;
    for (const QVariant &cluster :
         resilience::testing::column(output, QStringLiteral("lg_cluster"))) {
      EXPECT_TRUE(allowed.contains(cluster.toString())) << cluster.toString().toStdString();
      significant += cluster.toString() != QLatin1String("Not significant");
    }
    EXPECT_GT(significant, 0) << column;
    EXPECT_EQ(resilience::testing::column(output, QStringLiteral("lg_p_sim")).size(), 49u);
  }
}

TEST(LocalGearyAlgorithm, ANullValueIsUndefinedAndZeroPermutationsAreRefused) {
  QTemporaryDir dir;
  // CRIME_GAP: CRIME with feature 5 (POLYID 5) NULL.
  const QString layer =
      withExpressionField(QStringLiteral("columbus.shp"), QStringLiteral("CRIME_GAP"),
                          QStringLiteral("CASE WHEN \"POLYID\" = 5 THEN NULL ELSE \"CRIME\" END"));
  const AlgorithmRun run =
      runAlgorithm(kLocalGeary, geary(layer, {QStringLiteral("CRIME_GAP"), QStringLiteral("INC")},
                                      dir.filePath(QStringLiteral("gap.gpkg"))));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
  const std::vector<QVariant> cluster =
      resilience::testing::column(output, QStringLiteral("lg_cluster"));
  EXPECT_EQ(cluster[4].toString(), QStringLiteral("Undefined"));
  EXPECT_TRUE(resilience::testing::column(output, QStringLiteral("lg_c"))[4].isNull());
  EXPECT_TRUE(run.log.contains(QStringLiteral("48 of 49 features computed (1 with a NULL value")))
      << run.log.toStdString();

  QVariantMap none = geary(testdata(QStringLiteral("columbus.shp")), {QStringLiteral("CRIME")},
                           dir.filePath(QStringLiteral("none.gpkg")));
  none[QStringLiteral("PERMUTATIONS")] = 0;
  const AlgorithmRun refused = runAlgorithm(kLocalGeary, none);
  EXPECT_FALSE(refused.ok);
  EXPECT_TRUE(refused.log.contains(QStringLiteral("local Geary has no analytical p-value")))
      << refused.log.toStdString();
  EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.gpkg"))));
}
