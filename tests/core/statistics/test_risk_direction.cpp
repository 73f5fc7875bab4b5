// Risk direction: Gi_Bin and LISA clusters restated as "which end is the risk". Expected values
// are written out by hand, and the Columbus cases use spdep's own localG z and p
// (testdata/spdep/columbus_localG_queen.csv) and the fact that the Gi* z of -x is minus the z of
// x: a hot spot of low values of x is a hot spot of -x.
#include "reference_weights.h"
#include "statistics/getis_ord.h"
#include "statistics/risk_direction.h"

#include <gtest/gtest.h>

using namespace resilience;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

TEST(RiskDirection, RiskBinIsGiBinForHighRiskAndItsNegationForLowRisk) {
  for (int bin = -3; bin <= 3; ++bin) {
    const auto b = static_cast<std::int8_t>(bin);
    EXPECT_EQ(riskBin(b, RiskEnd::High), bin);
    EXPECT_EQ(riskBin(b, RiskEnd::Low), -bin);
  }
}

TEST(RiskDirection, ColumbusCrimeRiskBinsFollowSpdepLocalG) {
  const ReferenceCsv ref("spdep/columbus_localG_queen.csv");
  const std::vector<double> z = ref.column("Gistar_z_W");
  const std::vector<double> p = ref.column("GistarW_Pr(z != E(G*i))");
  const std::vector<std::int8_t> giBins = hotspotBins(z, p);

  MaskedValues negated = referenceValues("spdep/columbus_localG_queen.csv", "x");
  for (double &value : negated.values)
    value = -value;
  const GetisOrdResult ofNegated =
      getisOrd(negated, referenceWeights("spdep/columbus_queen_edges.csv", 49));
  int hot = 0;
  for (std::size_t i = 0; i < giBins.size(); ++i) {
    SCOPED_TRACE("feature " + std::to_string(i + 1));
    // CRIME is a risk where it is high: the risk bins are the hot spot bins.
    EXPECT_EQ(riskBin(giBins[i], RiskEnd::High), giBins[i]);
    // Were low CRIME the risk, its risk hot spots are the hot spots of -CRIME.
    EXPECT_EQ(riskBin(giBins[i], RiskEnd::Low), ofNegated.bin[i]);
    hot += giBins[i] == 3;
  }
  // Feature 16 (CRIME 54.8): spdep z = 3.475, p = 0.0005, a hot spot at 99 %: a risk hot spot
  // when high crime is the risk, the opposite (-3) when low values are. Feature 36 (CRIME 14.3):
  // z = -2.675, p = 0.0075, a cold spot at 99 %: a risk hot spot only when low values are the risk.
  EXPECT_GT(z[15], 2.576);
  EXPECT_EQ(riskBin(giBins[15], RiskEnd::High), 3);
  EXPECT_EQ(riskBin(giBins[15], RiskEnd::Low), -3);
  EXPECT_LT(z[35], -2.576);
  EXPECT_EQ(riskBin(giBins[35], RiskEnd::High), -3);
  EXPECT_EQ(riskBin(giBins[35], RiskEnd::Low), 3);
  EXPECT_GT(hot, 0);
}

TEST(RiskDirection, RiskClusterNamesTheQuadrantOfTheRiskyEnd) {
  struct Case {
    LisaCluster cluster;
    RiskCluster high, low;
  };
  const Case cases[] = {
      {LisaCluster::HighHigh, RiskCluster::Risk, RiskCluster::LowRisk},
      {LisaCluster::LowLow, RiskCluster::LowRisk, RiskCluster::Risk},
      {LisaCluster::HighLow, RiskCluster::RiskOutlier, RiskCluster::LowRiskOutlier},
      {LisaCluster::LowHigh, RiskCluster::LowRiskOutlier, RiskCluster::RiskOutlier},
      {LisaCluster::NotSignificant, RiskCluster::NotSignificant, RiskCluster::NotSignificant},
      {LisaCluster::Undefined, RiskCluster::Undefined, RiskCluster::Undefined},
  };
  for (const Case &c : cases) {
    SCOPED_TRACE(lisaClusterText(c.cluster));
    EXPECT_EQ(riskCluster(c.cluster, RiskEnd::High), c.high);
    EXPECT_EQ(riskCluster(c.cluster, RiskEnd::Low), c.low);
  }
  EXPECT_STREQ(riskClusterCode(RiskCluster::Risk), "Risk cluster");
  EXPECT_STREQ(riskClusterCode(RiskCluster::LowRisk), "Low-risk cluster");
  EXPECT_STREQ(riskClusterCode(RiskCluster::RiskOutlier), "Risk outlier");
  EXPECT_STREQ(riskClusterCode(RiskCluster::LowRiskOutlier), "Low-risk outlier");
  EXPECT_STREQ(riskClusterCode(RiskCluster::NotSignificant), "Not significant");
  EXPECT_STREQ(riskClusterCode(RiskCluster::Undefined), "Undefined");
}

TEST(RiskDirection, ScoresOfTheCompositeIndexAreAtRiskWhereTheyAreLow) {
  for (const char *score :
       {"resilience", "Resilience", "resilience_class", "resilience_smooth", "score_social"})
    EXPECT_EQ(defaultRiskEnd(score), RiskEnd::Low) << score;
  for (const char *rate : {"CRIME", "SIDR74", "uitkeringen_pct", "score", "my_resilience"})
    EXPECT_EQ(defaultRiskEnd(rate), RiskEnd::High) << rate;
}
