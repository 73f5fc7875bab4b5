#include "io/number_parsing.h"

#include "common/input_error.h"

#include <gtest/gtest.h>

using namespace resilience;

TEST(LocalisedNumbers, DecimalCommaAndThousandsSeparators) {
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("12,5"), 12.5);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("12.5"), 12.5);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1.234,5"), 1234.5);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1,234.5"), 1234.5);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1.234.567"), 1234567.0);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1 234 567"), 1234567.0);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1\xC2\xA0"
                                         "234,25"),
                   1234.25);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("-0,75"), -0.75);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("+3"), 3.0);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1,5e3"), 1500.0);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("-99999997"), -99999997.0);
}

TEST(LocalisedNumbers, TextAndMalformedGroupsAreNotNumbers) {
  for (const char *bad : {"", "x", ".", "12,5 %", "1.23.4", "12 34", "1,2,3,4", "GM0855",
                          "1.234,5,6", "inf", "nan", "--1"})
    EXPECT_FALSE(parseLocalisedNumber(bad).has_value()) << bad;
}

TEST(NoDataRules, CbsDefaultCoversMarkersAndSentinels) {
  const auto rules = NoDataRules::parse(NoDataRules::cbsDefault());
  EXPECT_TRUE(rules.isMarker("."));
  EXPECT_TRUE(rules.isMarker(" X "));
  EXPECT_TRUE(rules.isMarker("-"));
  EXPECT_FALSE(rules.isMarker("0"));
  EXPECT_TRUE(rules.isSentinel(-99999997.0));
  EXPECT_TRUE(rules.isSentinel(-99995.0));
  EXPECT_FALSE(rules.isSentinel(-99994.0));
  EXPECT_THROW(NoDataRules::parse("<=abc"), InputError);
}

TEST(ParseColumn, NumericApartFromMarkersBecomesNumeric) {
  const auto rules = NoDataRules::parse(NoDataRules::cbsDefault());
  const std::vector<Cell> cells = {Cell::ofText("12,5"),      Cell::ofText("."),   Cell::ofText(""),
                                   Cell::ofText("-99999999"), Cell::ofNumber(3.0), Cell::null()};
  const ParsedColumn column = parseColumn(cells, rules);
  EXPECT_TRUE(column.numeric);
  EXPECT_FALSE(column.integral);
  EXPECT_DOUBLE_EQ(column.values.values[0], 12.5);
  EXPECT_FALSE(column.values.isValid(1));
  EXPECT_FALSE(column.values.isValid(2));
  EXPECT_FALSE(column.values.isValid(3));
  EXPECT_DOUBLE_EQ(column.values.values[4], 3.0);
  EXPECT_EQ(column.noDataCount, 2u); // "." and the sentinel; the empty cell was already empty
}

// A text column keeps its cells: "x" is a word there, not a no-data marker (issue 17 item 9).
TEST(ParseColumn, OneWordKeepsTheColumnTextualAndItsMarkers) {
  const ParsedColumn column =
      parseColumn({Cell::ofText("1"), Cell::ofText("Tilburg"), Cell::ofText("x")},
                  NoDataRules::parse(NoDataRules::cbsDefault()));
  EXPECT_FALSE(column.numeric);
  EXPECT_EQ(column.firstNonNumeric, "Tilburg");
  EXPECT_EQ(column.isNoData[2], 0);
  EXPECT_EQ(column.noDataCount, 0u);
}

TEST(ParseColumn, WholeNumbersAreIntegral) {
  const auto rules = NoDataRules::parse(NoDataRules::cbsDefault());
  EXPECT_TRUE(parseColumn({Cell::ofText("1.234.567"), Cell::ofText("5")}, rules).integral);
  // "1.234" beside "5": '.' could be either separator; read as thousands (the column rule).
  const ParsedColumn column = parseColumn({Cell::ofText("1.234"), Cell::ofText("5")}, rules);
  EXPECT_TRUE(column.integral);
  EXPECT_DOUBLE_EQ(column.values.values[0], 1234.0);
  // "1.25" can only be a decimal point: the column reads "1.234" as 1.234 too.
  const ParsedColumn decimals = parseColumn({Cell::ofText("1.234"), Cell::ofText("1.25")}, rules);
  EXPECT_FALSE(decimals.integral);
  EXPECT_DOUBLE_EQ(decimals.values.values[0], 1.234);
  EXPECT_EQ(decimals.decimal, DecimalSeparator::Point);
  EXPECT_TRUE(decimals.separatorNote.empty());
}

// Issue 17 item 8: "850", "1.200", "1.234.567" were read 850, 1.2 and 1234567. "1.234.567" can
// only have '.' as thousands separator, so the column's decimal separator is ',' and "1.200" is
// 1200.
TEST(ParseColumn, OneSeparatorRuleForTheWholeColumn) {
  const auto rules = NoDataRules::parse(NoDataRules::cbsDefault());
  const ParsedColumn c =
      parseColumn({Cell::ofText("850"), Cell::ofText("1.200"), Cell::ofText("1.234.567")}, rules);
  ASSERT_TRUE(c.numeric);
  EXPECT_EQ(c.decimal, DecimalSeparator::Comma);
  EXPECT_DOUBLE_EQ(c.values.values[0], 850.0);
  EXPECT_DOUBLE_EQ(c.values.values[1], 1200.0);
  EXPECT_DOUBLE_EQ(c.values.values[2], 1234567.0);
  EXPECT_TRUE(c.separatorNote.empty()); // decided by "1.234.567", not by the rule
  // The same with a decimal comma elsewhere in the column: "12,5" decides.
  const ParsedColumn d = parseColumn({Cell::ofText("1.200"), Cell::ofText("12,5")}, rules);
  EXPECT_DOUBLE_EQ(d.values.values[0], 1200.0);
  EXPECT_DOUBLE_EQ(d.values.values[1], 12.5);
}

// A Dutch inhabitants column: "40.222" and "850" read either way; the rule reads '.' as the
// thousands separator and says so.
TEST(ParseColumn, AnAmbiguousColumnIsReadByTheRuleAndReported) {
  const ParsedColumn c =
      parseColumn({Cell::ofText("40.222"), Cell::ofText("850"), Cell::ofText("7.015")},
                  NoDataRules::parse(NoDataRules::cbsDefault()));
  ASSERT_TRUE(c.numeric);
  EXPECT_DOUBLE_EQ(c.values.values[0], 40222.0);
  EXPECT_DOUBLE_EQ(c.values.values[2], 7015.0);
  EXPECT_TRUE(c.integral);
  EXPECT_EQ(c.separatorNote, "'.' could be read as a decimal or a thousands separator; read as "
                             "the thousands separator (every such cell has one, with three digits "
                             "after it): '40.222' = 40222");
  // "0.125" has no thousands reading (a group never starts with 0): the point is decimal.
  const ParsedColumn p = parseColumn({Cell::ofText("40.222"), Cell::ofText("0.125")},
                                     NoDataRules::parse(NoDataRules::cbsDefault()));
  EXPECT_DOUBLE_EQ(p.values.values[0], 40.222);
  // "1.234" and "5,678": each character once with three digits: no rule can decide, text.
  const ParsedColumn both = parseColumn({Cell::ofText("1.234"), Cell::ofText("5,678")},
                                        NoDataRules::parse(NoDataRules::cbsDefault()));
  EXPECT_FALSE(both.numeric);
  EXPECT_NE(both.textReason.find("cannot be decided"), std::string::npos) << both.textReason;
}

// Issue 17 item 9: "0738" (an old municipality code) kept as text with its zero; the column's
// "x" and "-" stay text too.
TEST(ParseColumn, LeadingZerosKeepTheColumnText) {
  EXPECT_TRUE(hasLeadingZero("0738"));
  EXPECT_TRUE(hasLeadingZero(" 007 "));
  EXPECT_FALSE(hasLeadingZero("0"));
  EXPECT_FALSE(hasLeadingZero("0,5"));
  EXPECT_FALSE(hasLeadingZero("738"));
  const ParsedColumn c = parseColumn({Cell::ofText("0738"), Cell::ofText("855"), Cell::ofText("x")},
                                     NoDataRules::parse(NoDataRules::cbsDefault()));
  EXPECT_FALSE(c.numeric);
  EXPECT_EQ(c.firstNonNumeric, "0738");
  EXPECT_EQ(c.isNoData[2], 0);
  EXPECT_NE(c.textReason.find("leading zero"), std::string::npos);
}

TEST(LocalisedNumbers, AGivenDecimalSeparator) {
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1.200", DecimalSeparator::Comma), 1200.0);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1.200", DecimalSeparator::Point), 1.2);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1,200", DecimalSeparator::Point), 1200.0);
  EXPECT_DOUBLE_EQ(*parseLocalisedNumber("1.234,5", DecimalSeparator::Comma), 1234.5);
  EXPECT_FALSE(parseLocalisedNumber("1.234,5", DecimalSeparator::Point).has_value());
  EXPECT_FALSE(parseLocalisedNumber("1.234.567", DecimalSeparator::Point).has_value());
  EXPECT_FALSE(parseLocalisedNumber("1.2", DecimalSeparator::Comma).has_value());
}

// The CBS sentinels in a numeric field read from a layer: -99999997 and -99995 itself become NULL
// under "<=-99995", -99994 and values already NULL stay as they were.
TEST(NoDataRules, SentinelsInANumericColumnBecomeNull) {
  MaskedValues column;
  column.values = {12.5, -99999997, -99994, -99995, 0, -99999999};
  column.valid = {1, 1, 1, 1, 1, 0};
  const std::vector<std::size_t> nulled = nullSentinels(column, NoDataRules::parse("<=-99995"));
  EXPECT_EQ(nulled, (std::vector<std::size_t>{1, 3}));
  EXPECT_EQ(column.valid, (std::vector<std::uint8_t>{1, 0, 1, 0, 1, 0}));
  EXPECT_DOUBLE_EQ(column.values[2], -99994);
  EXPECT_TRUE(nullSentinels(column, NoDataRules::parse(".;x")).empty()) << "markers only";
  EXPECT_EQ(nullSentinels(column, NoDataRules::parse(">=12")), (std::vector<std::size_t>{0}));
}

// Plain "[+-]digits[.digits]" cells take a short way through the parser (a million-row table
// is read three times per cell); they must read as the general rules read them, under each
// separator: with ',' as the decimal separator a '.' can only separate thousands.
TEST(LocalisedNumbers, PlainDecimalsUnderEachSeparator) {
  struct Case {
    const char *text;
    std::optional<double> point, comma, automatic;
  };
  const Case cases[] = {
      {"34.5", 34.5, std::nullopt, 34.5},
      {"1.234", 1.234, 1234.0, 1.234},
      {"-1.234", -1.234, -1234.0, -1.234},
      {"+1.234", 1.234, 1234.0, 1.234},
      {"0.123", 0.123, std::nullopt, 0.123},          // a group head has no leading zero
      {"1234.567", 1234.567, std::nullopt, 1234.567}, // a head has at most three digits
      {"12.34", 12.34, std::nullopt, 12.34},          // a group has three digits
      {"+7", 7.0, 7.0, 7.0},
      {"007", 7.0, 7.0, 7.0},
      {"-0", 0.0, 0.0, 0.0},
      {"5.", 5.0, std::nullopt, 5.0}, // not plain: the general rules read it
      {"1.2.3", std::nullopt, std::nullopt, std::nullopt},
      {"-", std::nullopt, std::nullopt, std::nullopt},
  };
  for (const Case &c : cases) {
    EXPECT_EQ(parseLocalisedNumber(c.text, DecimalSeparator::Point), c.point) << c.text;
    EXPECT_EQ(parseLocalisedNumber(c.text, DecimalSeparator::Comma), c.comma) << c.text;
    EXPECT_EQ(parseLocalisedNumber(c.text, DecimalSeparator::Auto), c.automatic) << c.text;
  }
}
