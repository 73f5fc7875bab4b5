// resilience:localmoran with FIELD_LAG (bivariate local Moran) through the processing registry on
// Columbus with the plugin's own queen weights, against R spdep 1.2-7 localmoran_bv
// (testdata/spdep/reference_issue14.R).
#include "../core/reference_csv.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience::testing;

TEST(BivariateLisa, ColumbusCrimeAgainstNeighboursIncomeEqualsSpdep) {
  QTemporaryDir dir;
  QVariantMap parameters = {{QStringLiteral("INPUT"), testdata(QStringLiteral("columbus.shp"))},
                            {QStringLiteral("FIELD"), QStringLiteral("CRIME")},
                            {QStringLiteral("FIELD_LAG"), QStringLiteral("INC")},
                            {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
                            {QStringLiteral("TOLERANCE"), 0.0},
                            {QStringLiteral("PERMUTATIONS"), 999},
                            {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("bv.gpkg"))}};
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:localmoran"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
  const std::vector<QVariant> ii = column(output, QStringLiteral("lisa_i"));
  const std::vector<double> expected =
      ReferenceCsv("spdep/columbus_localmoran_bv_CRIME_INC_queen_W.csv").column("Ibvi");
  ASSERT_EQ(ii.size(), expected.size());
  for (std::size_t i = 0; i < ii.size(); ++i)
    EXPECT_NEAR(ii[i].toDouble(), expected[i], 1e-9 * std::max(1.0, std::fabs(expected[i])))
        << "feature " << i + 1;
  // No analytical moments for the bivariate statistic: those fields are not written.
  EXPECT_LT(openLayer(output)->fields().lookupField(QStringLiteral("lisa_z")), 0);
  EXPECT_EQ(column(output, QStringLiteral("lisa_cluster")).size(), 49u);
  // RISK turns the bivariate clusters towards the risk as in the univariate case (auto: high for
  // a field that is not one of this plugin's scores, so High-High is the risk cluster).
  const std::vector<QVariant> lisa = column(output, QStringLiteral("lisa_cluster"));
  const std::vector<QVariant> risk = column(output, QStringLiteral("risk_cluster"));
  ASSERT_EQ(risk.size(), 49u);
  int clusters = 0;
  for (std::size_t i = 0; i < risk.size(); ++i)
    if (lisa[i].toString() == QLatin1String("High-High") ||
        lisa[i].toString() == QLatin1String("High-Low")) {
      EXPECT_EQ(risk[i].toString(), lisa[i].toString() == QLatin1String("High-High")
                                        ? QStringLiteral("Risk cluster")
                                        : QStringLiteral("Risk outlier"))
          << "feature " << i + 1;
      ++clusters;
    }
  EXPECT_GT(clusters, 0); // high crime next to low income: Columbus has some
  EXPECT_TRUE(run.log.contains(QStringLiteral("Bivariate local Moran's I of CRIME and the "
                                              "neighbours' INC")))
      << run.log.toStdString();

  parameters[QStringLiteral("PERMUTATIONS")] = 0;
  parameters[QStringLiteral("OUTPUT")] = dir.filePath(QStringLiteral("none.gpkg"));
  const AlgorithmRun refused = runAlgorithm(QStringLiteral("resilience:localmoran"), parameters);
  EXPECT_FALSE(refused.ok);
  EXPECT_TRUE(refused.log.contains(QStringLiteral("no analytical p-value")))
      << refused.log.toStdString();
}
