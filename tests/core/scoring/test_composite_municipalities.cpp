// The whole composite index on the 393 Dutch municipalities of 2015 (CBS key figures), compared
// with an independent computation written out here as plain loops over the CSV: rates, z-scores
// (or min-max), means per domain and across domains, 0-100 rescaling and ranks.
// The indicator set is the one documented in docs/composite_index.md.
#include "reference_csv.h"
#include "scoring/composite_baseline.h"
#include "scoring/composite_index.h"
#include "scoring/composite_uncertainty.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

using namespace resilience;
using resilience::testing::ReferenceCsv;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTol = 1e-9;

const ReferenceCsv &kerncijfers() {
  static const ReferenceCsv csv("nl_gemeenten_2015_kerncijfers.csv");
  return csv;
}

// A CSV column; CBS writes "no data" as large negative sentinels (-99999999 for Almere's cars).
std::vector<double> column(const std::string &name) {
  std::vector<double> v = kerncijfers().column(name);
  for (double &x : v)
    if (x <= -99995)
      x = kNaN;
  return v;
}

struct Indicator {
  std::string field;
  std::string domain;
  int sign;
  std::string numerator, denominator; // a rate per `per` when set
  double per;
};

// personal: benefit recipients per 1,000 inhabitants; social: household structure and age;
// environmental: pressure on space and water surface.
const std::vector<Indicator> kIndicators = {
    {"bijstand_per_1000", "personal", -1,
     "aantal_personen_met_een_algemene_bijstandsuitkering_totaal", "aantal_inwoners", 1000},
    {"ao_per_1000", "personal", -1, "aantal_personen_met_een_ao_uitkering_totaal",
     "aantal_inwoners", 1000},
    {"ww_per_1000", "personal", -1, "aantal_personen_met_een_ww_uitkering_totaal",
     "aantal_inwoners", 1000},
    {"percentage_eenpersoonshuishoudens", "social", -1, "", "", 0},
    {"gemiddelde_huishoudsgrootte", "social", +1, "", "", 0},
    {"percentage_personen_65_jaar_en_ouder", "social", -1, "", "", 0},
    {"bevolkingsdichtheid_inwoners_per_km2", "environmental", -1, "", "", 0},
    {"personenautos_per_km2", "environmental", -1, "", "", 0},
    {"water_share_pct", "environmental", +1, "oppervlakte_water_in_ha", "oppervlakte_totaal_in_ha",
     100},
};
const std::vector<std::string> kDomains = {"personal", "social", "environmental"};

CompositeSpec municipalSpec() {
  CompositeSpec spec;
  for (const auto &ind : kIndicators) {
    IndicatorSpec s(ind.field, ind.domain, ind.sign > 0 ? Direction::Positive : Direction::Negative,
                    1.0);
    s.numerator = ind.numerator;
    s.denominator = ind.denominator;
    s.per = ind.numerator.empty() ? 1.0 : ind.per;
    spec.indicators.push_back(s);
  }
  return spec;
}

CompositeInput municipalInput() {
  CompositeInput in;
  for (const auto &ind : kIndicators)
    for (const auto &name : {ind.field, ind.numerator, ind.denominator})
      if (!name.empty() && kerncijfers().hasColumn(name))
        in.fields[name] = MaskedValues::fromDoubles(column(name));
  for (std::size_t r = 0; r < kerncijfers().rows(); ++r)
    in.featureIds.push_back(kerncijfers().text(r, "gemeentecode"));
  return in;
}

// Raw indicator values straight from the CSV, NaN where missing.
std::vector<double> rawIndicator(const Indicator &ind) {
  if (ind.numerator.empty())
    return column(ind.field);
  const auto num = column(ind.numerator), den = column(ind.denominator);
  std::vector<double> v(num.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    v[i] = den[i] != 0 ? num[i] / den[i] * ind.per : kNaN;
  return v;
}

std::size_t rowOf(const std::string &code) {
  for (std::size_t r = 0; r < kerncijfers().rows(); ++r)
    if (kerncijfers().text(r, "gemeentecode") == code)
      return r;
  throw std::runtime_error("no municipality " + code);
}

// Ranks 1 = lowest by sorting; the data have no ties in the index (checked).
std::vector<double> ranksBySorting(const std::vector<double> &x) {
  std::vector<std::size_t> order(x.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
  std::vector<double> rank(x.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    rank[order[k]] = static_cast<double>(k + 1);
    if (k > 0) {
      EXPECT_NE(x[order[k]], x[order[k - 1]]) << "tie in the reference index";
    }
  }
  return rank;
}

std::vector<double> rescaled(const std::vector<double> &x) {
  const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
  std::vector<double> out(x.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    out[i] = 100 * (x[i] - *lo) / (*hi - *lo);
  return out;
}

void expectMatches(const CompositeResult &r, const std::vector<double> &index) {
  const auto resilience = rescaled(index);
  const auto rank = ranksBySorting(index);
  ASSERT_EQ(r.resilience.size(), index.size());
  for (std::size_t i = 0; i < index.size(); ++i) {
    ASSERT_TRUE(r.resilience.isValid(i)) << kerncijfers().text(i, "gemeentecode");
    EXPECT_NEAR(r.resilience.values[i], resilience[i], kTol)
        << kerncijfers().text(i, "gemeentecode");
    EXPECT_EQ(r.rank.values[i], rank[i]) << kerncijfers().text(i, "gemeentecode");
    EXPECT_EQ(r.resilienceClass.values[i], 1 + std::floor(5 * (rank[i] - 1) / 393));
  }
}

} // namespace

TEST(CompositeMunicipalities, DataAsDocumented) {
  ASSERT_EQ(kerncijfers().rows(), 393u);
  // The only sentinel in the columns used: Almere (GM0034) has no cars per km2.
  const auto cars = column("personenautos_per_km2");
  EXPECT_EQ(std::count_if(cars.begin(), cars.end(), [](double x) { return std::isnan(x); }), 1);
  EXPECT_TRUE(std::isnan(cars[rowOf("GM0034")]));
  // Names are mis-encoded (UTF-8 read as Latin-1), so features are identified by their code.
  EXPECT_EQ(kerncijfers().text(rowOf("GM1900"), "gemeentenaam"), "S\xC3\x83\xC2\xBA"
                                                                 "dwest-Frysl\xC3\x83\xC2\xA2n");
}

TEST(CompositeMunicipalities, ZScoreArithmeticMatchesPlainLoops) {
  const auto result = computeCompositeIndex(municipalInput(), municipalSpec(), CompositeOptions{});
  const std::size_t n = kerncijfers().rows();

  // Independent computation: z = sign (x - mean) / sd with the sample sd over the valid values,
  // the plain mean of the z-scores present in each domain, the plain mean of the three domains.
  std::vector<std::vector<double>> domainSum(3, std::vector<double>(n, 0.0)),
      domainCount(3, std::vector<double>(n, 0.0));
  for (const auto &ind : kIndicators) {
    const auto x = rawIndicator(ind);
    double sum = 0, count = 0;
    for (double v : x)
      if (!std::isnan(v)) {
        sum += v;
        ++count;
      }
    const double mean = sum / count;
    double ss = 0;
    for (double v : x)
      if (!std::isnan(v))
        ss += (v - mean) * (v - mean);
    const double sd = std::sqrt(ss / (count - 1));
    const std::size_t d =
        std::find(kDomains.begin(), kDomains.end(), ind.domain) - kDomains.begin();
    for (std::size_t i = 0; i < n; ++i)
      if (!std::isnan(x[i])) {
        domainSum[d][i] += ind.sign * (x[i] - mean) / sd;
        domainCount[d][i] += 1;
      }
  }
  std::vector<double> index(n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t d = 0; d < 3; ++d)
      index[i] += domainSum[d][i] / domainCount[d][i] / 3;

  ASSERT_EQ(result.domains, kDomains);
  for (const char *code : {"GM0003", "GM0034", "GM0363", "GM0599", "GM1900"}) {
    const std::size_t i = rowOf(code);
    for (std::size_t d = 0; d < 3; ++d)
      EXPECT_NEAR(result.domainScores[d].values[i], domainSum[d][i] / domainCount[d][i], kTol)
          << code << " " << kDomains[d];
    EXPECT_NEAR(result.aggregate.values[i], index[i], kTol) << code;
  }
  expectMatches(result, index);

  // Almere lacks one of three environmental indicators: coverage 1 - (1/3)(1/3) = 8/9.
  EXPECT_NEAR(result.coverage.values[rowOf("GM0034")], 8.0 / 9, kTol);
  EXPECT_NEAR(result.coverage.values[rowOf("GM0363")], 1.0, kTol);
  // Appingedam's bijstand rate from its row: 470 recipients, 12011 inhabitants.
  EXPECT_EQ(kerncijfers().number(rowOf("GM0003"), "aantal_inwoners"), 12011);
  const auto prepared = prepareIndicators(municipalInput(), municipalSpec(), CompositeOptions{});
  EXPECT_NEAR(prepared.columns[0].values[rowOf("GM0003")], 470.0 / 12011 * 1000, kTol);
}

TEST(CompositeMunicipalities, MinMaxGeometricWithWeightsMatchesPlainLoops) {
  CompositeSpec spec = municipalSpec();
  spec.indicators[0].weight = 2; // bijstand counts double within personal
  spec.domains = {{"personal", 2}, {"social", 1}, {"environmental", 1}};
  CompositeOptions options;
  options.normalisation = NormalisationMethod::MinMax;
  options.withinDomains = Aggregation::Geometric;
  options.geometricShift = 1;
  const auto result = computeCompositeIndex(municipalInput(), spec, options);
  const std::size_t n = kerncijfers().rows();

  // Independent computation: v = 100 (s x - min) / (max - min) over s x (s = +-1); within a domain
  // exp(sum w log(v + 1) / sum w) - 1 over the indicators present; across domains
  // (2 personal + social + environmental) / 4.
  std::vector<std::vector<double>> logSum(3, std::vector<double>(n, 0.0)),
      weightSum(3, std::vector<double>(n, 0.0));
  for (std::size_t k = 0; k < kIndicators.size(); ++k) {
    const auto &ind = kIndicators[k];
    auto x = rawIndicator(ind);
    double lo = INFINITY, hi = -INFINITY;
    for (double &v : x)
      if (!std::isnan(v)) {
        v *= ind.sign;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
    const double w = k == 0 ? 2 : 1;
    const std::size_t d =
        std::find(kDomains.begin(), kDomains.end(), ind.domain) - kDomains.begin();
    for (std::size_t i = 0; i < n; ++i)
      if (!std::isnan(x[i])) {
        logSum[d][i] += w * std::log(100 * (x[i] - lo) / (hi - lo) + 1);
        weightSum[d][i] += w;
      }
  }
  std::vector<double> index(n);
  const double domainWeight[3] = {2, 1, 1};
  for (std::size_t i = 0; i < n; ++i) {
    index[i] = 0;
    for (std::size_t d = 0; d < 3; ++d)
      index[i] += domainWeight[d] * (std::exp(logSum[d][i] / weightSum[d][i]) - 1) / 4;
  }
  expectMatches(result, index);
}

TEST(CompositeMunicipalities, UncertaintyIsReproducibleAndBracketsTheRank) {
  const CompositeSpec spec = municipalSpec();
  const CompositeOptions options;
  const auto prepared = prepareIndicators(municipalInput(), spec, options);
  const auto base = scoreIndicators(prepared, spec, options);
  UncertaintyOptions u;
  u.runs = 100;
  u.seed = 2015;
  u.normalisations = {NormalisationMethod::ZScore, NormalisationMethod::MinMax,
                      NormalisationMethod::Rank, NormalisationMethod::Robust};
  u.threads = 1;
  const auto a = runCompositeUncertainty(prepared, spec, options, u);
  u.threads = 3;
  const auto b = runCompositeUncertainty(prepared, spec, options, u);
  std::size_t inside = 0;
  for (std::size_t i = 0; i < prepared.featureCount; ++i) {
    EXPECT_EQ(a.rankP05.values[i], b.rankP05.values[i]);
    EXPECT_EQ(a.rankMedian.values[i], b.rankMedian.values[i]);
    EXPECT_EQ(a.rankP95.values[i], b.rankP95.values[i]);
    inside +=
        a.rankP05.values[i] <= base.rank.values[i] && base.rank.values[i] <= a.rankP95.values[i];
  }
  // The base choice is one of the perturbed ones, so nearly every base rank lies in its 90 % band.
  EXPECT_GT(inside, prepared.featureCount * 8 / 10);
}

namespace {

// Bit-for-bit equality of two columns: same validity and the same 64 bits where valid.
void expectIdentical(const MaskedValues &a, const MaskedValues &b, const std::string &what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (std::size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a.isValid(i), b.isValid(i)) << what << " feature " << i;
    if (a.isValid(i)) {
      EXPECT_EQ(std::memcmp(&a.values[i], &b.values[i], sizeof(double)), 0)
          << what << " feature " << i << ": " << a.values[i] << " vs " << b.values[i];
    }
  }
}

// The municipal spec with goalposts around each indicator's observed range (goalposts
// normalisation needs them), so every method can run on it.
CompositeSpec specWithGoalposts() {
  CompositeSpec spec = municipalSpec();
  const auto prepared = prepareIndicators(municipalInput(), spec, CompositeOptions{});
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    double lo = INFINITY, hi = -INFINITY;
    for (std::size_t i = 0; i < prepared.featureCount; ++i)
      if (prepared.columns[k].isValid(i)) {
        lo = std::min(lo, prepared.columns[k].values[i]);
        hi = std::max(hi, prepared.columns[k].values[i]);
      }
    // Goalposts a little inside the range, so clamping takes place too.
    spec.indicators[k].goalMin = lo + 0.1 * (hi - lo);
    spec.indicators[k].goalMax = hi - 0.1 * (hi - lo);
  }
  return spec;
}

} // namespace

// Issue 13's requirement: scoring year A on its own baseline gives the composite index's own
// output bit for bit, for every normalisation, with winsorising, listwise exclusion and geometric
// means, after the baseline went through its JSON text.
TEST(CompositeMunicipalities, OwnBaselineReproducesTheIndexBitForBit) {
  const CompositeInput input = municipalInput();
  const CompositeSpec spec = specWithGoalposts();
  std::vector<CompositeOptions> variants;
  for (auto method :
       {NormalisationMethod::ZScore, NormalisationMethod::MinMax, NormalisationMethod::Rank,
        NormalisationMethod::Robust, NormalisationMethod::Goalposts}) {
    CompositeOptions o;
    o.normalisation = method;
    variants.push_back(o);
    o.winsorise = WinsorLimits{0.05, 0.9};
    o.missing = MissingPolicy::ExcludeFeature;
    variants.push_back(o);
  }
  CompositeOptions geometric;
  geometric.normalisation = NormalisationMethod::MinMax;
  geometric.withinDomains = geometric.acrossDomains = Aggregation::Geometric;
  geometric.geometricShift = 1;
  variants.push_back(geometric);

  for (const CompositeOptions &options : variants) {
    const std::string what = normalisationName(options.normalisation) +
                             (options.winsorise ? " winsorised" : "") +
                             (options.withinDomains == Aggregation::Geometric ? " geometric" : "");
    SCOPED_TRACE(what);
    const auto prepared = prepareIndicators(input, spec, options);
    const auto own = scoreIndicators(prepared, spec, options);
    const std::string json = writeBaselineJson(makeBaseline(prepared, spec, options, own));
    const CompositeBaseline baseline = parseBaselineJson(json, "baseline.json");
    const auto again = scoreOnBaseline(input, baseline);
    ASSERT_EQ(again.domains, own.domains);
    for (std::size_t d = 0; d < own.domains.size(); ++d)
      expectIdentical(again.domainScores[d], own.domainScores[d], "score_" + own.domains[d]);
    for (std::size_t k = 0; k < own.normalised.size(); ++k)
      expectIdentical(again.normalised[k], own.normalised[k], spec.indicators[k].field);
    expectIdentical(again.aggregate, own.aggregate, "aggregate");
    expectIdentical(again.resilience, own.resilience, "resilience");
    expectIdentical(again.rank, own.rank, "rank");
    expectIdentical(again.resilienceClass, own.resilienceClass, "class");
    expectIdentical(again.coverage, own.coverage, "coverage");
    // Nothing of year A lies outside year A's range.
    for (const auto &r : again.report.indicators) {
      EXPECT_EQ(r.belowBaseline, 0u) << r.field;
      EXPECT_EQ(r.aboveBaseline, 0u) << r.field;
    }
  }
}
