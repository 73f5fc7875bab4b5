// resilience:globalmoran through the processing registry, compared with spdep moran.test
// (testdata/spdep/global_moran.csv, reference.R) with weights built from the polygons; and the
// Moran scatterplot, whose slope must be spdep's I.
#include "../core/reference_csv.h"
#include "../core/reference_weights.h"
#include "cartography/moranscatterplot.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsproject.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

using namespace resilience::testing;

namespace {

QVariantMap moran(const QString &input, const QString &field) {
  return {{QStringLiteral("INPUT"), input},
          {QStringLiteral("FIELD"), field},
          {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
          {QStringLiteral("TOLERANCE"), 0.0},
          {QStringLiteral("PERMUTATIONS"), 0}};
}

void expectRelative(const QVariant &actual, double expected, const std::string &what) {
  ASSERT_TRUE(actual.isValid() && !actual.isNull()) << what;
  EXPECT_NEAR(actual.toDouble(), expected, 1e-9 * std::fabs(expected)) << what;
}

} // namespace

TEST(GlobalMoran, ColumbusAndNorthCarolinaEqualSpdepMoranTest) {
  struct Case {
    QString input, field, weights;
    bool rowStandardise;
    std::string dataset, reference;
  };
  const QString columbus = testdata(QStringLiteral("columbus.shp")), nc = ncWithSidr74();
  const QString crime = QStringLiteral("CRIME"), sidr = QStringLiteral("SIDR74");
  const QString queen = QStringLiteral("queen"), rook = QStringLiteral("rook");
  const std::vector<Case> cases = {{columbus, crime, queen, true, "columbus", "queen(poly2nb) W"},
                                   {columbus, crime, rook, true, "columbus", "rook(poly2nb) W"},
                                   {columbus, crime, queen, false, "columbus", "queen(poly2nb) B"},
                                   {nc, sidr, queen, true, "nc", "queen(poly2nb) W"},
                                   {nc, sidr, rook, true, "nc", "rook(poly2nb) W"}};
  const ReferenceCsv reference("spdep/global_moran.csv");
  std::size_t compared = 0;
  for (const Case &c : cases) {
    QVariantMap parameters = moran(c.input, c.field);
    parameters[QStringLiteral("WEIGHTS")] = c.weights;
    parameters[QStringLiteral("ROW_STANDARDISE")] = c.rowStandardise;
    const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
    ASSERT_TRUE(run.ok) << run.log.toStdString();
    const QVariantMap &r = run.results;
    EXPECT_TRUE(r.value(QStringLiteral("P_SIM")).isNull()) << "no permutations asked";
    for (std::size_t row = 0; row < reference.rows(); ++row) {
      const std::string assumption = reference.text(row, "assumption");
      if (reference.text(row, "dataset") != c.dataset ||
          reference.text(row, "weights") != c.reference ||
          (assumption != "normality" && assumption != "randomisation"))
        continue; // other weights, or the EB Moran row
      const QString suffix = assumption == "normality" ? QStringLiteral("_NORMALITY")
                                                       : QStringLiteral("_RANDOMISATION");
      const std::string what = c.dataset + " " + c.reference + " " + assumption;
      expectRelative(r.value(QStringLiteral("I")), reference.number(row, "I"), what + " I");
      expectRelative(r.value(QStringLiteral("EXPECTED")), reference.number(row, "EI"), what);
      expectRelative(r.value(QStringLiteral("VARIANCE") + suffix), reference.number(row, "VarI"),
                     what + " variance");
      expectRelative(r.value(QStringLiteral("Z") + suffix), reference.number(row, "z"), what);
      expectRelative(r.value(QStringLiteral("P") + suffix), reference.number(row, "p_two_sided"),
                     what + " p");
      ++compared;
    }
    EXPECT_EQ(r.value(QStringLiteral("N")).toInt(), c.dataset == "nc" ? 100 : 49);
  }
  EXPECT_EQ(compared, 10u); // 5 weights x 2 assumptions
}

TEST(GlobalMoran, PermutationPIsReproducibleBySeed) {
  QVariantMap parameters = moran(testdata(QStringLiteral("columbus.shp")), QStringLiteral("INC"));
  parameters[QStringLiteral("PERMUTATIONS")] = 999;
  parameters[QStringLiteral("SEED")] = 7;
  const AlgorithmRun first = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  const AlgorithmRun second = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  ASSERT_TRUE(first.ok && second.ok) << first.log.toStdString();
  const double p = first.results.value(QStringLiteral("P_SIM")).toDouble();
  EXPECT_EQ(p, second.results.value(QStringLiteral("P_SIM")).toDouble());
  // A folded pseudo p of 999 permutations is (count + 1) / 1000 with count <= 499.
  EXPECT_GT(p, 0.0);
  EXPECT_LE(p, 0.5);
  EXPECT_NEAR(p * 1000.0, std::round(p * 1000.0), 1e-9);

  // CRIME (z = 5.6 under randomisation, spdep): no permutation of 999 reaches the observed I.
  parameters[QStringLiteral("FIELD")] = QStringLiteral("CRIME");
  const AlgorithmRun crime = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  ASSERT_TRUE(crime.ok) << crime.log.toStdString();
  EXPECT_DOUBLE_EQ(crime.results.value(QStringLiteral("P_SIM")).toDouble(), 1.0 / 1000.0);
}

TEST(GlobalMoran, ScatterplotAndReportAreWritten) {
  QTemporaryDir dir;
  QVariantMap parameters = moran(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"));
  parameters[QStringLiteral("SCATTERPLOT")] = dir.filePath(QStringLiteral("moran.png"));
  parameters[QStringLiteral("OUTPUT_HTML")] = dir.filePath(QStringLiteral("moran.html"));
  AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();

  const QImage image(run.results.value(QStringLiteral("SCATTERPLOT")).toString());
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.width(), 800);
  std::size_t white = 0, red = 0, blue = 0;
  std::set<QRgb> colours;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      colours.insert(c.rgb());
      white += c == Qt::white;
      red += c.red() > 180 && c.green() < 60 && c.blue() < 80;    // the regression line
      blue += c.blue() > 150 && c.red() < 120 && c.green() < 170; // the points
    }
  const std::size_t pixels = static_cast<std::size_t>(image.width() * image.height());
  EXPECT_LT(white, pixels * 98 / 100) << "the image is not blank";
  EXPECT_GT(red, 500u);
  EXPECT_GT(blue, 49u * 20u) << "49 points";
  EXPECT_GT(colours.size(), 10u) << "text and antialiasing, not a flat fill";

  QFile html(run.results.value(QStringLiteral("OUTPUT_HTML")).toString());
  ASSERT_TRUE(html.open(QIODevice::ReadOnly));
  const QString page = QString::fromUtf8(html.readAll());
  // spdep moran.test I for Columbus CRIME, queen W (global_moran.csv), to 10 digits.
  EXPECT_TRUE(page.contains(QStringLiteral("0.5001885572"))) << page.toStdString();
  EXPECT_TRUE(page.contains(QStringLiteral("moran.png")));

  parameters[QStringLiteral("SCATTERPLOT")] = dir.filePath(QStringLiteral("moran.svg"));
  parameters[QStringLiteral("OUTPUT_HTML")] = dir.filePath(QStringLiteral("moran.txt"));
  run = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  QFile svg(dir.filePath(QStringLiteral("moran.svg")));
  ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
  EXPECT_TRUE(svg.readAll().contains("<svg"));
  QFile text(dir.filePath(QStringLiteral("moran.txt")));
  ASSERT_TRUE(text.open(QIODevice::ReadOnly));
  EXPECT_TRUE(text.readAll().contains("Moran's I: 0.5001885572"));

  parameters[QStringLiteral("SCATTERPLOT")] = dir.filePath(QStringLiteral("moran.jpg"));
  run = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("must end in .png or .svg")))
      << run.log.toStdString();
}

// The slope of the scatterplot's line is Moran's I of row-standardised weights: spdep's I for
// Columbus CRIME with queen W (global_moran.csv), the plot built on spdep's own queen links.
TEST(GlobalMoran, ScatterplotSlopeIsSpdepsI) {
  const ReferenceCsv reference("spdep/global_moran.csv");
  ASSERT_EQ(reference.text(0, "weights"), "queen(poly2nb) W");
  const MoranScatterplot plot = moranScatterplot(
      referenceValues("spdep/columbus_input.csv", "CRIME"),
      referenceWeights("spdep/columbus_queen_edges.csv", 49), QStringLiteral("CRIME"));
  EXPECT_NEAR(plot.slope, reference.number(0, "I"), 1e-9 * reference.number(0, "I"));
  EXPECT_EQ(plot.z.size(), 49u);
}

TEST(GlobalMoran, NullValueIsLeftOutAndCounted) {
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:globalmoran"),
      moran(withExpressionField(
                QStringLiteral("columbus.shp"), QStringLiteral("CRIME_GAP"),
                QStringLiteral("CASE WHEN \"POLYID\" = 1 THEN NULL ELSE \"CRIME\" END")),
            QStringLiteral("CRIME_GAP")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("N")).toInt(), 48);
  EXPECT_DOUBLE_EQ(run.results.value(QStringLiteral("EXPECTED")).toDouble(), -1.0 / 47.0);
  EXPECT_TRUE(run.log.contains(QStringLiteral("1 NULL values left out"))) << run.log.toStdString();
}

TEST(GlobalMoran, ZeroVarianceIsAClearError) {
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:globalmoran"),
                   moran(withExpressionField(QStringLiteral("columbus.shp"), QStringLiteral("FLAT"),
                                             QStringLiteral("1.5")),
                         QStringLiteral("FLAT")));
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("'FLAT' has the same value at every feature")))
      << run.log.toStdString();
}

namespace {
QStringList *gQtMessages = nullptr;
void collectQtMessage(QtMsgType, const QMessageLogContext &, const QString &message) {
  if (gQtMessages)
    gQtMessages->append(message);
}
} // namespace

// A scatterplot that cannot be written fails with our message alone: Qt's
// "QSvgPaintEngine::begin(), could not open output device" and "QPainter::begin(): Returned
// false" no longer reach the terminal (issue 17, Messages).
TEST(GlobalMoran, AnUnwritableScatterplotGivesOneClearMessage) {
  QVariantMap parameters = moran(testdata(QStringLiteral("columbus.shp")), QStringLiteral("CRIME"));
  parameters.insert(QStringLiteral("SCATTERPLOT"), QStringLiteral("/nonexistent/folder/plot.svg"));
  QStringList messages;
  gQtMessages = &messages;
  const QtMessageHandler previous = qInstallMessageHandler(collectQtMessage);
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:globalmoran"), parameters);
  qInstallMessageHandler(previous);
  gQtMessages = nullptr;
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral(
      "SCATTERPLOT: could not write /nonexistent/folder/plot.svg (No such file or directory)")))
      << run.log.toStdString();
  for (const QString &m : messages)
    EXPECT_FALSE(m.contains(QLatin1String("QPainter")) || m.contains(QLatin1String("QSvg")))
        << m.toStdString();
}
