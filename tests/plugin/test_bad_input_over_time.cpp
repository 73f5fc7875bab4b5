// Bad-input matrix, the algorithms over time (issue 13): change, emerging hot spots, LISA Markov
// and harmonise, each with its own failure modes: two periods that are one field, fewer than two
// periods, a long table with one period, two rows for one key and period or a row without a
// period, periods with NULL values, a TARGET in another CRS or elsewhere, crosswalk shares that
// do not add up to 1 or lie outside 0-1 (docs/robustness.md, "Bad-input matrix").
#include "bad_input_support.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

Input grid16(const Rows &rows = grid()) {
  return [rows](const Scratch &s) { return geopackage(s.dir, QStringLiteral("input.gpkg"), rows); };
}

// The grid's codes BU0001 ... BU0016.
QString code(int i) {
  return QStringLiteral("BU%1").arg(i + 1, 4, 10, QLatin1Char('0'));
}

// A long table code,jaar,x: one row per grid feature and year (x = i + year - 2015), then the
// extra rows.
QString longTable(const QList<int> &years, const QString &extraRows = QString()) {
  QString text = QStringLiteral("code,jaar,x\n");
  for (const int year : years)
    for (int i = 0; i < 16; ++i)
      text += QStringLiteral("%1,%2,%3\n").arg(code(i)).arg(year).arg(i + year - 2015);
  return QStringLiteral("@table:") + text + extraRows;
}

// The emerging hot spots' periods from a long TABLE instead of FIELDS.
QVariantMap fromTable(const QString &table) {
  return {{QStringLiteral("FIELDS"), QVariant()},
          {QStringLiteral("TABLE"), table},
          {QStringLiteral("TABLE_KEY"), QStringLiteral("code")},
          {QStringLiteral("TIME_FIELD"), QStringLiteral("jaar")},
          {QStringLiteral("VALUE_FIELD"), QStringLiteral("x")},
          {QStringLiteral("ID_FIELD"), QStringLiteral("code")}};
}

// A crosswalk from every grid square to the region it lies in (West: columns 0 and 1), share 1,
// with the share of BU0001 replaced by `firstShare` and every target named `west`/`east`.
QVariantMap crosswalk(const QString &firstShare, const QString &west = QStringLiteral("West"),
                      const QString &east = QStringLiteral("East")) {
  QString text = QStringLiteral("code,target,share\n");
  for (int i = 0; i < 16; ++i)
    text += QStringLiteral("%1,%2,%3\n")
                .arg(code(i), i % 4 < 2 ? west : east, i == 0 ? firstShare : QStringLiteral("1"));
  return {{QStringLiteral("CROSSWALK"), QStringLiteral("@table:") + text},
          {QStringLiteral("INPUT_KEY"), QStringLiteral("code")},
          {QStringLiteral("TARGET_KEY"), QStringLiteral("name")},
          {QStringLiteral("CROSSWALK_SOURCE_KEY"), QStringLiteral("code")},
          {QStringLiteral("CROSSWALK_TARGET_KEY"), QStringLiteral("target")},
          {QStringLiteral("CROSSWALK_SHARE"), QStringLiteral("share")}};
}

QVariantMap with(QVariantMap map, const QString &key, const QVariant &value) {
  map.insert(key, value);
  return map;
}

// The population of the grid's squares by hand: pop = 1000 + 100 i; West holds the squares of
// columns 0 and 1 (i = 0, 1, 4, 5, 8, 9, 12, 13), East the others.
constexpr double kWestPop = 8 * 1000 + 100 * (0 + 1 + 4 + 5 + 8 + 9 + 12 + 13);
constexpr double kAllPop = 16 * 1000 + 100 * (15 * 16 / 2);

// The harmonised pop of West and East (TARGET's order: West, East) within `tolerance`.
Check popIs(double west, double east, double tolerance) {
  return [=](const AlgorithmRun &run, const Scratch &) {
    const auto pop = outputColumn(run, QStringLiteral("pop"));
    ASSERT_EQ(pop.size(), 2u);
    EXPECT_NEAR(pop[0].toDouble(), west, tolerance);
    EXPECT_NEAR(pop[1].toDouble(), east, tolerance);
  };
}

std::vector<Case> cases() {
  std::vector<Case> c;
  const QString change = QStringLiteral("change");
  const QString emerging = QStringLiteral("emerginghotspots");
  const QString markov = QStringLiteral("lisamarkov");
  const QString harmonise = QStringLiteral("harmonise");
  const Rows nullV = withValue(grid(), 2, kV, QVariant());

  // change: one field for both years would make every feature "Stable".
  c.push_back(make("SameFieldBeforeAndAfter", change, grid16(), false,
                   {QStringLiteral("FIELD_AFTER is FIELD_BEFORE (v): a change compares two "
                                   "years' scores, each in its own field")},
                   {{QStringLiteral("FIELD_AFTER"), QStringLiteral("v")}}));
  c.push_back(make("NullScore", change, grid16(nullV), true,
                   {QStringLiteral("Undefined (a score is NULL): 1 feature(s)")}, {},
                   [](const AlgorithmRun &run, const Scratch &) {
                     const auto delta = outputColumn(run, QStringLiteral("change"));
                     ASSERT_EQ(delta.size(), 16u);
                     EXPECT_EQ(nullCount(delta), 1);
                     EXPECT_TRUE(delta[2].isNull());
                     EXPECT_EQ(outputColumn(run, QStringLiteral("change_class"))[2].toString(),
                               QStringLiteral("Undefined"));
                   }));
  // Bounds on another scale: events (0-4) cannot bound v (1-11).
  c.push_back(make("ScoreOutsideItsBounds", change, grid16(), false,
                   {QStringLiteral("lies outside its bounds"),
                    QStringLiteral("the bounds must be on the scores' scale")},
                   {{QStringLiteral("LOWER_BEFORE"), QStringLiteral("events")},
                    {QStringLiteral("UPPER_BEFORE"), QStringLiteral("events")}}));

  // The periods, read the same way by emerging hot spots and LISA Markov.
  for (const QString &algorithm : {emerging, markov}) {
    c.push_back(make("OnePeriod", algorithm, grid16(), false,
                     {QStringLiteral("FIELDS: a change over time needs at least two periods, "
                                     "not 1 (v)")},
                     {{QStringLiteral("FIELDS"), QStringList{QStringLiteral("v")}}}));
    c.push_back(
        make("OneFieldForTwoPeriods", algorithm, grid16(), false,
             {QStringLiteral("FIELDS: v is listed as period 1 and as period 3; each "
                             "period needs its own field")},
             {{QStringLiteral("FIELDS"),
               QStringList{QStringLiteral("v"), QStringLiteral("events"), QStringLiteral("v")}}}));
  }
  c.push_back(make("PeriodWithNulls", emerging, grid16(nullV), true,
                   {QStringLiteral("1 bin(s) have no Gi* (a NULL value or no neighbour)")}, {},
                   [](const AlgorithmRun &run, const Scratch &) {
                     const auto category = outputColumn(run, QStringLiteral("ehs_category"));
                     ASSERT_EQ(category.size(), 16u);
                     EXPECT_EQ(nullCount(category), 0);
                   }));
  c.push_back(make("PeriodWithNulls", markov, grid16(nullV), true, {}, {},
                   [](const AlgorithmRun &run, const Scratch &) {
                     const auto path = outputColumn(run, QStringLiteral("lm_path"));
                     ASSERT_EQ(path.size(), 16u);
                     EXPECT_TRUE(path[2].toString().startsWith(QStringLiteral("NA>")))
                         << path[2].toString().toStdString();
                     EXPECT_FALSE(path[3].toString().contains(QStringLiteral("NA")));
                   }));
  c.push_back(make("RowStandardiseOff", markov, grid16(), false,
                   {QStringLiteral("ROW_STANDARDISE: LISA Markov uses row-standardised weights")},
                   {{QStringLiteral("ROW_STANDARDISE"), false}}));
  c.push_back(make("OneSpatialClass", markov, grid16(), false,
                   {QStringLiteral("SPATIAL_CLASSES: one class has no transitions")},
                   {{QStringLiteral("SPATIAL_CLASSES"), 1}}));

  // A long table for the emerging hot spots.
  c.push_back(make("TableWithTwoPeriods", emerging, grid16(), true,
                   {QStringLiteral("TABLE: 2 periods (2015, 2019)")},
                   fromTable(longTable({2015, 2019}))));
  c.push_back(make("TimeFieldWithOneValue", emerging, grid16(), false,
                   {QStringLiteral("TABLE: the rows matched to INPUT cover 1 period(s); a change "
                                   "over time needs at least two")},
                   fromTable(longTable({2019}))));
  c.push_back(make("FieldsAndTable", emerging, grid16(), false,
                   {QStringLiteral("Give the periods either as FIELDS or as a TABLE, not both")},
                   with(fromTable(longTable({2015, 2019})), QStringLiteral("FIELDS"),
                        QStringList{QStringLiteral("v"), QStringLiteral("events")})));
  c.push_back(make(
      "TableWithoutIdField", emerging, grid16(), false, {QStringLiteral("TABLE: set ID_FIELD")},
      with(fromTable(longTable({2015, 2019})), QStringLiteral("ID_FIELD"), QVariant())));
  c.push_back(make("TwoRowsForOneKeyAndPeriod", emerging, grid16(), false,
                   {QStringLiteral("both give key 'BU0003' a value for period 2019")},
                   fromTable(longTable({2015, 2019}, QStringLiteral("BU0003,2019,7\n")))));
  c.push_back(make("RowWithoutPeriod", emerging, grid16(), false,
                   {QStringLiteral("TIME_FIELD: row"), QStringLiteral("has no period")},
                   fromTable(longTable({2015, 2019}, QStringLiteral("BU0003,,7\n")))));
  c.push_back(
      make("TableKeysNotInInput", emerging, grid16(), true,
           {QStringLiteral("TABLE: 2 row(s) have a key that is not in INPUT's code and are "
                           "left out (e.g. BU0099, BU0099)")},
           fromTable(longTable({2015, 2019}, QStringLiteral("BU0099,2015,1\nBU0099,2019,2\n")))));

  // harmonise: areas are measured in TARGET's CRS, whatever INPUT's is.
  c.push_back(make("TargetInAnotherProjectedCrs", harmonise, grid16(), true, {},
                   {{QStringLiteral("TARGET"), QStringLiteral("@regions:EPSG:3035")}},
                   popIs(kWestPop, kAllPop - kWestPop, 1.0)));
  c.push_back(make("TargetInLonLat", harmonise, grid16(), true,
                   {QStringLiteral("TARGET is in longitude/latitude: areas are in square degrees "
                                   "and the shares are distorted")},
                   {{QStringLiteral("TARGET"), QStringLiteral("@regions:EPSG:4326")}}));
  c.push_back(make("NoOverlap", harmonise, grid16(), false,
                   {QStringLiteral("INPUT and TARGET do not overlap, so nothing is harmonised"),
                    QStringLiteral("EPSG:28992")},
                   {{QStringLiteral("TARGET"), QStringLiteral("@regions:far")}}));
  c.push_back(make("FieldIsCountAndRate", harmonise, grid16(), false,
                   {QStringLiteral("Field 'pop' is given as EXTENSIVE and as INTENSIVE")},
                   {{QStringLiteral("INTENSIVE"), QStringList{QStringLiteral("pop")}}}));
  // Crosswalk: BU0001 (pop 1000) sends only half to West, which is reported, not repaired.
  c.push_back(make("CrosswalkSharesNotSummingToOne", harmonise, grid16(), true,
                   {QStringLiteral("CROSSWALK: the shares of 1 source(s) do not add up to 1: "
                                   "their counts are not conserved")},
                   crosswalk(QStringLiteral("0.5")),
                   popIs(kWestPop - 500, kAllPop - kWestPop, 1e-9)));
  c.push_back(make("CrosswalkSharesSummingToOne", harmonise, grid16(), true, {},
                   crosswalk(QStringLiteral("1")), popIs(kWestPop, kAllPop - kWestPop, 1e-9)));
  c.push_back(
      make("CrosswalkShareAboveOne", harmonise, grid16(), false,
           {QStringLiteral("(BU0001 -> West) has share '1.5'; a share lies between 0 and 1")},
           crosswalk(QStringLiteral("1.5"))));
  c.push_back(make("CrosswalkShareNotANumber", harmonise, grid16(), false,
                   {QStringLiteral("(BU0001 -> West) has share 'half'")},
                   crosswalk(QStringLiteral("half"))));
  c.push_back(
      make("CrosswalkMatchingNoTarget", harmonise, grid16(), false,
           {QStringLiteral("CROSSWALK: no row links a feature of INPUT to a feature of "
                           "TARGET"),
            QStringLiteral("CROSSWALK: 16 row(s) name a key that is not in INPUT's code or "
                           "TARGET's name")},
           crosswalk(QStringLiteral("1"), QStringLiteral("Noord"), QStringLiteral("Zuid"))));
  c.push_back(make("CrosswalkWithoutInputKey", harmonise, grid16(), false,
                   {QStringLiteral("INPUT_KEY: name the key field the CROSSWALK refers to")},
                   with(crosswalk(QStringLiteral("1")), QStringLiteral("INPUT_KEY"), QVariant())));
  c.push_back(make("CrosswalkAndWeightLayer", harmonise, grid16(), false,
                   {QStringLiteral("Give either a CROSSWALK table or a WEIGHT_LAYER")},
                   with(with(crosswalk(QStringLiteral("1")), QStringLiteral("WEIGHT_LAYER"),
                             QStringLiteral("@facilities")),
                        QStringLiteral("WEIGHT_FIELD"), QStringLiteral("cap"))));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(OverTime, cases);
