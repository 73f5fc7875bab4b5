// Bad-input matrix, values: a NULL, a CBS no-data code (-99999997) and an infinite value at
// feature 6, a field with one value everywhere, a layer of one feature and an empty layer, for
// every algorithm that reads values (docs/robustness.md, "Bad-input matrix"). Text fields where
// numbers are expected are in test_bad_input_fields.cpp.
#include "bad_input_support.h"
#include "test_support.h"

#include <QFile>

#include <gtest/gtest.h>

#include <limits>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

const double kInfinity = std::numeric_limits<double>::infinity();
const QString kSentinelWarning =
    QStringLiteral("value(s) at or below -99995 (CBS no-data codes such as -99999997) are read as "
                   "NULL (feature ids 6)");

std::function<QVariant(const Scratch &)> layerOf(Rows rows) {
  return [rows](const Scratch &) { return memoryLayer(rows); };
}
std::function<QVariant(const Scratch &)> valueAt6(int column, const QVariant &value) {
  return layerOf(withValue(grid(), 5, column, value));
}
Rows constantV() {
  Rows rows = grid();
  for (Row &row : rows)
    row.attributes[kV] = 3.0;
  return rows;
}

Check nullOnlyAtFeature6(const QString &field) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    const std::vector<QVariant> values = outputColumn(run, field);
    ASSERT_EQ(values.size(), 16u);
    EXPECT_TRUE(values[5].isNull()) << field.toStdString();
    EXPECT_EQ(nullCount(values), 1) << field.toStdString();
  };
}

Check result(const char *name, double value) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    EXPECT_DOUBLE_EQ(run.results.value(QString::fromLatin1(name)).toDouble(), value) << name;
  };
}

// Region GM1 (columns 0 and 1) without feature 6: mean of v weighted by pop
// (sum v_i pop_i / sum pop_i over i = 0, 1, 4, 8, 9, 12, 13), min 1, max 9.
Check gm1WithoutFeature6(int scored) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    const std::vector<QVariant> mean = outputColumn(run, QStringLiteral("score_mean_w"));
    ASSERT_EQ(mean.size(), 2u);
    EXPECT_NEAR(mean[0].toDouble(), 6710.0 / 1170.0, 1e-12);
    EXPECT_DOUBLE_EQ(outputColumn(run, QStringLiteral("score_min"))[0].toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(outputColumn(run, QStringLiteral("score_max"))[0].toDouble(), 9.0);
    EXPECT_EQ(outputColumn(run, QStringLiteral("n_scored"))[0].toInt(), scored);
  };
}

// The warning readFeatureColumns gives for feature 6's infinite value in `field`.
QString infiniteWarning(const QString &field) {
  return QStringLiteral("Field '%1': 1 infinite or NaN value(s) are read as NULL (feature ids 6)")
      .arg(field);
}

std::vector<Case> cases() {
  std::vector<Case> c;
  const QString noFeatures = QStringLiteral("INPUT: lyr has no features");

  // Neighbourhood statistics: NULL, a no-data code and infinity are all left out as NULL (the
  // code with a warning naming the field and feature), the feature's result is NULL.
  struct Statistic {
    QString algorithm, field, computed;
  };
  for (const Statistic &s :
       {Statistic{QStringLiteral("hotspots"), QStringLiteral("gi_z"),
                  QStringLiteral("15 of 16 features computed; 1 with a NULL value")},
        Statistic{QStringLiteral("localmoran"), QStringLiteral("lisa_i"),
                  QStringLiteral("15 of 16 features computed (1 NULL values")},
        Statistic{QStringLiteral("smooth"), QStringLiteral("v_smooth"),
                  QStringLiteral("15 of 16 features computed; NULL for 1 with a NULL value")}}) {
    c.push_back(make("NullValue", s.algorithm, valueAt6(kV, QVariant(QVariant::Double)), true,
                     {s.computed}, {}, nullOnlyAtFeature6(s.field)));
    c.push_back(make("NoDataCode", s.algorithm, valueAt6(kV, -99999997.0), true,
                     {QStringLiteral("Field 'v': 1 ") + kSentinelWarning, s.computed}, {},
                     nullOnlyAtFeature6(s.field)));
    c.push_back(make("InfiniteValue", s.algorithm, valueAt6(kV, kInfinity), true,
                     {infiniteWarning(QStringLiteral("v")), s.computed}, {},
                     nullOnlyAtFeature6(s.field)));
    c.push_back(make("EmptyLayer", s.algorithm, layerOf({}), false, {noFeatures}));
  }
  // Local Geary: the same treatments; the feature is left out of every field's mean and sd.
  {
    const QString computed = QStringLiteral("15 of 16 features computed (1 with a NULL value");
    const QString geary = QStringLiteral("localgeary");
    c.push_back(make("NullValue", geary, valueAt6(kV, QVariant(QVariant::Double)), true, {computed},
                     {}, nullOnlyAtFeature6(QStringLiteral("lg_c"))));
    c.push_back(make("NoDataCode", geary, valueAt6(kV, -99999997.0), true,
                     {QStringLiteral("Field 'v': 1 ") + kSentinelWarning, computed}, {},
                     nullOnlyAtFeature6(QStringLiteral("lg_c"))));
    c.push_back(make("InfiniteValue", geary, valueAt6(kV, kInfinity), true,
                     {infiniteWarning(QStringLiteral("v")), computed}, {},
                     nullOnlyAtFeature6(QStringLiteral("lg_c"))));
    c.push_back(make("EmptyLayer", geary, layerOf({}), false, {noFeatures}));
    c.push_back(make("ZeroVariance", geary, layerOf(constantV()), false,
                     {QStringLiteral("Local Geary's c is undefined: 'v' has the same value at "
                                     "every feature (zero variance)")}));
    c.push_back(
        make("SingleFeature", geary, layerOf(grid(1)), false,
             {QStringLiteral("needs at least 3 features with a valid 'v' value, found 1")}));
  }

  // Risk flags: NULLs and codes leave the ranking (reported with n); equal values tie at rank 0;
  // a percentile rank needs two values.
  {
    const QString flags = QStringLiteral("riskflags");
    const QString leftOut =
        QStringLiteral("v: 1 NULL value(s) left out of the ranking (n = 15); their rank and flag "
                       "are NULL");
    c.push_back(make("NullValue", flags, valueAt6(kV, QVariant(QVariant::Double)), true, {leftOut},
                     {}, nullOnlyAtFeature6(QStringLiteral("pr_v"))));
    c.push_back(make("NoDataCode", flags, valueAt6(kV, -99999997.0), true,
                     {QStringLiteral("Field 'v': 1 ") + kSentinelWarning, leftOut}, {},
                     nullOnlyAtFeature6(QStringLiteral("pr_v"))));
    c.push_back(make("InfiniteValue", flags, valueAt6(kV, kInfinity), true,
                     {infiniteWarning(QStringLiteral("v")), leftOut}, {},
                     nullOnlyAtFeature6(QStringLiteral("pr_v"))));
    c.push_back(make("ZeroVariance", flags, layerOf(constantV()), true,
                     {QStringLiteral("v [personal, +]: 16 ranked, 16 tied, 0 flagged")}, {},
                     [](const AlgorithmRun &run, const Scratch &) {
                       for (const QVariant &rank : outputColumn(run, QStringLiteral("pr_v")))
                         EXPECT_DOUBLE_EQ(rank.toDouble(), 0.0);
                     }));
    c.push_back(make("SingleFeature", flags, layerOf(grid(1)), false,
                     {QStringLiteral("'v' has 1 value(s); a percentile rank needs at least 2")}));
    c.push_back(make("EmptyLayer", flags, layerOf({}), false, {noFeatures}));
  }

  c.push_back(make("ZeroVariance", QStringLiteral("hotspots"), layerOf(constantV()), false,
                   {QStringLiteral("Getis-Ord Gi* is undefined: 'v' has the same value at every "
                                   "feature (zero variance)")}));
  c.push_back(make("ZeroVariance", QStringLiteral("localmoran"), layerOf(constantV()), false,
                   {QStringLiteral("Local Moran's I is undefined: 'v' has the same value at every "
                                   "feature (zero variance)")}));
  // A weighted mean of equal values is that value.
  c.push_back(make("ZeroVariance", QStringLiteral("smooth"), layerOf(constantV()), true,
                   {QStringLiteral("16 of 16 features computed")}, {},
                   [](const AlgorithmRun &run, const Scratch &) {
                     for (const QVariant &value : outputColumn(run, QStringLiteral("v_smooth")))
                       EXPECT_DOUBLE_EQ(value.toDouble(), 3.0);
                   }));
  c.push_back(make("SingleFeature", QStringLiteral("hotspots"), layerOf(grid(1)), false,
                   {QStringLiteral("Getis-Ord Gi* needs at least 3 features with a valid 'v' "
                                   "value, found 1")}));
  c.push_back(make("SingleFeature", QStringLiteral("localmoran"), layerOf(grid(1)), false,
                   {QStringLiteral("Local Moran's I needs at least 3 features with a valid 'v' "
                                   "value, found 1")}));
  c.push_back(make("SingleFeature", QStringLiteral("smooth"), layerOf(grid(1)), true,
                   {QStringLiteral("0 of 1 features computed"),
                    QStringLiteral("1 without a neighbour that has a value")},
                   {}, [](const AlgorithmRun &run, const Scratch &) {
                     const std::vector<QVariant> values =
                         outputColumn(run, QStringLiteral("v_smooth"));
                     ASSERT_EQ(values.size(), 1u);
                     EXPECT_TRUE(values[0].isNull());
                   }));

  // Global Moran (one number): the same treatments, n counts what is left. Its zero-variance
  // error is tested in test_globalmoran.cpp (GlobalMoran.ZeroVarianceIsAClearError).
  const QString leftOut = QStringLiteral("1 NULL values left out, 0 islands (in the mean, not in "
                                         "n); n = 15");
  c.push_back(make("NullValue", QStringLiteral("globalmoran"),
                   valueAt6(kV, QVariant(QVariant::Double)), true, {leftOut}, {}, result("N", 15)));
  c.push_back(make("NoDataCode", QStringLiteral("globalmoran"), valueAt6(kV, -99999997.0), true,
                   {QStringLiteral("Field 'v': 1 ") + kSentinelWarning, leftOut}, {},
                   result("N", 15)));
  c.push_back(make("InfiniteValue", QStringLiteral("globalmoran"), valueAt6(kV, kInfinity), true,
                   {infiniteWarning(QStringLiteral("v")), leftOut}, {}, result("N", 15)));
  c.push_back(make("SingleFeature", QStringLiteral("globalmoran"), layerOf(grid(1)), false,
                   {QStringLiteral("Global Moran's I needs at least 4 features with a valid 'v' "
                                   "value, found 1")}));
  c.push_back(make("EmptyLayer", QStringLiteral("globalmoran"), layerOf({}), false, {noFeatures}));

  // Weights read no values: only the layer size matters.
  c.push_back(make("SingleFeature", QStringLiteral("weights"), layerOf(grid(1)), true,
                   {QStringLiteral("1 island(s) without neighbours")}, {}, result("ISLANDS", 1)));
  c.push_back(make("EmptyLayer", QStringLiteral("weights"), layerOf({}), false, {noFeatures}));

  // Composite index: NODATA (default <=-99995) and non-finite values are NULL, MISSING
  // (default reweight) scores the feature from the other indicator; a constant indicator is
  // skipped; one or no feature leaves no usable indicator.
  const auto scored16 = result("FEATURES_SCORED", 16);
  const QString fifteen = QStringLiteral("v [social, +]: 50.0 % of the weight; 15 valid, 1 NULL");
  c.push_back(make("NullValue", QStringLiteral("compositeindex"),
                   valueAt6(kV, QVariant(QVariant::Double)), true, {fifteen}, {}, scored16));
  c.push_back(make("NoDataCode", QStringLiteral("compositeindex"), valueAt6(kV, -99999997.0), true,
                   {QStringLiteral("v: 1 value(s) read as NULL by NODATA"), fifteen}, {},
                   scored16));
  c.push_back(make("InfiniteValue", QStringLiteral("compositeindex"), valueAt6(kV, kInfinity), true,
                   {infiniteWarning(QStringLiteral("v")), fifteen}, {}, scored16));
  c.push_back(make("ZeroVariance", QStringLiteral("compositeindex"), layerOf(constantV()), true,
                   {QStringLiteral("indicator 'v' is skipped: zero variance (every value is 3)")},
                   {}, result("INDICATORS_SKIPPED", 1)));
  c.push_back(make("SingleFeature", QStringLiteral("compositeindex"), layerOf(grid(1)), false,
                   {QStringLiteral("no indicator can be used for the composite index ('v': only "
                                   "one valid value")}));
  c.push_back(make("EmptyLayer", QStringLiteral("compositeindex"), layerOf({}), false,
                   {QStringLiteral("('v': no valid value")}));

  // Accessibility reads POPULATION (pop): NULL, a code or infinity makes it unknown, reported;
  // a negative population stops the run naming the feature. (No zero-variance row: equal
  // populations are valid input and no statistic is taken over them.)
  const QString nullPopulation = QStringLiteral("1 neighbourhood(s) have NULL pop");
  const Check nearestEverywhere = [](const AlgorithmRun &run, const Scratch &) {
    EXPECT_EQ(nullCount(outputColumn(run, QStringLiteral("acc_nearest_m"))), 0);
  };
  c.push_back(make("NullValue", QStringLiteral("accessibility"),
                   valueAt6(kPop, QVariant(QVariant::Double)), true, {nullPopulation}, {},
                   nearestEverywhere));
  c.push_back(make("NoDataCode", QStringLiteral("accessibility"), valueAt6(kPop, -99999997.0), true,
                   {QStringLiteral("Field 'pop': 1 ") + kSentinelWarning, nullPopulation}, {},
                   nearestEverywhere));
  c.push_back(make("InfiniteValue", QStringLiteral("accessibility"), valueAt6(kPop, kInfinity),
                   true, {infiniteWarning(QStringLiteral("pop")), nullPopulation}, {},
                   nearestEverywhere));
  c.push_back(make("NegativeValue", QStringLiteral("accessibility"), valueAt6(kPop, -5.0), false,
                   {QStringLiteral("POPULATION: field 'pop' is -5 in feature 6; it must not be "
                                   "negative")}));
  c.push_back(make("SingleFeature", QStringLiteral("accessibility"), layerOf(grid(1)), true,
                   {QStringLiteral("Facilities: 4 of 4 with a location")}, {},
                   [](const AlgorithmRun &run, const Scratch &) {
                     // The square's centroid (130500, 395500) is facility 1's location.
                     const std::vector<QVariant> nearest =
                         outputColumn(run, QStringLiteral("acc_nearest_m"));
                     ASSERT_EQ(nearest.size(), 1u);
                     EXPECT_NEAR(nearest[0].toDouble(), 0.0, 1e-6);
                   }));
  c.push_back(
      make("EmptyLayer", QStringLiteral("accessibility"), layerOf({}), false, {noFeatures}));

  // Site selection reads POPULATION (pop) and NEED (v): NULL, a code or infinity leaves the
  // neighbourhood without demand, reported; a negative population stops the run naming it.
  const QString unknownDemand = QStringLiteral("1 neighbourhood(s) have NULL pop or v");
  c.push_back(make("NullValue", QStringLiteral("siteselection"),
                   valueAt6(kPop, QVariant(QVariant::Double)), true, {unknownDemand}));
  c.push_back(make("NoDataCode", QStringLiteral("siteselection"), valueAt6(kPop, -99999997.0), true,
                   {QStringLiteral("Field 'pop': 1 ") + kSentinelWarning, unknownDemand}));
  c.push_back(make("InfiniteValue", QStringLiteral("siteselection"), valueAt6(kV, kInfinity), true,
                   {infiniteWarning(QStringLiteral("v")), unknownDemand}));
  c.push_back(make("NegativeValue", QStringLiteral("siteselection"), valueAt6(kPop, -5.0), false,
                   {QStringLiteral("POPULATION: field 'pop' is -5 in feature 6; it must not be "
                                   "negative")}));
  c.push_back(
      make("EmptyLayer", QStringLiteral("siteselection"), layerOf({}), false, {noFeatures}));

  // Aggregate: a NULL, a code or infinity in SCORE_FIELD leaves the feature out of the mean,
  // minimum and maximum of its region, reported. (No zero-variance row: a region mean of equal
  // values is that value, nothing is divided by a spread.)
  const QString leftOutOfMean =
      QStringLiteral("1 neighbourhood(s) with NULL v were left out of the mean, min and max");
  c.push_back(make("NullValue", QStringLiteral("aggregate"),
                   valueAt6(kV, QVariant(QVariant::Double)), true, {leftOutOfMean}, {},
                   gm1WithoutFeature6(7)));
  c.push_back(make("NoDataCode", QStringLiteral("aggregate"), valueAt6(kV, -99999997.0), true,
                   {QStringLiteral("Field 'v': 1 ") + kSentinelWarning, leftOutOfMean}, {},
                   gm1WithoutFeature6(7)));
  c.push_back(make("InfiniteValue", QStringLiteral("aggregate"), valueAt6(kV, kInfinity), true,
                   {infiniteWarning(QStringLiteral("v")), leftOutOfMean}, {},
                   gm1WithoutFeature6(7)));
  c.push_back(make("NegativeValue", QStringLiteral("aggregate"), valueAt6(kPop, -5.0), false,
                   {QStringLiteral("POPULATION: field 'pop' is -5 in feature 6; it must not be "
                                   "negative")}));
  c.push_back(make("SingleFeature", QStringLiteral("aggregate"), layerOf(grid(1)), true,
                   {QStringLiteral("1 neighbourhood(s) summarised into 1 region(s)")}, {},
                   [](const AlgorithmRun &run, const Scratch &) {
                     const std::vector<QVariant> mean =
                         outputColumn(run, QStringLiteral("score_mean_w"));
                     ASSERT_EQ(mean.size(), 1u);
                     EXPECT_DOUBLE_EQ(mean[0].toDouble(), 1.0);
                   }));
  c.push_back(make("EmptyLayer", QStringLiteral("aggregate"), layerOf({}), true,
                   {QStringLiteral("0 neighbourhood(s) summarised into 0 region(s)")}, {},
                   result("REGIONS_WRITTEN", 0)));

  // Print maps: NULLs and no-data codes are hatched as no data (reported), not classified; a
  // field without any value stops the run.
  const Check pdf = [](const AlgorithmRun &run, const Scratch &scratch) {
    EXPECT_TRUE(QFile::exists(scratch.path(QStringLiteral("maps.pdf"))));
    EXPECT_EQ(run.results.value(QStringLiteral("PAGES")).toInt(), 1);
  };
  const QString hatched = QStringLiteral("1 feature(s) without a value of v (NULL or a no-data "
                                         "code at or below -99995) are hatched as no data");
  c.push_back(make("NullValue", QStringLiteral("printmaps"),
                   valueAt6(kV, QVariant(QVariant::Double)), true, {hatched}, {}, pdf));
  c.push_back(make("NoDataCode", QStringLiteral("printmaps"), valueAt6(kV, -99999997.0), true,
                   {hatched}, {}, pdf));
  Rows allNull = grid();
  for (Row &row : allNull)
    row.attributes[kV] = QVariant(QVariant::Double);
  c.push_back(make("AllNull", QStringLiteral("printmaps"), layerOf(allNull), false,
                   {QStringLiteral("SHOW=v: every value of the field is NULL (or a no-data code) "
                                   "in lyr")}));
  c.push_back(make("ZeroVariance", QStringLiteral("printmaps"), layerOf(constantV()), true,
                   {QStringLiteral("Showing field v as 'v (quintiles)'")}, {}, pdf));
  c.push_back(make("SingleFeature", QStringLiteral("printmaps"), layerOf(grid(1)), true,
                   {QStringLiteral("Showing field v as 'v (quintiles)'")}, {}, pdf));
  c.push_back(make("EmptyLayer", QStringLiteral("printmaps"), layerOf({}), false,
                   {QStringLiteral("INPUT lyr has no features")}));

  // Join: values come from TABLE; markers and codes (NODATA, default .;-;x;<=-99995) become
  // NULL and are counted; text that is not a number keeps the column as text.
  c.push_back(make("NoDataCode", QStringLiteral("jointable"), layerOf(grid()), true,
                   {QStringLiteral("x: 1 value(s) set NULL by the no-data rules")},
                   {{QStringLiteral("TABLE"), QStringLiteral("@table:code,x\nBU0001,-99999997\n"
                                                             "BU0002,\"2,5\"\n")}},
                   [](const AlgorithmRun &run, const Scratch &) {
                     EXPECT_EQ(run.results.value(QStringLiteral("VALUES_SET_NULL")).toInt(), 1);
                     const std::vector<QVariant> x = outputColumn(run, QStringLiteral("x"));
                     ASSERT_EQ(x.size(), 16u);
                     EXPECT_TRUE(x[0].isNull());
                     EXPECT_DOUBLE_EQ(x[1].toDouble(), 2.5);
                   }));
  c.push_back(
      make("NonNumericValue", QStringLiteral("jointable"), layerOf(grid()), true,
           {QStringLiteral("Polygons matched: 2 of 16")},
           {{QStringLiteral("TABLE"), QStringLiteral("@table:code,x\nBU0001,12\nBU0002,abc\n")}},
           [](const AlgorithmRun &run, const Scratch &) {
             const std::vector<QVariant> x = outputColumn(run, QStringLiteral("x"));
             EXPECT_EQ(x[0].toString(), QStringLiteral("12"));
             EXPECT_EQ(x[1].toString(), QStringLiteral("abc"));
           }));
  // One separator rule per column: "1.234.567" makes '.' the thousands separator, so "1.200" is
  // 1200 (it was 1.2); a column of only "40.222"-like cells is read by the rule, reported.
  c.push_back(make(
      "OneSeparatorPerColumn", QStringLiteral("jointable"), layerOf(grid()), true,
      {QStringLiteral("inw: '.' could be read as a decimal or a thousands separator; "
                      "read as the thousands separator (every such cell has one, "
                      "with three digits after it): '40.222' = 40222")},
      {{QStringLiteral("TABLE"), QStringLiteral("@table:code,x,inw\nBU0001,850,40.222\n"
                                                "BU0002,1.200,850\nBU0003,1.234.567,7.015\n")}},
      [](const AlgorithmRun &run, const Scratch &) {
        const std::vector<QVariant> x = outputColumn(run, QStringLiteral("x"));
        EXPECT_DOUBLE_EQ(x[0].toDouble(), 850.0);
        EXPECT_DOUBLE_EQ(x[1].toDouble(), 1200.0);
        EXPECT_DOUBLE_EQ(x[2].toDouble(), 1234567.0);
        const std::vector<QVariant> inw = outputColumn(run, QStringLiteral("inw"));
        EXPECT_DOUBLE_EQ(inw[0].toDouble(), 40222.0);
        EXPECT_DOUBLE_EQ(inw[1].toDouble(), 850.0);
      }));
  // Codes keep their leading zeros, and "x" in a text column is a word, not no-data.
  c.push_back(make("LeadingZeros", QStringLiteral("jointable"), layerOf(grid()), true,
                   {QStringLiteral("old is kept as text: '0738' has a leading zero")},
                   {{QStringLiteral("TABLE"), QStringLiteral("@table:code,old\nBU0001,0738\n"
                                                             "BU0002,855\nBU0003,x\n")}},
                   [](const AlgorithmRun &run, const Scratch &) {
                     const std::vector<QVariant> old = outputColumn(run, QStringLiteral("old"));
                     EXPECT_EQ(old[0].toString(), QStringLiteral("0738"));
                     EXPECT_EQ(old[1].toString(), QStringLiteral("855"));
                     EXPECT_EQ(old[2].toString(), QStringLiteral("x"));
                   }));
  // A table with only its header: empty, said so (it was "No polygon matched any table row").
  c.push_back(make("HeaderOnlyTable", QStringLiteral("jointable"), layerOf(grid()), false,
                   {QStringLiteral("TABLE: table has no rows (only a header, or nothing at all): "
                                   "there is nothing to join")},
                   {{QStringLiteral("TABLE"), QStringLiteral("@table:code,x\n")}}, {}));
  c.push_back(make("EmptyLayer", QStringLiteral("jointable"), layerOf({}), true,
                   {QStringLiteral("Polygons matched: 0 of 0"),
                    QStringLiteral("Table rows that matched no polygon: 16 of 16")},
                   {}, result("POLYGONS_MATCHED", 0)));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputValues, cases);
