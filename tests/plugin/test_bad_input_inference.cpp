// Bad-input matrix, inference: neighbourhoods so wide that a statistic cannot vary, too few
// permutations for anything to be significant, and no permutations at all, for the algorithms
// that test significance (hotspots, localmoran, globalmoran; docs/robustness.md, "Bad-input
// matrix"). Not applicable: the other algorithms compute no p-values.
#include "bad_input_support.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// Every value of the column NULL.
Check allNull(const QString &field) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    const std::vector<QVariant> values = outputColumn(run, field);
    ASSERT_EQ(values.size(), 16u);
    EXPECT_EQ(nullCount(values), 16) << field.toStdString();
  };
}

// Every value of the text column equal to `text`.
Check allText(const QString &field, const QString &text) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    const std::vector<QVariant> values = outputColumn(run, field);
    ASSERT_EQ(values.size(), 16u);
    for (const QVariant &v : values)
      EXPECT_EQ(v.toString(), text) << field.toStdString();
  };
}

Check both(Check a, Check b) {
  return [=](const AlgorithmRun &run, const Scratch &s) {
    a(run, s);
    b(run, s);
  };
}

std::vector<Case> cases() {
  std::vector<Case> c;
  // A distance band of 100 km links each of the 16 squares (4 km across) to all 15 others with
  // row-standardised weights 1/15. Gi_i = 1 for every feature and every permutation; local
  // Moran's lag of z_i is -z_i / 15 in every permutation (each draws all the other values);
  // global I = -1/15 for every permutation. None of them can vary.
  const QVariantMap wholeLayer = {{QStringLiteral("WEIGHTS"), QStringLiteral("distance")},
                                  {QStringLiteral("DISTANCE"), 100000.0},
                                  {QStringLiteral("PERMUTATIONS"), 99}};
  c.push_back(make("BandOverTheWholeLayer", QStringLiteral("hotspots"), gridLayer, true,
                   {QStringLiteral("Gi*: 0 of 16 features computed"),
                    QStringLiteral("Gi*: 16 feature(s) have no z-score (NULL, 'Not Significant')")},
                   wholeLayer,
                   both(both(allNull(QStringLiteral("gi_z")), allNull(QStringLiteral("gi_p_sim"))),
                        allText(QStringLiteral("gi_class"), QStringLiteral("Not Significant")))));
  c.push_back(
      make("BandOverTheWholeLayer", QStringLiteral("localmoran"), gridLayer, true,
           {QStringLiteral("Local Moran's I: 16 feature(s) have no z-score and no pseudo "
                           "p (NULL, 'Not significant')")},
           wholeLayer,
           both(both(allNull(QStringLiteral("lisa_z")), allNull(QStringLiteral("lisa_p_sim"))),
                allText(QStringLiteral("lisa_cluster"), QStringLiteral("Not significant")))));
  c.push_back(make("BandOverTheWholeLayer", QStringLiteral("globalmoran"), gridLayer, true,
                   {QStringLiteral("No pseudo p: every permutation gives the observed I")},
                   wholeLayer, [](const AlgorithmRun &run, const Scratch &) {
                     EXPECT_NEAR(run.results.value(QStringLiteral("I")).toDouble(), -1.0 / 15.0,
                                 1e-12);
                     EXPECT_FALSE(run.results.contains(QStringLiteral("P_SIM")));
                   }));

  // 9 permutations: the smallest pseudo p is 1/10, not below 0.10 (hot spot bins) or 0.05.
  const QVariantMap nine = {{QStringLiteral("PERMUTATIONS"), 9}};
  c.push_back(make("TooFewPermutations", QStringLiteral("hotspots"), gridLayer, false,
                   {QStringLiteral("PERMUTATIONS=9: the smallest pseudo p-value 9 permutations "
                                   "can give is 0.1, not below the significance level 0.1"),
                    QStringLiteral("Use at least 10 permutations")},
                   nine));
  c.push_back(make("TooFewPermutations", QStringLiteral("localmoran"), gridLayer, false,
                   {QStringLiteral("the smallest pseudo p-value 9 permutations can give is 0.1, "
                                   "not below the significance level 0.05"),
                    QStringLiteral("Use at least 20 permutations")},
                   nine));
  // Bonferroni over 16 features with 99 permutations: 16/100 = 0.16.
  c.push_back(make("TooFewPermutationsForTheCorrection", QStringLiteral("localmoran"), gridLayer,
                   false,
                   {QStringLiteral("is 0.16 after the bonferroni correction over 16 features"),
                    QStringLiteral("Use at least 320 permutations")},
                   {{QStringLiteral("CORRECTION"), QStringLiteral("bonferroni")}}));
  // Global Moran classifies nothing: 9 permutations are its user's choice.
  c.push_back(make("NinePermutations", QStringLiteral("globalmoran"), gridLayer, true, {}, nine,
                   [](const AlgorithmRun &run, const Scratch &) {
                     const double p = run.results.value(QStringLiteral("P_SIM")).toDouble();
                     EXPECT_GE(p, 0.1);
                     EXPECT_LE(p, 1.0);
                   }));

  // No permutations: no pseudo p anywhere, never a 0.
  const QVariantMap none = {{QStringLiteral("PERMUTATIONS"), 0}};
  c.push_back(make("NoPermutations", QStringLiteral("globalmoran"), gridLayer, true, {}, none,
                   [](const AlgorithmRun &run, const Scratch &) {
                     EXPECT_FALSE(run.results.contains(QStringLiteral("P_SIM")))
                         << run.results.value(QStringLiteral("P_SIM")).toString().toStdString();
                   }));
  for (const char *algorithm : {"hotspots", "localmoran"})
    c.push_back(make("NoPermutations", QString::fromLatin1(algorithm), gridLayer, true, {}, none,
                     [algorithm](const AlgorithmRun &run, const Scratch &) {
                       const QString prefix =
                           QString::fromLatin1(algorithm) == QLatin1String("hotspots")
                               ? QStringLiteral("gi")
                               : QStringLiteral("lisa");
                       QgsVectorLayer layer(run.results.value(QStringLiteral("OUTPUT")).toString());
                       EXPECT_EQ(layer.fields().indexOf(prefix + QStringLiteral("_p_sim")), -1);
                     }));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputInference, cases);
