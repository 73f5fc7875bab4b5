// Indicator spec files: CSV and JSON parsing with named errors, writing, and round trips that
// give the same spec and the same index.
#include "common/input_error.h"
#include "scoring/composite_index.h"
#include "scoring/indicator_spec.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>

using namespace resilience;

namespace {

CompositeSpec parseCsv(const std::string &text) {
  std::istringstream in(text);
  return parseSpecCsv(in, "spec.csv");
}

// The message of the InputError `f` throws, or "" when it throws none.
template <typename F> std::string errorOf(F f) {
  try {
    f();
  } catch (const InputError &e) {
    return e.what();
  }
  return "";
}

void expectSameSpec(const CompositeSpec &a, const CompositeSpec &b) {
  ASSERT_EQ(a.indicators.size(), b.indicators.size());
  for (std::size_t k = 0; k < a.indicators.size(); ++k) {
    const auto &x = a.indicators[k], &y = b.indicators[k];
    EXPECT_EQ(x.field, y.field);
    EXPECT_EQ(x.domain, y.domain);
    EXPECT_EQ(x.direction, y.direction);
    EXPECT_EQ(x.weight, y.weight);
    EXPECT_EQ(x.numerator, y.numerator);
    EXPECT_EQ(x.denominator, y.denominator);
    EXPECT_EQ(x.isRate(), y.isRate());
    if (x.isRate()) {
      EXPECT_EQ(x.per, y.per);
    }
    EXPECT_EQ(x.hasGoalposts(), y.hasGoalposts());
    if (x.hasGoalposts()) {
      EXPECT_EQ(x.goalMin, y.goalMin);
      EXPECT_EQ(x.goalMax, y.goalMax);
    }
  }
  const auto da = usedDomains(a), db = usedDomains(b);
  ASSERT_EQ(da.size(), db.size());
  for (std::size_t d = 0; d < da.size(); ++d) {
    EXPECT_EQ(da[d].name, db[d].name);
    EXPECT_EQ(da[d].weight, db[d].weight);
  }
}

CompositeSpec richSpec() {
  CompositeSpec spec;
  IndicatorSpec rate("benefits_per_1000", "personal", Direction::Negative, 0.1);
  rate.numerator = "benefits";
  rate.denominator = "inhabitants";
  rate.per = 1000;
  IndicatorSpec goal("green, share", "environmental", Direction::Positive, 1.0 / 3);
  goal.goalMin = 0;
  goal.goalMax = 62.5;
  spec.indicators = {rate, {"households \"single\"", "social", Direction::Negative, 2}, goal};
  spec.domains = {{"personal", 0.7}, {"social", 1}, {"environmental", 1.3}};
  return spec;
}

} // namespace

TEST(IndicatorSpec, ParsesCommaSeparatedCsv) {
  const auto spec = parseCsv("# resilience indicators\n"
                             "field,domain,direction,weight\n"
                             "bijstand,personal,-,2\n"
                             "\n"
                             "\"kids, share\",social,+,0.5\r\n");
  ASSERT_EQ(spec.indicators.size(), 2u);
  EXPECT_EQ(spec.indicators[0].field, "bijstand");
  EXPECT_EQ(spec.indicators[0].direction, Direction::Negative);
  EXPECT_EQ(spec.indicators[0].weight, 2.0);
  EXPECT_EQ(spec.indicators[1].field, "kids, share");
  EXPECT_EQ(spec.indicators[1].weight, 0.5);
  EXPECT_FALSE(spec.indicators[1].isRate());
  // The monitor's domains, equally weighted, in their standard order.
  const auto domains = usedDomains(spec);
  ASSERT_EQ(domains.size(), 2u);
  EXPECT_EQ(domains[0].name, "personal");
  EXPECT_EQ(domains[1].name, "social");
}

TEST(IndicatorSpec, ParsesSemicolonCsvWithDecimalCommaAndByteOrderMark) {
  const auto spec = parseCsv("\xEF\xBB\xBF"
                             "Field;Domain;Direction;Weight;Numerator;Denominator;Per;"
                             "Domain_Weight\n"
                             "ww_rate;personal;negative;1,5;ww;inwoners;1000;0,25\n"
                             "density;nature;-;1;;;;1\n");
  ASSERT_EQ(spec.indicators.size(), 2u);
  EXPECT_EQ(spec.indicators[0].weight, 1.5);
  EXPECT_TRUE(spec.indicators[0].isRate());
  EXPECT_EQ(spec.indicators[0].per, 1000.0);
  const auto domains = usedDomains(spec);
  ASSERT_EQ(domains.size(), 2u);
  EXPECT_EQ(domains[0].name, "personal");
  EXPECT_EQ(domains[0].weight, 0.25);
  EXPECT_EQ(domains[1].name, "nature"); // a domain of the user's own, declared by its weight
  EXPECT_EQ(domains[1].weight, 1.0);
}

TEST(IndicatorSpec, CsvErrorsNameTheLine) {
  const std::string header = "field,domain,direction,weight\n";
  EXPECT_EQ(errorOf([&] { parseCsv(header + "a,social,+,heavy\n"); }),
            "spec.csv line 2: weight 'heavy' is not a number");
  EXPECT_EQ(errorOf([&] { parseCsv(header + "a,social,+,1\nb,social,up,1\n"); }),
            "spec.csv line 3: direction 'up' must be + or - (or positive / negative)");
  EXPECT_EQ(errorOf([&] { parseCsv(header + "a,social,+\n"); }),
            "spec.csv line 2: expected 4 fields, found 3");
  EXPECT_EQ(errorOf([&] { parseCsv(header + "\"a,social,+,1\n"); }),
            "spec.csv line 2: a quoted field is not closed (quotes must open and close on the "
            "same line)");
  EXPECT_NE(errorOf([&] { parseCsv("field,domain,direction,wieght\n"); })
                .find("unknown column "
                      "'wieght'"),
            std::string::npos);
  EXPECT_EQ(errorOf([&] { parseCsv("field,domain,weight\n"); }),
            "spec.csv: the header has no column 'direction'");
  EXPECT_EQ(errorOf([&] { parseCsv(header + "a,social,+,1\na,personal,-,1\n"); }),
            "spec.csv: indicator 'a' is listed twice");
  EXPECT_EQ(errorOf([&] { parseCsv(header + "a,social,+,-1\n"); }),
            "spec.csv: indicator 'a': weight must be a positive number, not -1");
  EXPECT_NE(errorOf([&] {
              parseCsv("field,domain,direction,weight,domain_weight\n"
                       "a,social,+,1,2\nb,social,+,1,3\n");
            }).find("line 3: domain 'social' already has domain_weight 2, here it is 3"),
            std::string::npos);
  EXPECT_NE(errorOf([&] { parseCsv(""); }).find("is empty"), std::string::npos);
}

// A domain outside the monitor's three must be declared with a weight: a typo ("sociaal" for
// social) is refused with the known domains listed, never scored as a domain of its own.
TEST(IndicatorSpec, UnknownDomainIsAnErrorNamingTheKnownOnes) {
  const std::string header = "field,domain,direction,weight\n";
  EXPECT_EQ(errorOf([&] { parseCsv(header + "a,social,+,1\nb,sociaal,-,1\n"); }),
            "spec.csv: indicator 'b': unknown domain 'sociaal' (known: personal, social, "
            "environmental); a domain of your own needs a domain weight");
  EXPECT_EQ(errorOf([] {
              parseSpecJson(R"({"domains": [{"name": "health", "weight": 2}],
                                "indicators": [{"field": "a", "domain": "helth",
                                                "direction": "+"}]})",
                            "spec.json");
            }),
            "spec.json: indicator 'a': unknown domain 'helth' (known: personal, social, "
            "environmental, health); a domain of your own needs a domain weight");
  // Declared domains are accepted, and the monitor's three stay known beside them.
  const auto json = parseSpecJson(R"({"domains": [{"name": "health", "weight": 2}],
                                      "indicators": [
                                        {"field": "a", "domain": "health", "direction": "+"},
                                        {"field": "b", "domain": "social", "direction": "+"}]})",
                                  "spec.json");
  ASSERT_EQ(usedDomains(json).size(), 2u);
  EXPECT_EQ(usedDomains(json)[0].name, "health");
  EXPECT_EQ(usedDomains(json)[1].name, "social");
  EXPECT_EQ(knownDomains(json),
            (std::vector<std::string>{"personal", "social", "environmental", "health"}));
  // Built in code (the plugin's table): the same rule through validateSpec.
  CompositeSpec spec;
  spec.indicators = {{"x", "Social", Direction::Positive, 1.0}};
  EXPECT_EQ(errorOf([&] { validateSpec(spec); }),
            "indicator 'x': unknown domain 'Social' (known: personal, social, environmental); a "
            "domain of your own needs a domain weight");
  spec.domains.push_back({"Social", 1.0});
  EXPECT_EQ(errorOf([&] { validateSpec(spec); }), "");
}

TEST(IndicatorSpec, ParsesJson) {
  const auto spec = parseSpecJson(R"({
    "domains": [{"name": "social", "weight": 2}, {"name": "personal"}],
    "indicators": [
      {"field": "bijstand_rate", "domain": "personal", "direction": "-", "weight": 1,
       "numerator": "bijstand", "denominator": "inwoners", "per": 1000},
      {"field": "kids", "domain": "social", "direction": "+", "weight": "0.5",
       "goal_min": 10, "goal_max": 50}
    ]})",
                                  "spec.json");
  ASSERT_EQ(spec.indicators.size(), 2u);
  EXPECT_TRUE(spec.indicators[0].isRate());
  EXPECT_EQ(spec.indicators[0].per, 1000.0);
  EXPECT_EQ(spec.indicators[1].weight, 0.5);
  EXPECT_EQ(spec.indicators[1].goalMax, 50.0);
  const auto domains = usedDomains(spec);
  EXPECT_EQ(domains[0].name, "social"); // the file's order
  EXPECT_EQ(domains[0].weight, 2.0);
  EXPECT_EQ(domains[1].weight, 1.0);
}

TEST(IndicatorSpec, JsonErrorsNameTheIndicator) {
  EXPECT_NE(errorOf([] {
              parseSpecJson("{\"indicators\": [", "spec.json");
            }).find("spec.json: not valid JSON"),
            std::string::npos);
  EXPECT_EQ(errorOf([] {
              parseSpecJson(R"({"indicators": [{"field": "a", "domain": "social",
                                "direction": "+", "weight": true}]})",
                            "spec.json");
            }),
            "spec.json indicator 1 ('a'): 'weight' must be a number");
  EXPECT_EQ(errorOf([] {
              parseSpecJson(R"({"indicators": [{"field": "a", "domain": "social",
                                "direction": "?"}]})",
                            "spec.json");
            }),
            "spec.json indicator 1 ('a'): direction must be \"+\" or \"-\"");
  EXPECT_EQ(errorOf([] {
              parseSpecJson(R"({"indicators": [{"field": "a", "domain": "social",
                                "direction": "+", "wieght": 2}]})",
                            "spec.json");
            }),
            "spec.json indicator 1 ('a'): unknown key 'wieght'");
  EXPECT_EQ(errorOf([] { parseSpecJson("[]", "spec.json"); }),
            "spec.json: expected a JSON object with \"indicators\" and \"domains\"");
  EXPECT_EQ(errorOf([] {
              parseSpecJson(R"({"indicators": [{"field": "a", "domain": "social",
                                "direction": "+", "goal_min": 3}]})",
                            "spec.json");
            }),
            "spec.json: indicator 'a': goalposts need both goal_min and goal_max");
}

TEST(IndicatorSpec, RequiredFieldsListEveryInputOnce) {
  CompositeSpec spec = richSpec();
  IndicatorSpec other("ww_per_1000", "personal", Direction::Negative, 1);
  other.numerator = "ww";
  other.denominator = "inhabitants";
  spec.indicators.push_back(other);
  EXPECT_EQ(requiredFields(spec),
            (std::vector<std::string>{"benefits", "inhabitants", "households \"single\"",
                                      "green, share", "ww"}));
}

TEST(IndicatorSpec, CsvAndJsonRoundTrip) {
  const CompositeSpec spec = richSpec();
  std::ostringstream csv;
  writeSpecCsv(spec, csv);
  expectSameSpec(spec, parseCsv(csv.str()));
  expectSameSpec(spec, parseSpecJson(writeSpecJson(spec), "written.json"));
}

TEST(IndicatorSpec, SavedSpecFilesGiveTheSameIndex) {
  CompositeInput input;
  input.fields["benefits"] = MaskedValues::fromDoubles({12, 30, 7, 25, 18});
  input.fields["inhabitants"] = MaskedValues::fromDoubles({1000, 1500, 900, 2000, 1200});
  input.fields["households \"single\""] = MaskedValues::fromDoubles({30, 41, 22, 35, 28});
  input.fields["green, share"] = MaskedValues::fromDoubles({12, 55, 70, 8, 31});
  const CompositeSpec spec = richSpec();
  CompositeOptions options;
  options.normalisation = NormalisationMethod::Rank;
  const auto base = computeCompositeIndex(input, spec, options);

  for (const char *name : {"composite_spec_roundtrip.csv", "composite_spec_roundtrip.json"}) {
    const std::string path = ::testing::TempDir() + name;
    writeSpecFile(spec, path);
    const auto again = computeCompositeIndex(input, readSpecFile(path), options);
    std::remove(path.c_str());
    ASSERT_EQ(again.domains, base.domains) << name;
    for (std::size_t i = 0; i < 5; ++i) {
      EXPECT_EQ(again.resilience.values[i], base.resilience.values[i]) << name;
      EXPECT_EQ(again.rank.values[i], base.rank.values[i]) << name;
      EXPECT_EQ(again.coverage.values[i], base.coverage.values[i]) << name;
      for (std::size_t d = 0; d < base.domains.size(); ++d)
        EXPECT_EQ(again.domainScores[d].values[i], base.domainScores[d].values[i]) << name;
    }
  }
  EXPECT_NE(errorOf([] { readSpecFile("/nonexistent/spec.csv"); }).find("/nonexistent/spec.csv"),
            std::string::npos);
}

// Issue 17 item 10: "sociaal" and "Sociaal" made two domains whose output fields collide (field
// names are case-insensitive), shifting the columns after them. Both declared with a weight (as a
// domain of one's own must be), they are refused, naming both spellings and the indicators that
// use them; one spelling is fine. A case variant of a known domain without a weight is an unknown
// domain (issue 12), refused as well.
TEST(IndicatorSpec, DomainsDifferingOnlyInCaseAreRefused) {
  CompositeSpec spec;
  spec.domains = {{"sociaal", 1.0}, {"Sociaal", 1.0}, {"fysiek", 1.0}};
  spec.indicators = {IndicatorSpec("a", "sociaal"), IndicatorSpec("b", "Sociaal"),
                     IndicatorSpec("c", "fysiek")};
  try {
    validateSpec(spec);
    FAIL() << "expected InputError";
  } catch (const InputError &e) {
    EXPECT_STREQ(e.what(), "the domains 'sociaal' and 'Sociaal' differ only in case, and output "
                           "field names do not: write one domain the same way everywhere "
                           "(indicators: a (sociaal), b (Sociaal))");
  }
  spec.indicators[1].domain = "sociaal";
  EXPECT_NO_THROW(validateSpec(spec));
  CompositeSpec variant;
  variant.indicators = {IndicatorSpec("a", "social"), IndicatorSpec("b", "Social")};
  EXPECT_THROW(validateSpec(variant), InputError);
}
