#pragma once
// Reading numbers the way Dutch statistical tables write them: decimal commas ("12,5"), thousands
// separators ("1.234.567", "1 234", "1,234.5"), and no-data markers (CBS writes "." for missing,
// "x" for confidential, "-" for not applicable, and sentinels such as -99999997 in numeric
// columns).
#include "common/masked_values.h"

#include <optional>
#include <string>
#include <vector>

namespace resilience {

// Parses one number. Separator rules: when both '.' and ',' occur, the last one is the decimal
// separator; a single ',' or '.' is the decimal separator; a separator that occurs more than once
// separates thousands (groups of three digits). Spaces (also U+00A0, U+202F) between digit groups
// are thousands separators. Returns nullopt for anything else, so text is never half-read.
std::optional<double> parseLocalisedNumber(const std::string &text);

// Values to read as NULL. Built from a user string such as ".;-;x;<=-99995": terms separated by
// ';', each either a marker compared after trimming and case-insensitively, or "<=N" / ">=N" for
// numeric sentinels.
struct NoDataRules {
  std::vector<std::string> markers;
  std::optional<double> atOrBelow;
  std::optional<double> atOrAbove;

  static NoDataRules parse(const std::string &spec);
  static const char *cbsDefault() { return ".;-;x;<=-99995"; }
  bool isMarker(const std::string &text) const;
  bool isSentinel(double value) const;
};

// One cell as a data provider gives it: NULL, a number (typed columns: XLSX, GeoPackage) or text
// (CSV and text columns).
struct Cell {
  enum class Kind { Null, Number, Text };
  Kind kind = Kind::Null;
  double number = 0.0;
  std::string text;

  static Cell null() { return {}; }
  static Cell ofNumber(double v) { return {Kind::Number, v, {}}; }
  static Cell ofText(std::string t) { return {Kind::Text, 0.0, std::move(t)}; }
};

// The verdict on one column: numeric when every cell that is not NULL or no-data reads as a number.
struct ParsedColumn {
  bool numeric = false;
  bool integral = false;              // numeric and every value a whole number within 64-bit range
  MaskedValues values;                // the numbers (numeric columns only)
  std::vector<std::uint8_t> isNoData; // 1 where a marker or sentinel was turned into NULL
  std::size_t noDataCount = 0;        // values set NULL by the rules (empty cells not counted)
  std::string firstNonNumeric;        // an example of text that kept the column textual
};

ParsedColumn parseColumn(const std::vector<Cell> &cells, const NoDataRules &rules);

} // namespace resilience
