// resilience:change through the processing registry, on a hand-made layer whose expected values
// are worked out in the comments (the core's rules are tested in
// tests/core/scoring/test_change.cpp).
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>

using namespace resilience::testing;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kAlgorithm = QStringLiteral("resilience:change");

// Polygons with before, after and the bounds lb, ub (before) and la, ua (after).
QString scoresLayer(const std::vector<std::vector<double>> &rows) {
  return unitSquareLayer(QStringLiteral("scores"),
                         QStringLiteral("field=code:string&field=before:double&field=after:double&"
                                        "field=lb:double&field=ub:double&field=la:double&"
                                        "field=ua:double"),
                         QStringLiteral("BU"), rows);
}

} // namespace

// before 50, 40, 60, 30; after 40, 45, 60, NULL. Change -10, +5, 0, NULL; change_pct -20, 12.5,
// 0. Ranks over the three with both years: before 3 -> 2, 40 -> 1, 60 -> 3: (2, 1, 3); after 40,
// 45, 60: (1, 2, 3); rank change -1, +1, 0.
// Bounds before [45, 55], [38, 42], [55, 65]; after [35, 41], [39, 50], [58, 62]: f0's intervals
// are apart and it fell: clearly worse; f1's overlap and it rose: better within uncertainty; f2
// did not change: stable; f3 has no after score: Undefined.
TEST(Change, ByHandWithBoundsStyledRedForWorse) {
  const QString layer = scoresLayer({{{50, 40, 45, 55, 35, 41}},
                                     {{40, 45, 38, 42, 39, 50}},
                                     {{60, 60, 55, 65, 58, 62}},
                                     {{30, kNaN, 25, 35, kNaN, kNaN}}});
  QTemporaryDir dir;
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), layer},
                   {QStringLiteral("FIELD_BEFORE"), QStringLiteral("before")},
                   {QStringLiteral("FIELD_AFTER"), QStringLiteral("after")},
                   {QStringLiteral("RISK"), QStringLiteral("low")},
                   {QStringLiteral("LOWER_BEFORE"), QStringLiteral("lb")},
                   {QStringLiteral("UPPER_BEFORE"), QStringLiteral("ub")},
                   {QStringLiteral("LOWER_AFTER"), QStringLiteral("la")},
                   {QStringLiteral("UPPER_AFTER"), QStringLiteral("ua")},
                   {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("c.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("CLEARLY_WORSE")).toInt(), 1);
  EXPECT_EQ(run.results.value(QStringLiteral("BETTER_WITHIN_UNCERTAINTY")).toInt(), 1);
  EXPECT_EQ(run.results.value(QStringLiteral("STABLE")).toInt(), 1);
  const QString out = run.results.value(QStringLiteral("OUTPUT")).toString();
  const auto change = column(out, QStringLiteral("change"));
  const auto pct = column(out, QStringLiteral("change_pct"));
  const auto rankBefore = column(out, QStringLiteral("rank_before"));
  const auto rankAfter = column(out, QStringLiteral("rank_after"));
  const auto rankChange = column(out, QStringLiteral("rank_change"));
  const auto cls = column(out, QStringLiteral("change_class"));
  ASSERT_EQ(change.size(), 4u);
  const double expectedChange[] = {-10, 5, 0}, expectedPct[] = {-20, 12.5, 0};
  const int before[] = {2, 1, 3}, after[] = {1, 2, 3};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_DOUBLE_EQ(change[i].toDouble(), expectedChange[i]) << i;
    EXPECT_DOUBLE_EQ(pct[i].toDouble(), expectedPct[i]) << i;
    EXPECT_EQ(rankBefore[i].toInt(), before[i]) << i;
    EXPECT_EQ(rankAfter[i].toInt(), after[i]) << i;
    EXPECT_EQ(rankChange[i].toInt(), after[i] - before[i]) << i;
  }
  EXPECT_TRUE(change[3].isNull());
  EXPECT_TRUE(rankBefore[3].isNull());
  EXPECT_EQ(cls[0].toString(), QStringLiteral("Clearly worse"));
  EXPECT_EQ(cls[1].toString(), QStringLiteral("Better within uncertainty"));
  EXPECT_EQ(cls[2].toString(), QStringLiteral("Stable"));
  EXPECT_EQ(cls[3].toString(), QStringLiteral("Undefined"));

  // Opens styled in Dutch, worse in red.
  auto styled = openLayer(out);
  ASSERT_TRUE(styled->isValid());
  auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(styled->renderer());
  ASSERT_TRUE(renderer) << "change_class style stored in the GeoPackage";
  const int worse = renderer->categoryIndexForValue(QStringLiteral("Clearly worse"));
  ASSERT_GE(worse, 0);
  EXPECT_EQ(renderer->categories()[worse].symbol()->color().name(), QStringLiteral("#ca0020"));
  EXPECT_EQ(renderer->categories()[worse].label(), QStringLiteral("Duidelijk slechter"));
}

// RISK=auto takes high for a field that is not one of this plugin's scores: the fall of f0
// (-10) is then better, the rise of f1 (+5) worse, both "clearly" as no bounds are given; the log
// says which end it took.
TEST(Change, AutoRiskFollowsTheField) {
  const QString layer = scoresLayer({{{50, 40, 45, 55, 35, 41}}, {{40, 45, 38, 42, 39, 50}}});
  QTemporaryDir dir;
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), layer},
                   {QStringLiteral("FIELD_BEFORE"), QStringLiteral("before")},
                   {QStringLiteral("FIELD_AFTER"), QStringLiteral("after")},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("a.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("RISK: high values of after are the risk")))
      << run.log.toStdString();
  const auto cls = column(run.results.value(QStringLiteral("OUTPUT")).toString(),
                          QStringLiteral("change_class"));
  EXPECT_EQ(cls[0].toString(), QStringLiteral("Clearly better"));
  EXPECT_EQ(cls[1].toString(), QStringLiteral("Clearly worse"));
}

// A score outside its own bounds is refused, naming the feature; nothing is written.
TEST(Change, ScoreOutsideItsBoundsIsAnError) {
  const QString layer = scoresLayer({{{50, 40, 51, 55, 35, 41}}, {{40, 45, 38, 42, 39, 50}}});
  QTemporaryDir dir;
  const QString output = dir.filePath(QStringLiteral("bad.gpkg"));
  const AlgorithmRun run =
      runAlgorithm(kAlgorithm, {{QStringLiteral("INPUT"), layer},
                                {QStringLiteral("FIELD_BEFORE"), QStringLiteral("before")},
                                {QStringLiteral("FIELD_AFTER"), QStringLiteral("after")},
                                {QStringLiteral("LOWER_BEFORE"), QStringLiteral("lb")},
                                {QStringLiteral("OUTPUT"), output}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(
      run.log.contains(QStringLiteral("the before score 50 lies outside its bounds [51, 50]")))
      << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(output));
}
