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

// Which character separates the decimals. Auto decides per number (below); a column decides once
// for all its cells (parseColumn).
enum class DecimalSeparator { Auto, Point, Comma };

// Parses one number. Auto separator rules: when both '.' and ',' occur, the last one is the
// decimal separator; a single ',' or '.' is the decimal separator; a separator that occurs more
// than once separates thousands (groups of three digits, the first not starting with 0). With
// Point or Comma given, that character is the decimal separator (at most once) and the other one
// separates thousands. Spaces (also U+00A0, U+202F) between digit groups are thousands
// separators. Returns nullopt for anything else, so text is never half-read.
std::optional<double> parseLocalisedNumber(const std::string &text,
                                           DecimalSeparator decimal = DecimalSeparator::Auto);

// Text that is a code, not a number: digits with a leading zero ("0738", "007"), as old
// municipality codes, postcodes and phone numbers are written. A number never starts so.
bool hasLeadingZero(const std::string &text);

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

// Sets NULL the valid values of `column` that `rules` read as sentinels (<=N, >=N) and returns
// their positions in order: a numeric field read from a layer, after the fact.
std::vector<std::size_t> nullSentinels(MaskedValues &column, const NoDataRules &rules);

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

// The verdict on one column: numeric when every cell that is not NULL or no-data reads as a number
// with one decimal separator for the whole column, and no cell is a code with a leading zero.
// Text columns keep every cell as it is: the no-data rules apply to numeric columns only.
struct ParsedColumn {
  bool numeric = false;
  bool integral = false;              // numeric and every value a whole number within 64-bit range
  MaskedValues values;                // the numbers (numeric columns only)
  std::vector<std::uint8_t> isNoData; // 1 where a marker or sentinel was turned into NULL
  std::size_t noDataCount = 0;        // values set NULL by the rules (empty cells not counted)
  std::string firstNonNumeric;        // an example of text that kept the column textual
  std::string textReason;             // why a column that looked numeric stayed text
  // The decimal separator the column was read with: Auto when no cell needed a choice (no
  // separators, or typed numbers only).
  DecimalSeparator decimal = DecimalSeparator::Auto;
  // Non-empty when cells could be read both ways and a rule decided: the rule and an example.
  std::string separatorNote;
};

// decimal = Auto decides the separator from all text cells: the one reading under which every
// cell is a number. When both readings hold (each separator occurs once with three digits after
// it, as in "40.222" or "1,234"), that character is read as the thousands separator (counts above
// a thousand are far more common in such tables than numbers with exactly three decimals and none
// below 1), and separatorNote says so. Cells that only one reading of mixed columns accepts make
// no numeric column.
ParsedColumn parseColumn(const std::vector<Cell> &cells, const NoDataRules &rules,
                         DecimalSeparator decimal = DecimalSeparator::Auto);

} // namespace resilience
