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

TEST(ParseColumn, OneWordKeepsTheColumnTextual) {
  const ParsedColumn column =
      parseColumn({Cell::ofText("1"), Cell::ofText("Tilburg"), Cell::ofText("x")},
                  NoDataRules::parse(NoDataRules::cbsDefault()));
  EXPECT_FALSE(column.numeric);
  EXPECT_EQ(column.firstNonNumeric, "Tilburg");
  EXPECT_EQ(column.isNoData[2], 1);
}

TEST(ParseColumn, WholeNumbersAreIntegral) {
  const auto rules = NoDataRules::parse(NoDataRules::cbsDefault());
  EXPECT_TRUE(parseColumn({Cell::ofText("1.234.567"), Cell::ofText("5")}, rules).integral);
  // A single separator is the decimal separator, so "1.234" is 1.234 and not whole.
  const ParsedColumn column = parseColumn({Cell::ofText("1.234"), Cell::ofText("5")}, rules);
  EXPECT_FALSE(column.integral);
  EXPECT_DOUBLE_EQ(column.values.values[0], 1.234);
}
