// resilience:riskflags through the processing registry: the CDC's SVI 2022 Pennsylvania county
// table read as a table without geometry, whose published EPL_/SPL_/RPL_/F_ columns travel with the
// output, so each new field is compared with its published twin on the same row; NULLs and CBS
// no-data codes on a hand-made layer; resilience:aggregate's share of residents with stacked risks.
#include "bad_input_support.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace resilience::testing;

namespace {

const QString kRiskFlags = QStringLiteral("resilience:riskflags");

// The SVI table as QGIS's delimited-text provider reads it: numbers typed, no geometry.
QString sviTable() {
  QUrl url = QUrl::fromLocalFile(testdata(QStringLiteral("svi/2022svi_pa_co_cdc.csv")));
  url.setQuery(QStringLiteral("type=csv&detectTypes=yes&geomType=none"));
  auto *layer =
      new QgsVectorLayer(url.toString(), QStringLiteral("svi"), QStringLiteral("delimitedtext"));
  EXPECT_TRUE(layer->isValid());
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

// Every feature's attributes by field name.
std::vector<std::map<QString, QVariant>> rows(const QString &source) {
  auto layer = openLayer(source);
  std::vector<std::map<QString, QVariant>> out;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures();
  while (it.nextFeature(f)) {
    std::map<QString, QVariant> row;
    for (int k = 0; k < f.fields().size(); ++k)
      row[f.fields().at(k).name()] = f.attribute(k);
    out.push_back(row);
  }
  return out;
}

} // namespace

TEST(RiskFlagsAlgorithm, ReproducesThePublishedSviColumnsOnEveryRow) {
  QTemporaryDir dir;
  const QString output = dir.filePath(QStringLiteral("svi.gpkg"));
  const AlgorithmRun run = runAlgorithm(
      kRiskFlags, {{QStringLiteral("INPUT"), sviTable()},
                   {QStringLiteral("SPEC"), testdata(QStringLiteral("svi/svi2022_spec.csv"))},
                   {QStringLiteral("DECIMALS"), 4},
                   {QStringLiteral("OUTPUT"), output}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const auto table = rows(output);
  ASSERT_EQ(table.size(), 67u);
  const QStringList variables = {
      QStringLiteral("POV150"), QStringLiteral("UNEMP"),   QStringLiteral("HBURD"),
      QStringLiteral("NOHSDP"), QStringLiteral("UNINSUR"), QStringLiteral("AGE65"),
      QStringLiteral("AGE17"),  QStringLiteral("DISABL"),  QStringLiteral("SNGPNT"),
      QStringLiteral("LIMENG"), QStringLiteral("MINRTY"),  QStringLiteral("MUNIT"),
      QStringLiteral("MOBILE"), QStringLiteral("CROWD"),   QStringLiteral("NOVEH"),
      QStringLiteral("GROUPQ")};
  std::map<QString, QString> ours; // our field -> the CDC's
  for (const QString &v : variables) {
    ours[QStringLiteral("pr_EP_") + v] = QStringLiteral("EPL_") + v;
    ours[QStringLiteral("flag_EP_") + v] = QStringLiteral("F_") + v;
  }
  for (int t = 1; t <= 4; ++t) {
    ours[QStringLiteral("sum_theme%1").arg(t)] = QStringLiteral("SPL_THEME%1").arg(t);
    ours[QStringLiteral("pr_sum_theme%1").arg(t)] = QStringLiteral("RPL_THEME%1").arg(t);
    ours[QStringLiteral("flags_theme%1").arg(t)] = QStringLiteral("F_THEME%1").arg(t);
  }
  ours[QStringLiteral("sum_all")] = QStringLiteral("SPL_THEMES");
  ours[QStringLiteral("pr_sum_all")] = QStringLiteral("RPL_THEMES");
  ours[QStringLiteral("flags_total")] = QStringLiteral("F_TOTAL");
  int stacked = 0;
  for (const auto &row : table) {
    for (const auto &[field, cdc] : ours) {
      ASSERT_TRUE(row.count(field)) << field.toStdString();
      EXPECT_NEAR(row.at(field).toDouble(), row.at(cdc).toDouble(), 1e-9)
          << field.toStdString() << " vs " << cdc.toStdString() << ", "
          << row.at(QStringLiteral("COUNTY")).toString().toStdString();
    }
    const int flags = row.at(QStringLiteral("F_TOTAL")).toInt();
    const QString expected = flags >= 3   ? QStringLiteral("3 or more flags")
                             : flags == 2 ? QStringLiteral("2 flags")
                             : flags == 1 ? QStringLiteral("1 flag")
                                          : QStringLiteral("No flags");
    EXPECT_EQ(row.at(QStringLiteral("stacking_class")).toString(), expected);
    stacked += flags >= 3 ? 1 : 0;
  }
  EXPECT_EQ(run.results.value(QStringLiteral("FEATURES_STACKED")).toInt(), stacked);
}

TEST(RiskFlagsAlgorithm, NullsAndNoDataCodesAreLeftOutAndReported) {
  using namespace resilience::testing::badinput;
  // 16 squares; v = (7 i mod 11) + 1, pop = 1000 + 100 i. Feature 3 has v NULL, feature 5 the
  // CBS code -99999997: both leave the ranking of v, which then has 14 values.
  Rows grid16 = withValue(withValue(grid(), 3, kV, QVariant(QVariant::Double)), 5, kV, -99999997.0);
  QTemporaryDir dir;
  const QString spec = writeFile(dir, QStringLiteral("spec.csv"),
                                 QStringLiteral("field,domain,direction,weight\n"
                                                "v,personal,+,1\npop,social,-,1\n"));
  const QString output = dir.filePath(QStringLiteral("flags.gpkg"));
  const AlgorithmRun run = runAlgorithm(kRiskFlags, {{QStringLiteral("INPUT"), memoryLayer(grid16)},
                                                     {QStringLiteral("SPEC"), spec},
                                                     {QStringLiteral("OUTPUT"), output}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(
      run.log.contains(QStringLiteral("v: 2 NULL value(s) left out of the ranking (n = 14)")))
      << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("2 feature(s) miss at least one indicator")));
  const std::vector<QVariant> pr = column(output, QStringLiteral("pr_v"));
  const std::vector<QVariant> prPop = column(output, QStringLiteral("pr_pop"));
  const std::vector<QVariant> stacking = column(output, QStringLiteral("stacking_class"));
  EXPECT_TRUE(pr[3].isNull());
  EXPECT_TRUE(pr[5].isNull());
  EXPECT_EQ(stacking[3].toString(), QStringLiteral("Undefined"));
  // v = 1 at features 0 and 11 (7 * 11 mod 11 = 0): the smallest value, tied at rank 0.
  EXPECT_DOUBLE_EQ(pr[0].toDouble(), 0.0);
  EXPECT_DOUBLE_EQ(pr[11].toDouble(), 0.0);
  // pop falls from feature 0 (1000) to 15 (2500); direction '-' makes the smallest the risk:
  // feature 0 ranks (16 - 1) / 15 = 1, feature 15 ranks 0.
  EXPECT_DOUBLE_EQ(prPop[0].toDouble(), 1.0);
  EXPECT_DOUBLE_EQ(prPop[15].toDouble(), 0.0);
}

TEST(RiskFlagsAlgorithm, SpecFieldMissingFromInputIsNamed) {
  using namespace resilience::testing::badinput;
  QTemporaryDir dir;
  const QString spec = writeFile(dir, QStringLiteral("spec.csv"),
                                 QStringLiteral("field,domain,direction,weight\n"
                                                "v,personal,+,1\npoverty,social,+,1\n"));
  const QString output = dir.filePath(QStringLiteral("flags.gpkg"));
  const AlgorithmRun run = runAlgorithm(kRiskFlags, {{QStringLiteral("INPUT"), memoryLayer(grid())},
                                                     {QStringLiteral("SPEC"), spec},
                                                     {QStringLiteral("THRESHOLD"), 0.9},
                                                     {QStringLiteral("OUTPUT"), output}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("'poverty' does not exist")))
      << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(output));
}

TEST(AggregateAlgorithm, ShareOfResidentsWithStackedRisksByHand) {
  using namespace resilience::testing::badinput;
  // Region A: 100 residents with 3 or more flags, 300 with 1 flag -> 100 / 400 = 0.25.
  // Region B: 200 Undefined (left out, reported), 400 with 3 or more flags -> 400 / 400 = 1.
  auto *layer = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=region:string&field=pop:double&field="
                     "stacking_class:string&field=resilience:double"),
      QStringLiteral("stacked"), QStringLiteral("memory"));
  const std::vector<std::pair<QString, std::pair<double, QString>>> members = {
      {QStringLiteral("A"), {100, QStringLiteral("3 or more flags")}},
      {QStringLiteral("A"), {300, QStringLiteral("1 flag")}},
      {QStringLiteral("B"), {200, QStringLiteral("Undefined")}},
      {QStringLiteral("B"), {400, QStringLiteral("3 or more flags")}}};
  QgsFeatureList features;
  for (std::size_t i = 0; i < members.size(); ++i) {
    QgsFeature f(layer->fields());
    f.setGeometry(QgsGeometry::fromWkt(square(static_cast<int>(i), 0)));
    f.setAttributes(QgsAttributes() << members[i].first << members[i].second.first
                                    << members[i].second.second << 50.0);
    features << f;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  QTemporaryDir dir;
  const QString output = dir.filePath(QStringLiteral("regions.gpkg"));
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:aggregate"),
                                        {{QStringLiteral("INPUT"), layer->id()},
                                         {QStringLiteral("REGION_FIELD"), QStringLiteral("region")},
                                         {QStringLiteral("POPULATION"), QStringLiteral("pop")},
                                         {QStringLiteral("OUTPUT"), output}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const std::vector<QVariant> share = column(output, QStringLiteral("share_stacked"));
  ASSERT_EQ(share.size(), 2u);
  EXPECT_DOUBLE_EQ(share[0].toDouble(), 0.25);
  EXPECT_DOUBLE_EQ(share[1].toDouble(), 1.0);
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 neighbourhood(s) whose stacking_class is "
                                              "Undefined")))
      << run.log.toStdString();
}
