// Emerging hot spots: the classification rules on bin series (each of ArcGIS's 17 categories and
// the overlaps the definitions leave open), constructed space-time cubes that give every category
// through Gi* and the trend test, per-period Gi* equal to spdep localG, and the space-time
// neighbourhood written out by hand.
#include "common/input_error.h"
#include "reference_weights.h"
#include "statistics/emerging_hotspots.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using C = EmergingCategory;

// "..H" style series: H hot, C cold, . not significant.
std::vector<std::int8_t> bins(const std::string &s) {
  std::vector<std::int8_t> out;
  for (char c : s)
    out.push_back(c == 'H' ? 1 : c == 'C' ? -1 : 0);
  return out;
}

C classify(const std::string &s, double trendZ = 0.0, double trendP = 1.0) {
  return classifyEmerging(bins(s), trendZ, trendP, 0.10);
}

} // namespace

// Every category from ArcGIS's definitions, on ten periods (90 % = 9 bins).
TEST(EmergingHotspots, CategoriesFromTheDefinitions) {
  EXPECT_EQ(classify(".........."), C::NoPattern);
  // New: significant hot spot in the final period, never before.
  EXPECT_EQ(classify(".........H"), C::NewHot);
  // Consecutive: one uninterrupted final run of >= 2 hot bins, never hot before, < 90 % hot.
  EXPECT_EQ(classify(".......HHH"), C::ConsecutiveHot);
  // Intensifying / persistent / diminishing: >= 90 % hot including the final period, with a
  // significant upward trend, no significant trend, a significant downward trend.
  EXPECT_EQ(classify("HHHHHHHHHH", 3.9, 0.0001), C::IntensifyingHot);
  EXPECT_EQ(classify("HHHH.HHHHH", 0.5, 0.6), C::PersistentHot);
  EXPECT_EQ(classify("HHHHHHHHHH", -3.9, 0.0001), C::DiminishingHot);
  // A trend that is not significant at 90 % does not count.
  EXPECT_EQ(classify("HHHHHHHHHH", 1.5, 0.13), C::PersistentHot);
  // Sporadic: hot now, on and off before, < 90 % hot, never cold.
  EXPECT_EQ(classify("H.H..H...H"), C::SporadicHot);
  // Oscillating: hot now, a cold spot before, < 90 % hot.
  EXPECT_EQ(classify("C.H......H"), C::OscillatingHot);
  EXPECT_EQ(classify("C........H"), C::OscillatingHot) << "a cold past is not 'new'";
  // Historical: not hot now, >= 90 % hot.
  EXPECT_EQ(classify("HHHHHHHHH."), C::HistoricalHot);
  // The cold family mirrors it; "intensifying" cold spots get colder (downward trend of z).
  EXPECT_EQ(classify(".........C"), C::NewCold);
  EXPECT_EQ(classify("........CC"), C::ConsecutiveCold);
  EXPECT_EQ(classify("CCCCCCCCCC", -3.9, 0.0001), C::IntensifyingCold);
  EXPECT_EQ(classify("CCCCCCCCCC"), C::PersistentCold);
  EXPECT_EQ(classify("CCCCCCCCCC", 3.9, 0.0001), C::DiminishingCold);
  EXPECT_EQ(classify("C..C.C...C"), C::SporadicCold);
  EXPECT_EQ(classify("H........C"), C::OscillatingCold);
  EXPECT_EQ(classify("CCCCCCCCC."), C::HistoricalCold);
  EXPECT_EQ(classifyEmerging({}, kNaN, kNaN, 0.1), C::Undefined);
}

// Overlaps the definitions leave open, settled as docs/monitor.md says.
TEST(EmergingHotspots, OverlapsAreSettledByTheFinalPeriod) {
  // 9 of 10 hot but cold now: oscillating cold spot (it is a cold spot now), not historical hot.
  EXPECT_EQ(classify("HHHHHHHHHC"), C::OscillatingCold);
  // Consecutive needs no hot bin before the run: a gap makes it sporadic.
  EXPECT_EQ(classify("H.....HHHH"), C::SporadicHot);
  // A run that fills 90 % is intensifying/persistent/diminishing, not consecutive.
  EXPECT_EQ(classify(".HHHHHHHHH"), C::PersistentHot);
  // A final run with a cold bin before it is oscillating.
  EXPECT_EQ(classify("C......HHH"), C::OscillatingHot);
  // Four periods: 90 % of 4 needs all 4.
  EXPECT_EQ(classify("HHHH"), C::PersistentHot);
  EXPECT_EQ(classify(".HHH"), C::ConsecutiveHot);
  EXPECT_EQ(classify("HHH."), C::NoPattern) << "3 of 4 hot is below 90 %";
}

TEST(EmergingHotspots, RiskNamesFollowTheRiskEnd) {
  EXPECT_STREQ(emergingRiskName(C::NewHot, RiskEnd::High), "New Risk Spot");
  EXPECT_STREQ(emergingRiskName(C::NewHot, RiskEnd::Low), "New Low-Risk Spot");
  EXPECT_STREQ(emergingRiskName(C::IntensifyingCold, RiskEnd::Low), "Intensifying Risk Spot");
  EXPECT_STREQ(emergingRiskName(C::HistoricalCold, RiskEnd::High), "Historical Low-Risk Spot");
  EXPECT_STREQ(emergingRiskName(C::NoPattern, RiskEnd::Low), "No Pattern Detected");
  EXPECT_STREQ(emergingCategoryName(C::OscillatingCold), "Oscillating Cold Spot");
}

// The space-time neighbourhood of a path 0 - 1 - 2 over three periods with one earlier period:
// node (t, i) = 3t + i. Node (1, 1) = 4 links to 0, 1 (itself, period 0), 2 and to 3 and 5
// (period 1); its own bin 4 comes from include.self. Period 0 has no earlier period.
TEST(EmergingHotspots, SpaceTimeNeighbourhoodByHand) {
  const SpatialWeights path = SpatialWeights::fromNeighbourLists({{1}, {0, 2}, {1}}, "path");
  const SpatialWeights st = spaceTimeWeights(path, 3, 1);
  ASSERT_EQ(st.size(), 9u);
  const auto row = [&](std::size_t node) {
    return std::vector<std::uint32_t>(st.neighboursBegin(node),
                                      st.neighboursBegin(node) + st.neighbourCount(node));
  };
  EXPECT_EQ(row(1), (std::vector<std::uint32_t>{0, 2}));
  EXPECT_EQ(row(4), (std::vector<std::uint32_t>{0, 1, 2, 3, 5}));
  EXPECT_EQ(row(6), (std::vector<std::uint32_t>{3, 4, 7}));
  EXPECT_EQ(spaceTimeWeights(path, 3, 2).neighbourCount(8), 2u + 2u + 1u)
      << "periods 0 and 1 (neighbour 1 and itself each) and neighbour 1 in period 2";
}

// With no earlier period in the neighbourhood, each period is a plain Gi* of its own values:
// equal to spdep localG on Columbus CRIME (binary and row-standardised queen weights). Gi* z is
// unchanged by a positive linear transformation, so the second period 2 CRIME + 5 must match too.
TEST(EmergingHotspots, PerPeriodGiStarEqualsSpdepLocalG) {
  const std::string file = "spdep/columbus_localG_queen.csv";
  const ReferenceCsv ref(file);
  const MaskedValues crime = referenceValues(file, "x");
  MaskedValues shifted = crime;
  for (double &v : shifted.values)
    v = 2 * v + 5;
  const SpatialWeights w = referenceWeights("spdep/columbus_queen_edges.csv", 49);
  for (const bool rowStandardise : {false, true}) {
    EmergingOptions o;
    o.timeNeighbours = 0;
    o.rowStandardise = rowStandardise;
    const EmergingResult r = emergingHotspots({crime, shifted}, w, o);
    const char *column = rowStandardise ? "Gistar_z_W" : "Gistar_z_B";
    for (std::size_t t = 0; t < 2; ++t)
      for (std::size_t i = 0; i < 49; ++i)
        EXPECT_TRUE(closeTo(r.z[t * 49 + i], ref.number(i, column), 1e-9))
            << column << " period " << t << " feature " << i + 1;
  }
}

namespace {

// A 9 x 9 queen lattice; the middle cell (40) and its 8 neighbours form the block whose values
// decide the middle cell's Gi* in each period. The background repeats 0..10 irregularly.
constexpr std::size_t kSide = 9, kCells = kSide * kSide, kMiddle = 40;

SpatialWeights queenLattice() {
  std::vector<std::vector<std::uint32_t>> lists(kCells);
  for (std::size_t r = 0; r < kSide; ++r)
    for (std::size_t c = 0; c < kSide; ++c)
      for (int dr = -1; dr <= 1; ++dr)
        for (int dc = -1; dc <= 1; ++dc) {
          const long rr = static_cast<long>(r) + dr, cc = static_cast<long>(c) + dc;
          if ((dr || dc) && rr >= 0 && cc >= 0 && rr < 9 && cc < 9)
            lists[r * kSide + c].push_back(static_cast<std::uint32_t>(rr * 9 + cc));
        }
  return SpatialWeights::fromNeighbourLists(lists, "queen lattice 9 x 9");
}

bool inBlock(std::size_t cell) {
  const std::size_t r = cell / kSide, c = cell % kSide;
  return r >= 3 && r <= 5 && c >= 3 && c <= 5;
}

// One period: background values, the block set to `block` (NaN = background there too).
MaskedValues period(double block) {
  MaskedValues v(kCells);
  for (std::size_t i = 0; i < kCells; ++i)
    v.set(i, inBlock(i) && !std::isnan(block) ? block : static_cast<double>((i * 37) % 11));
  return v;
}

// A cube from a pattern per period: '.' background, 'H' block 30 (hot), 'C' block -20 (cold),
// 'u' / 'd' block 25 + 3t / 55 - 3t (hot, rising / falling), 'c' / 'w' block -15 - 3t / -45 + 3t
// (cold, getting colder / warmer).
std::vector<MaskedValues> cube(const std::string &pattern) {
  std::vector<MaskedValues> periods;
  for (std::size_t t = 0; t < pattern.size(); ++t) {
    const double td = static_cast<double>(t);
    switch (pattern[t]) {
    case 'H':
      periods.push_back(period(30));
      break;
    case 'C':
      periods.push_back(period(-20));
      break;
    case 'u':
      periods.push_back(period(25 + 3 * td));
      break;
    case 'd':
      periods.push_back(period(55 - 3 * td));
      break;
    case 'c':
      periods.push_back(period(-15 - 3 * td));
      break;
    case 'w':
      periods.push_back(period(-45 + 3 * td));
      break;
    default:
      periods.push_back(period(kNaN));
    }
  }
  return periods;
}

} // namespace

// Constructed space-time cubes, one per category: the middle cell's block is hot, cold or
// background in each period as the ArcGIS definition describes, and the whole computation (Gi*
// per period, 90 % significance, Mann-Kendall on the z series, the rules) must name it.
TEST(EmergingHotspots, ConstructedCubesGiveEveryCategory) {
  const SpatialWeights w = queenLattice();
  EmergingOptions o;
  o.timeNeighbours = 0;
  const std::pair<const char *, C> cases[] = {
      {"..........", C::NoPattern},       {".........H", C::NewHot},
      {".......HHH", C::ConsecutiveHot},  {"uuuuuuuuuu", C::IntensifyingHot},
      {"HHHHHHHHHH", C::PersistentHot},   {"dddddddddd", C::DiminishingHot},
      {"H.H..H...H", C::SporadicHot},     {"C.H......H", C::OscillatingHot},
      {"HHHHHHHHH.", C::HistoricalHot},   {".........C", C::NewCold},
      {"........CC", C::ConsecutiveCold}, {"cccccccccc", C::IntensifyingCold},
      {"CCCCCCCCCC", C::PersistentCold},  {"wwwwwwwwww", C::DiminishingCold},
      {"C..C.C...C", C::SporadicCold},    {"H........C", C::OscillatingCold},
      {"CCCCCCCCC.", C::HistoricalCold}};
  for (const auto &[pattern, expected] : cases) {
    const EmergingResult r = emergingHotspots(cube(pattern), w, o);
    EXPECT_EQ(r.category[kMiddle], expected)
        << pattern << ": got " << emergingCategoryName(r.category[kMiddle]);
    std::size_t hot = 0, cold = 0;
    for (const char c : std::string(pattern)) {
      hot += c == 'H' || c == 'u' || c == 'd';
      cold += c == 'C' || c == 'c' || c == 'w';
    }
    EXPECT_EQ(r.hotCount[kMiddle], hot) << pattern;
    EXPECT_EQ(r.coldCount[kMiddle], cold) << pattern;
  }
  // The rising block gives a rising z series: Mann-Kendall S = 45 (all 10 * 9 / 2 pairs up).
  const EmergingResult rising = emergingHotspots(cube("uuuuuuuuuu"), w, o);
  EXPECT_EQ(rising.trend[kMiddle].s, 45.0);
  EXPECT_LT(rising.trend[kMiddle].p, 0.001);
}

// With one earlier period in the neighbourhood (ArcGIS's default) the block that turns hot in the
// last two periods is still a hot spot then; before it, nothing is.
TEST(EmergingHotspots, SpaceTimeNeighbourhoodsOnACube) {
  const SpatialWeights w = queenLattice();
  EmergingOptions o; // timeNeighbours = 1
  const EmergingResult r = emergingHotspots(cube("........HH"), w, o);
  EXPECT_EQ(r.category[kMiddle], C::ConsecutiveHot);
  EXPECT_GT(r.bin[9 * kCells + kMiddle], 0);
  EXPECT_EQ(r.bin[7 * kCells + kMiddle], 0);
}

// With permutations every bin gets a pseudo p from conditional permutation over the whole cube,
// the same for a seed on any number of threads; the growing block's bins stay significant.
TEST(EmergingHotspots, PermutationPValuesRepeatOnAnyThreadCount) {
  const SpatialWeights w = queenLattice();
  EmergingOptions o;
  o.permutation.permutations = 199;
  o.permutation.seed = 7;
  o.permutation.threads = 1;
  const EmergingResult one = emergingHotspots(cube("uuuuuuuuuu"), w, o);
  o.permutation.threads = 3;
  const EmergingResult three = emergingHotspots(cube("uuuuuuuuuu"), w, o);
  ASSERT_EQ(one.pSim.size(), kCells * 10);
  EXPECT_EQ(one.pSim, three.pSim);
  for (double p : one.pSim) {
    EXPECT_GT(p, 0.0);
    EXPECT_LE(p, 1.0);
  }
  // The block is the most extreme neighbourhood: the folded pseudo p is 1 / (199 + 1).
  EXPECT_DOUBLE_EQ(one.pSim[9 * kCells + kMiddle], 1.0 / 200);
  EXPECT_EQ(one.category[kMiddle], C::IntensifyingHot);
}

TEST(EmergingHotspots, BadInputIsNamed) {
  const SpatialWeights w = queenLattice();
  EXPECT_THROW(emergingHotspots({period(kNaN)}, w, {}), InputError) << "one period";
  MaskedValues flat(kCells);
  for (std::size_t i = 0; i < kCells; ++i)
    flat.set(i, 1.0);
  EmergingOptions o;
  o.timeNeighbours = 0;
  o.valueName = "score";
  try {
    emergingHotspots({period(kNaN), flat}, w, o);
    FAIL() << "zero variance in a period was accepted";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("score (period 2)"), std::string::npos) << e.what();
  }
  // A NULL value gives a NULL bin, not a spot; a feature NULL in every period is Undefined.
  std::vector<MaskedValues> periods = cube("HH");
  periods[0].setNull(0);
  periods[1].setNull(0);
  const EmergingResult r = emergingHotspots(periods, w, o);
  EXPECT_FALSE(r.defined[0]);
  EXPECT_EQ(r.bin[0], 0);
  EXPECT_EQ(r.category[0], C::Undefined);
  EXPECT_EQ(r.undefinedBins, 2u);
}
