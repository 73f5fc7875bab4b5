// Moran's I for rates through the processing registry: resilience:globalmoran and
// resilience:localmoran with POPULATION on North Carolina's SIDS counts and births, with the
// plugin's own queen weights, against R spdep 1.2-7 EBImoran.mc and localmoran of the empirical
// Bayes standardised rates (testdata/spdep/reference_issue14.R).
#include "../core/reference_csv.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience::testing;

namespace {

QVariantMap rates(const QString &output) {
  return {{QStringLiteral("INPUT"), testdata(QStringLiteral("nc.gpkg"))},
          {QStringLiteral("FIELD"), QStringLiteral("SID74")},
          {QStringLiteral("POPULATION"), QStringLiteral("BIR74")},
          {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
          {QStringLiteral("TOLERANCE"), 0.0},
          {QStringLiteral("PERMUTATIONS"), 9999},
          {QStringLiteral("SEED"), 1},
          {QStringLiteral("OUTPUT"), output}};
}

} // namespace

TEST(RatesMoran, GlobalMoranWithPopulationIsSpdepsEBImoran) {
  QVariantMap parameters = rates(QString());
  parameters.remove(QStringLiteral("OUTPUT"));
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const ReferenceCsv ebi("spdep/nc_EBImoran.csv");
  EXPECT_NEAR(run.results.value(QStringLiteral("I")).toDouble(), ebi.number(0, "EBI"), 1e-9);
  EXPECT_NEAR(run.results.value(QStringLiteral("P_SIM")).toDouble(),
              ebi.number(0, "p_greater_rank"), 0.005);
  EXPECT_TRUE(run.results.value(QStringLiteral("Z_NORMALITY")).isNull() ||
              std::isnan(run.results.value(QStringLiteral("Z_NORMALITY")).toDouble()));
  EXPECT_TRUE(run.log.contains(QStringLiteral("Empirical Bayes standardised rates of SID74 per "
                                              "BIR74")))
      << run.log.toStdString();

  parameters[QStringLiteral("PERMUTATIONS")] = 0;
  const AlgorithmRun refused = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  EXPECT_FALSE(refused.ok);
  EXPECT_TRUE(refused.log.contains(QStringLiteral("tested by permutation only")))
      << refused.log.toStdString();
}

TEST(RatesMoran, LocalMoranWithPopulationEqualsSpdepOnTheStandardisedRates) {
  QTemporaryDir dir;
  QVariantMap parameters = rates(dir.filePath(QStringLiteral("lisa_rates.gpkg")));
  parameters[QStringLiteral("PERMUTATIONS")] = 99;
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:localmoran"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const std::vector<QVariant> ii =
      column(run.results.value(QStringLiteral("OUTPUT")).toString(), QStringLiteral("lisa_i"));
  const std::vector<double> expected =
      ReferenceCsv("spdep/nc_localC_bv_eb_queen_W.csv").column("localmoran_eb_z_Ii");
  ASSERT_EQ(ii.size(), expected.size());
  for (std::size_t i = 0; i < ii.size(); ++i)
    EXPECT_NEAR(ii[i].toDouble(), expected[i], 1e-9 * std::max(1.0, std::fabs(expected[i])))
        << "county " << i + 1;
}
