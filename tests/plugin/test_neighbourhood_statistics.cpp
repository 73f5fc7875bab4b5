// The hotspot and cluster algorithms run through the processing registry on real polygons, and
// compared with R spdep 1.2-7 (testdata/spdep, produced by reference.R): weights built from the
// geometries by the plugin must give spdep's numbers to 1e-9 relative.
#include "../core/reference_csv.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace resilience::testing;

namespace {

void expectRelative(const std::vector<QVariant> &actual, const std::vector<double> &expected,
                    const char *what) {
  ASSERT_EQ(actual.size(), expected.size()) << what;
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_NEAR(actual[i].toDouble(), expected[i], 1e-9 * std::max(1.0, std::fabs(expected[i])))
        << what << " feature " << i + 1;
}

QVariantMap statistic(const QString &input, const QString &field, const QString &output) {
  return {{QStringLiteral("INPUT"), input},
          {QStringLiteral("FIELD"), field},
          {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
          {QStringLiteral("TOLERANCE"), 0.0},
          {QStringLiteral("OUTPUT"), output}};
}

} // namespace

TEST(Hotspots, ColumbusGiStarAndGiEqualSpdepLocalG) {
  QTemporaryDir dir;
  const ReferenceCsv reference("spdep/columbus_localG_queen.csv");
  QVariantMap parameters =
      statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
                dir.filePath(QStringLiteral("gistar.gpkg")));
  AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:hotspots"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString gistar = run.results.value(QStringLiteral("OUTPUT")).toString();
  expectRelative(column(gistar, QStringLiteral("gi_z")), reference.column("Gistar_z_W"), "Gi* z");
  EXPECT_TRUE(run.log.contains(QStringLiteral("236 links"))) << run.log.toStdString();

  parameters[QStringLiteral("STAR")] = false;
  parameters[QStringLiteral("ROW_STANDARDISE")] = false;
  parameters[QStringLiteral("OUTPUT")] = dir.filePath(QStringLiteral("gi.gpkg"));
  run = runAlgorithm(QStringLiteral("resilience:hotspots"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  expectRelative(
      column(run.results.value(QStringLiteral("OUTPUT")).toString(), QStringLiteral("gi_z")),
      reference.column("Gi_z_B"), "Gi z, binary weights");
}

TEST(Hotspots, BinsFollowTheArcGisConfidenceLevels) {
  QTemporaryDir dir;
  // ArcGIS's Hot Spot Analysis bins the z-score's p: that is PERMUTATIONS=0 (the default is 999).
  QVariantMap parameters =
      statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
                dir.filePath(QStringLiteral("bins.gpkg")));
  parameters[QStringLiteral("PERMUTATIONS")] = 0;
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:hotspots"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
  const auto bins = column(output, QStringLiteral("gi_bin"));
  const auto classes = column(output, QStringLiteral("gi_class"));
  const ReferenceCsv reference("spdep/columbus_localG_queen.csv");
  const auto p = reference.column("GistarW_Pr(z != E(G*i))");
  const auto z = reference.column("Gistar_z_W");
  for (std::size_t i = 0; i < p.size(); ++i) {
    // ArcGIS Gi_Bin from spdep's own p: 3/2/1 below 0.01/0.05/0.10, signed by z.
    const int level = p[i] < 0.01 ? 3 : p[i] < 0.05 ? 2 : p[i] < 0.10 ? 1 : 0;
    EXPECT_EQ(bins[i].toInt(), z[i] > 0 ? level : -level) << "feature " << i + 1;
    if (level == 0) {
      EXPECT_EQ(classes[i].toString(), QStringLiteral("Not Significant"));
    }
  }
}

TEST(Hotspots, DefaultIs999PermutationsAndTheBinsFollowThePseudoP) {
  // Issue 12: permutations default consistently, 999 wherever inference is offered.
  for (const char *id : {"resilience:hotspots", "resilience:localmoran", "resilience:globalmoran",
                         "resilience:localgeary"}) {
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm(
        QgsApplication::processingRegistry()->createAlgorithmById(QString::fromLatin1(id)));
    ASSERT_TRUE(algorithm) << id;
    EXPECT_EQ(algorithm->parameterDefinition(QStringLiteral("PERMUTATIONS"))->defaultValue(), 999)
        << id;
  }
  QTemporaryDir dir;
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:hotspots"),
                   statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
                             dir.filePath(QStringLiteral("default.gpkg"))));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
  const auto pSim = column(output, QStringLiteral("gi_p_sim"));
  const auto z = column(output, QStringLiteral("gi_z"));
  const auto bins = column(output, QStringLiteral("gi_bin"));
  const auto risk = column(output, QStringLiteral("risk_bin"));
  ASSERT_EQ(pSim.size(), 49u);
  for (std::size_t i = 0; i < pSim.size(); ++i) {
    // 999 permutations: a pseudo p is (k + 1) / 1000 for k more extreme permutations.
    const double thousandths = pSim[i].toDouble() * 1000.0;
    EXPECT_NEAR(thousandths, std::round(thousandths), 1e-6) << "feature " << i + 1;
    const double p = pSim[i].toDouble();
    const int level = p < 0.01 ? 3 : p < 0.05 ? 2 : p < 0.10 ? 1 : 0;
    EXPECT_EQ(bins[i].toInt(), z[i].toDouble() > 0 ? level : -level) << "feature " << i + 1;
    // CRIME: the risk is at the high end (RISK automatic), so risk_bin is gi_bin.
    EXPECT_EQ(risk[i].toInt(), bins[i].toInt()) << "feature " << i + 1;
  }
}

TEST(LocalMoran, ColumbusAndNorthCarolinaEqualSpdepLocalmoran) {
  QTemporaryDir dir;
  struct Case {
    QString input, field;
    const char *reference;
  };
  for (const Case &c :
       {Case{testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
             "spdep/columbus_localmoran_queen_W.csv"},
        Case{ncWithSidr74(), QStringLiteral("SIDR74"), "spdep/nc_localmoran_SIDR74_queen_W.csv"}}) {
    const ReferenceCsv reference(c.reference);
    for (const QString &variance : {QStringLiteral("conditional"), QStringLiteral("total")}) {
      QVariantMap parameters =
          statistic(c.input, c.field, dir.filePath(c.field + variance + QStringLiteral(".gpkg")));
      parameters[QStringLiteral("VARIANCE")] = variance;
      parameters[QStringLiteral("PERMUTATIONS")] = 0;
      const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:localmoran"), parameters);
      ASSERT_TRUE(run.ok) << run.log.toStdString();
      const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
      expectRelative(column(output, QStringLiteral("lisa_i")), reference.column("Ii"), "Ii");
      if (variance == QLatin1String("conditional")) {
        expectRelative(column(output, QStringLiteral("lisa_ei")), reference.column("E.Ii"), "E.Ii");
      } else {
        // Total randomisation (Anselin 1995): E(Ii) = -w_i / (n - 1), and w_i = 1 for "W".
        const double n = static_cast<double>(reference.rows());
        expectRelative(column(output, QStringLiteral("lisa_ei")),
                       std::vector<double>(reference.rows(), -1.0 / (n - 1.0)), "E.Ii total");
      }
      const std::string suffix = variance.toStdString();
      expectRelative(column(output, QStringLiteral("lisa_vi")),
                     reference.column("Var.Ii_" + suffix), "Var.Ii");
      expectRelative(column(output, QStringLiteral("lisa_z")), reference.column("Z.Ii_" + suffix),
                     "Z.Ii");
      const auto quadrants = column(output, QStringLiteral("lisa_q"));
      for (std::size_t i = 0; i < reference.rows(); ++i)
        EXPECT_EQ(quadrants[i].toString().toStdString(), reference.text(i, "quadr_mean"));
    }
  }
}

TEST(LocalMoran, PermutationPValuesAreReproducibleAndAgreeWithSpdep) {
  QTemporaryDir dir;
  QVariantMap parameters =
      statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
                dir.filePath(QStringLiteral("a.gpkg")));
  parameters[QStringLiteral("PERMUTATIONS")] = 9999;
  parameters[QStringLiteral("SEED")] = 7;
  const AlgorithmRun first = runAlgorithm(QStringLiteral("resilience:localmoran"), parameters);
  parameters[QStringLiteral("OUTPUT")] = dir.filePath(QStringLiteral("b.gpkg"));
  const AlgorithmRun second = runAlgorithm(QStringLiteral("resilience:localmoran"), parameters);
  ASSERT_TRUE(first.ok && second.ok) << first.log.toStdString();
  const auto a = column(first.results.value(QStringLiteral("OUTPUT")).toString(),
                        QStringLiteral("lisa_p_sim"));
  const auto b = column(second.results.value(QStringLiteral("OUTPUT")).toString(),
                        QStringLiteral("lisa_p_sim"));
  for (std::size_t i = 0; i < a.size(); ++i)
    EXPECT_EQ(a[i].toDouble(), b[i].toDouble()) << "same seed, same pseudo p";

  // spdep localmoran_perm (9999, iseed 1) draws other random numbers: agree in distribution.
  const ReferenceCsv reference("spdep/columbus_localmoran_perm_queen_W_nsim9999_iseed1.csv");
  const auto expected = reference.column("Pr(folded) Sim");
  double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  const double n = static_cast<double>(expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const double x = a[i].toDouble(), y = expected[i];
    sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
    if (y < 0.01 || y > 0.2) { // clear cases: the same decision at 0.05
      EXPECT_EQ(x < 0.05, y < 0.05) << "feature " << i + 1;
    }
  }
  const double r = (n * sxy - sx * sy) / std::sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
  EXPECT_GT(r, 0.95);
}

TEST(Weights, GalFileRoundTripGivesTheSameHotspots) {
  QTemporaryDir dir;
  const QString gal = dir.filePath(QStringLiteral("columbus_queen.gal"));
  const AlgorithmRun weights =
      runAlgorithm(QStringLiteral("resilience:weights"),
                   {{QStringLiteral("INPUT"), testdata(QStringLiteral("columbus.shp"))},
                    {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
                    {QStringLiteral("TOLERANCE"), 0.0},
                    {QStringLiteral("ID_FIELD"), QStringLiteral("POLYID")},
                    {QStringLiteral("OUTPUT"), gal}});
  ASSERT_TRUE(weights.ok) << weights.log.toStdString();
  // spdep poly2nb(queen) on the same shapefile: 236 directed links, no islands (pysal_crosscheck).
  EXPECT_EQ(weights.results.value(QStringLiteral("LINKS")).toInt(), 236);
  EXPECT_EQ(weights.results.value(QStringLiteral("ISLANDS")).toInt(), 0);
  EXPECT_EQ(weights.results.value(QStringLiteral("COMPONENTS")).toInt(), 1);

  QVariantMap parameters =
      statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
                dir.filePath(QStringLiteral("fromfile.gpkg")));
  parameters[QStringLiteral("WEIGHTS_FILE")] = gal;
  parameters[QStringLiteral("ID_FIELD")] = QStringLiteral("POLYID");
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:hotspots"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  expectRelative(
      column(run.results.value(QStringLiteral("OUTPUT")).toString(), QStringLiteral("gi_z")),
      ReferenceCsv("spdep/columbus_localG_queen.csv").column("Gistar_z_W"), "Gi* via GAL");
}

TEST(Hotspots, NullValuesAndIslandsAreUndefinedNeverSpots) {
  QTemporaryDir dir;
  // Feature 1 gets a NULL value: it must be Undefined, and the others still computed.
  const QString layer =
      withExpressionField(QStringLiteral("columbus.shp"), QStringLiteral("CRIME_GAP"),
                          QStringLiteral("CASE WHEN \"POLYID\" = 1 THEN NULL ELSE \"CRIME\" END"));
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:hotspots"),
      statistic(layer, QStringLiteral("CRIME_GAP"), dir.filePath(QStringLiteral("gap.gpkg"))));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const QString output = run.results.value(QStringLiteral("OUTPUT")).toString();
  EXPECT_TRUE(column(output, QStringLiteral("gi_z"))[0].isNull());
  EXPECT_TRUE(column(output, QStringLiteral("gi_bin"))[0].isNull());
  EXPECT_EQ(column(output, QStringLiteral("gi_class"))[0].toString(), QStringLiteral("Undefined"));
  EXPECT_FALSE(column(output, QStringLiteral("gi_z"))[1].isNull());
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 with a NULL value"))) << run.log.toStdString();
}

TEST(Hotspots, LanguageChoosesTheLegendTextsStoredWithTheOutput) {
  QTemporaryDir dir;
  QVariantMap parameters =
      statistic(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"),
                dir.filePath(QStringLiteral("nl.gpkg")));
  parameters[QStringLiteral("LANGUAGE")] = QStringLiteral("nl");
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:hotspots"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  auto layer = openLayer(run.results.value(QStringLiteral("OUTPUT")).toString());
  QStringList ids, names, descriptions;
  QString error;
  ASSERT_GE(layer->listStylesInDatabase(ids, names, descriptions, error), 1) << error.toStdString();
  // styles/gi_bins.nl.qml: "Hotspot, 99% betrouwbaarheid" and so on.
  EXPECT_TRUE(
      layer->getStyleFromDatabase(ids.first(), error).contains(QStringLiteral("betrouwbaarheid")));
}
