// Risk-oriented hot spots and clusters (issue 12 item 4): RISK says which end of FIELD is the
// risk; risk_bin, risk_class, risk_cluster and risk_cluster_class follow it, the outputs are drawn
// with the risk in red and their legends name the field and the direction, and the regions count
// risk hot spots. Expected values come from R spdep (testdata/spdep, reference.R) through the
// rules written out here: ArcGIS's Gi_Bin from spdep's localG p and z, GeoDa's clusters from
// spdep's localmoran quadrant and p.
#include "../core/reference_csv.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsproject.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace resilience::testing;

namespace {

QVariantMap statistic(const QString &input, const QString &field, const QString &risk,
                      const QString &language, const QString &output) {
  return {
      {QStringLiteral("INPUT"), input},       {QStringLiteral("FIELD"), field},
      {QStringLiteral("RISK"), risk},         {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
      {QStringLiteral("TOLERANCE"), 0.0},     {QStringLiteral("PERMUTATIONS"), 0},
      {QStringLiteral("LANGUAGE"), language}, {QStringLiteral("OUTPUT"), output}};
}

// ArcGIS Gi_Bin of Columbus CRIME, from spdep localG's Gi* z and p (queen, row-standardised).
std::vector<int> spdepCrimeBins() {
  const ReferenceCsv reference("spdep/columbus_localG_queen.csv");
  const auto p = reference.column("GistarW_Pr(z != E(G*i))");
  const auto z = reference.column("Gistar_z_W");
  std::vector<int> bins;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const int level = p[i] < 0.01 ? 3 : p[i] < 0.05 ? 2 : p[i] < 0.10 ? 1 : 0;
    bins.push_back(z[i] > 0 ? level : -level);
  }
  return bins;
}

// The default style stored in a GeoPackage output (QML).
QString storedStyle(const QString &output) {
  auto layer = openLayer(output);
  QStringList ids, names, descriptions;
  QString error;
  if (layer->listStylesInDatabase(ids, names, descriptions, error) < 1)
    return QString();
  return layer->getStyleFromDatabase(ids.first(), error);
}

} // namespace

TEST(RiskHotspots, HighRiskKeepsGiBinAndLowRiskTurnsItRound) {
  QTemporaryDir dir;
  const std::vector<int> expected = spdepCrimeBins();
  // CRIME is a risk where it is high: risk_bin is gi_bin.
  AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:hotspots"),
                                  statistic(testdata(QStringLiteral("columbus.shp")),
                                            QStringLiteral("CRIME"), QStringLiteral("high"),
                                            QStringLiteral("en"), dir.filePath("high.gpkg")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
  auto riskBins = column(output, QStringLiteral("risk_bin"));
  auto giBins = column(output, QStringLiteral("gi_bin"));
  auto classes = column(output, QStringLiteral("risk_class"));
  ASSERT_EQ(riskBins.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(riskBins[i].toInt(), expected[i]) << "feature " << i + 1;
    EXPECT_EQ(giBins[i].toInt(), expected[i]) << "feature " << i + 1;
  }
  // Feature 16: spdep z = 3.475, p = 0.0005; feature 36: z = -2.675, p = 0.0075.
  EXPECT_EQ(classes[15].toString(), QStringLiteral("Risk hot spot (99 %)"));
  EXPECT_EQ(classes[35].toString(), QStringLiteral("Risk cold spot (99 %)"));
  EXPECT_TRUE(run.log.contains(QStringLiteral("RISK: high values of CRIME are the risk")))
      << run.log.toStdString();
  QString style = storedStyle(output);
  EXPECT_TRUE(style.contains(QStringLiteral("attr=\"risk_bin\""))) << style.toStdString();
  EXPECT_TRUE(style.contains(QStringLiteral("Hot spot of high CRIME, 99% confidence")));

  // Were low crime the risk, risk_bin is minus gi_bin, and gi_bin keeps its convention.
  run = runAlgorithm(QStringLiteral("resilience:hotspots"),
                     statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
                               QStringLiteral("low"), QStringLiteral("nl"),
                               dir.filePath("low.gpkg")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  output = run.results.value(QStringLiteral("OUTPUT")).toString();
  riskBins = column(output, QStringLiteral("risk_bin"));
  giBins = column(output, QStringLiteral("gi_bin"));
  classes = column(output, QStringLiteral("risk_class"));
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(riskBins[i].toInt(), -expected[i]) << "feature " << i + 1;
    EXPECT_EQ(giBins[i].toInt(), expected[i]) << "feature " << i + 1;
  }
  EXPECT_EQ(classes[15].toString(), QStringLiteral("Gunstig gebied (99 %)"));
  EXPECT_EQ(classes[35].toString(), QStringLiteral("Risicogebied (99 %)"));
  style = storedStyle(output);
  EXPECT_TRUE(style.contains(QStringLiteral("Risicogebied: lage CRIME, 99% betrouwbaarheid")))
      << style.toStdString();
  EXPECT_TRUE(style.contains(QStringLiteral("Gunstig gebied: hoge CRIME, 99% betrouwbaarheid")));
}

TEST(RiskHotspots, AutoTakesLowForTheResilienceScoreAndHighForOtherFields) {
  QTemporaryDir dir;
  // A resilience score that is high where crime is low: its risk hot spots (low resilience) are
  // the crime hot spots, by spdep's numbers, and the Dutch legend calls it "veerkracht".
  const QString layer =
      withExpressionField(QStringLiteral("columbus.shp"), QStringLiteral("resilience"),
                          QStringLiteral("100 - \"CRIME\""));
  AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:hotspots"),
                   statistic(layer, QStringLiteral("resilience"), QStringLiteral("auto"),
                             QStringLiteral("nl"), dir.filePath("resilience.gpkg")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("RISK: low values of resilience are the risk "
                                              "(auto")))
      << run.log.toStdString();
  const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
  const std::vector<int> expected = spdepCrimeBins();
  const auto riskBins = column(output, QStringLiteral("risk_bin"));
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(riskBins[i].toInt(), expected[i]) << "feature " << i + 1;
  EXPECT_TRUE(storedStyle(output).contains(QStringLiteral("Risicogebied: lage veerkracht")));

  run = runAlgorithm(QStringLiteral("resilience:hotspots"),
                     statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
                               QStringLiteral("auto"), QStringLiteral("en"),
                               dir.filePath("crime.gpkg")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("RISK: high values of CRIME are the risk (auto")))
      << run.log.toStdString();
  EXPECT_EQ(
      column(run.results.value(QStringLiteral("OUTPUT")).toString(), QStringLiteral("risk_bin"))[15]
          .toInt(),
      3);
}

TEST(RiskClusters, TheRiskClusterIsHighHighOrLowLowAsRiskSays) {
  QTemporaryDir dir;
  // GeoDa's clusters from spdep localmoran: the quadrant where p < 0.05 (11 High-High, 4
  // Low-Low, no outliers for Columbus CRIME).
  const ReferenceCsv reference("spdep/columbus_localmoran_queen_W.csv");
  const auto p = reference.column("P_two_sided_conditional");
  const std::map<std::string, std::pair<QString, QString>> risk = {
      {"High-High", {"Risk cluster", "Low-risk cluster"}},
      {"Low-Low", {"Low-risk cluster", "Risk cluster"}},
      {"High-Low", {"Risk outlier", "Low-risk outlier"}},
      {"Low-High", {"Low-risk outlier", "Risk outlier"}}};
  for (const QString &end : {QStringLiteral("high"), QStringLiteral("low")}) {
    const AlgorithmRun run = runAlgorithm(
        QStringLiteral("resilience:localmoran"),
        statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"), end,
                  QStringLiteral("nl"), dir.filePath(end + QStringLiteral(".gpkg"))));
    ASSERT_TRUE(run.ok) << run.log.toStdString();
    const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
    const auto codes = column(output, QStringLiteral("risk_cluster"));
    const auto classes = column(output, QStringLiteral("risk_cluster_class"));
    int riskClusters = 0;
    for (std::size_t i = 0; i < reference.rows(); ++i) {
      const std::string quadrant = reference.text(i, "quadr_mean");
      const QString expected = p[i] >= 0.05                   ? QStringLiteral("Not significant")
                               : end == QLatin1String("high") ? risk.at(quadrant).first
                                                              : risk.at(quadrant).second;
      EXPECT_EQ(codes[i].toString(), expected) << "feature " << i + 1;
      riskClusters += expected == QLatin1String("Risk cluster");
    }
    EXPECT_EQ(riskClusters, end == QLatin1String("high") ? 11 : 4);
    // Feature 1 (POLYID 1, CRIME 15.7): Low-Low with p = 0.35, not significant; the Dutch
    // label names the quadrant of the risk cluster.
    EXPECT_EQ(classes[0].toString(), QStringLiteral("Niet significant"));
    EXPECT_TRUE(std::any_of(classes.begin(), classes.end(), [&](const QVariant &label) {
      return label.toString() == (end == QLatin1String("high")
                                      ? QStringLiteral("Risicocluster (Hoog-Hoog)")
                                      : QStringLiteral("Risicocluster (Laag-Laag)"));
    })) << end.toStdString();
    const QString style = storedStyle(output);
    EXPECT_TRUE(style.contains(QStringLiteral("attr=\"risk_cluster\""))) << style.toStdString();
    EXPECT_TRUE(style.contains(end == QLatin1String("high")
                                   ? QStringLiteral("Risicocluster: hoge CRIME (Hoog-Hoog)")
                                   : QStringLiteral("Risicocluster: lage CRIME (Laag-Laag)")))
        << style.toStdString();
  }
}

TEST(RiskAggregate, RegionsCountRiskHotSpotsByDefault) {
  QTemporaryDir dir;
  // Hot spots of LOW crime as the risk, then per core/periphery (CP, a field of Columbus).
  AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:hotspots"),
                                  statistic(testdata(QStringLiteral("columbus.shp")),
                                            QStringLiteral("CRIME"), QStringLiteral("low"),
                                            QStringLiteral("en"), dir.filePath("spots.gpkg")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString spots = run.results.value(QStringLiteral("OUTPUT")).toString();
  run = runAlgorithm(QStringLiteral("resilience:aggregate"),
                     {{QStringLiteral("INPUT"), spots},
                      {QStringLiteral("REGION_FIELD"), QStringLiteral("CP")},
                      {QStringLiteral("SCORE_FIELD"), QStringLiteral("CRIME")},
                      {QStringLiteral("OUTPUT"), dir.filePath("regions.gpkg")}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("risk_bin is 2 or more (risk hot spots)")))
      << run.log.toStdString();

  // Expected: features whose spdep Gi_Bin is -2 or -3 (cold spots of crime at 95 % or more),
  // per CP value; hot spots of crime (bin >= 2) would be counted by the old default, gi_bin.
  const std::vector<int> bins = spdepCrimeBins();
  const auto cp = column(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CP"));
  std::map<int, int> riskSpots, highSpots;
  for (std::size_t i = 0; i < bins.size(); ++i) {
    riskSpots[cp[i].toInt()] += bins[i] <= -2;
    highSpots[cp[i].toInt()] += bins[i] >= 2;
  }
  EXPECT_NE(riskSpots, highSpots);
  auto regions = openLayer(run.results.value(QStringLiteral("OUTPUT")).toString());
  ASSERT_EQ(regions->featureCount(), 2);
  for (const auto &[value, count] : riskSpots) {
    const QgsFeature region = featureWhere(*regions, QStringLiteral("\"CP\" = %1").arg(value));
    ASSERT_TRUE(region.isValid()) << value;
    EXPECT_EQ(region.attribute(QStringLiteral("n_hotspots")).toInt(), count) << "CP " << value;
  }
}
