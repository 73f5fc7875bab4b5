#include "io/number_parsing.h"

#include "common/ascii_text.h"
#include "common/input_error.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <sstream>

namespace resilience {

namespace {

// Replaces the UTF-8 no-break spaces used as thousands separators by a plain space.
std::string withPlainSpaces(std::string s) {
  for (const char *nbsp : {"\xC2\xA0", "\xE2\x80\xAF"}) {
    const std::string needle(nbsp);
    for (auto pos = s.find(needle); pos != std::string::npos; pos = s.find(needle, pos))
      s.replace(pos, needle.size(), " ");
  }
  return s;
}

// Checks that a thousands separator splits the integer part into a 1-3 digit head and 3-digit
// groups.
bool validGrouping(const std::string &integerPart, char separator) {
  std::size_t start = 0, groups = 0;
  while (true) {
    const auto pos = integerPart.find(separator, start);
    const std::string group =
        integerPart.substr(start, pos == std::string::npos ? pos : pos - start);
    if (group.empty() || (groups == 0 ? group.size() > 3 || group[0] == '0' : group.size() != 3))
      return false;
    ++groups;
    if (pos == std::string::npos)
      return groups > 1;
    start = pos + 1;
  }
}

std::string removed(std::string s, char c) {
  s.erase(std::remove(s.begin(), s.end(), c), s.end());
  return s;
}

std::optional<double> finiteNumber(const char *begin, const char *end) {
  double value = 0.0;
  const auto result = std::from_chars(begin, end, value);
  if (result.ec != std::errc() || result.ptr != end || !std::isfinite(value))
    return std::nullopt;
  return value;
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// The common cell, plain ASCII "[+-]digits[.digits]" with nothing around it, read without the
// general rules' copies of the text (a table of a million rows has its cells read three times):
// the value those rules give, or no answer (nullopt) for text of another form.
std::optional<std::optional<double>> plainDecimal(const std::string &text, DecimalSeparator given) {
  const std::size_t n = text.size();
  std::size_t i = n > 0 && (text[0] == '+' || text[0] == '-') ? 1 : 0;
  const std::size_t headBegin = i;
  while (i < n && isDigit(text[i]))
    ++i;
  const std::size_t headEnd = i;
  if (headEnd == headBegin)
    return std::nullopt;
  const bool hasDot = headEnd < n;
  if (hasDot) {
    if (text[i] != '.')
      return std::nullopt;
    ++i;
    const std::size_t tailBegin = i;
    while (i < n && isDigit(text[i]))
      ++i;
    if (i != n || i == tailBegin)
      return std::nullopt;
  }
  if (hasDot && given == DecimalSeparator::Comma) {
    // The dot can only be a thousands separator: "1.234" is 1234; "34.5" and "0.123" are no
    // number (a 1-3 digit head without a leading zero, then a group of three).
    const std::size_t head = headEnd - headBegin, tail = n - headEnd - 1;
    if (head > 3 || text[headBegin] == '0' || tail != 3)
      return std::optional<double>();
    const std::size_t from = text[0] == '-' ? 0 : headBegin; // the sign, unless a '+'
    std::string digits = text.substr(from, headEnd - from) + text.substr(headEnd + 1);
    return finiteNumber(digits.data(), digits.data() + digits.size());
  }
  return finiteNumber(text.data() + (text[0] == '+' ? 1 : 0), text.data() + n);
}

} // namespace

bool hasLeadingZero(const std::string &input) {
  std::string text = trimmed(input);
  if (!text.empty() && (text[0] == '-' || text[0] == '+'))
    text = text.substr(1);
  return text.size() > 1 && text[0] == '0' &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::optional<double> parseLocalisedNumber(const std::string &input, DecimalSeparator given) {
  if (const std::optional<std::optional<double>> plain = plainDecimal(input, given))
    return *plain;
  std::string text = trimmed(withPlainSpaces(input));
  if (text.empty())
    return std::nullopt;
  std::string sign;
  if (text[0] == '-' || text[0] == '+') {
    sign = text.substr(0, 1);
    text = trimmed(text.substr(1));
  }
  // Split off an exponent so separators are only interpreted in the mantissa.
  std::string exponent;
  const auto e = text.find_first_of("eE");
  if (e != std::string::npos) {
    exponent = text.substr(e);
    text = text.substr(0, e);
  }
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](unsigned char c) {
        return std::isdigit(c) || c == '.' || c == ',' || c == ' ';
      }))
    return std::nullopt;

  const auto dots = std::count(text.begin(), text.end(), '.');
  const auto commas = std::count(text.begin(), text.end(), ',');
  char decimal = 0, thousands = 0;
  if (given != DecimalSeparator::Auto) {
    const char d = given == DecimalSeparator::Point ? '.' : ',';
    const char t = given == DecimalSeparator::Point ? ',' : '.';
    if ((d == '.' ? dots : commas) > 1)
      return std::nullopt;
    decimal = (d == '.' ? dots : commas) ? d : 0;
    thousands = (t == '.' ? dots : commas) ? t : 0;
  } else if (dots && commas) {
    decimal = text.find_last_of(".,") == text.rfind('.') ? '.' : ',';
    thousands = decimal == '.' ? ',' : '.';
  } else if (dots + commas == 1) {
    decimal = dots ? '.' : ',';
  } else if (dots + commas > 1) {
    thousands = dots ? '.' : ',';
  }
  const auto decimalPos = decimal ? text.rfind(decimal) : std::string::npos;
  std::string integerPart = text.substr(0, decimalPos);
  std::string fraction = decimalPos == std::string::npos ? "" : text.substr(decimalPos + 1);
  if (fraction.find_first_of(".,") != std::string::npos || fraction.find(' ') != std::string::npos)
    return std::nullopt;
  const char groupSeparator = integerPart.find(' ') != std::string::npos ? ' ' : thousands;
  if (groupSeparator) {
    if ((thousands && groupSeparator == ' ' && integerPart.find(thousands) != std::string::npos) ||
        !validGrouping(integerPart, groupSeparator))
      return std::nullopt;
    integerPart = removed(integerPart, groupSeparator);
  }
  if (integerPart.empty() && fraction.empty())
    return std::nullopt;

  const std::string canonical = sign + (integerPart.empty() ? "0" : integerPart) +
                                (fraction.empty() ? "" : "." + fraction) + exponent;
  return finiteNumber(canonical.data() + (sign == "+" ? 1 : 0),
                      canonical.data() + canonical.size());
}

NoDataRules NoDataRules::parse(const std::string &spec) {
  NoDataRules rules;
  std::size_t start = 0;
  while (start <= spec.size()) {
    const auto end = spec.find(';', start);
    const std::string term =
        trimmed(spec.substr(start, end == std::string::npos ? end : end - start));
    if (term.rfind("<=", 0) == 0 || term.rfind(">=", 0) == 0) {
      const auto threshold = parseLocalisedNumber(term.substr(2));
      if (!threshold)
        throw InputError("no-data rule '" + term + "': expected a number after " +
                         term.substr(0, 2));
      (term[0] == '<' ? rules.atOrBelow : rules.atOrAbove) = *threshold;
    } else if (!term.empty()) {
      rules.markers.push_back(asciiLower(term));
    }
    if (end == std::string::npos)
      break;
    start = end + 1;
  }
  return rules;
}

bool NoDataRules::isMarker(const std::string &text) const {
  const std::string t = asciiLower(trimmed(text));
  return std::find(markers.begin(), markers.end(), t) != markers.end();
}

bool NoDataRules::isSentinel(double value) const {
  return (atOrBelow && value <= *atOrBelow) || (atOrAbove && value >= *atOrAbove);
}

std::vector<std::size_t> nullSentinels(MaskedValues &column, const NoDataRules &rules) {
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < column.size(); ++i)
    if (column.isValid(i) && rules.isSentinel(column.values[i])) {
      column.setNull(i);
      positions.push_back(i);
    }
  return positions;
}

namespace {

// The text cells a separator decides: not empty, not a no-data marker.
bool decides(const Cell &cell, const NoDataRules &rules) {
  return cell.kind == Cell::Kind::Text && !trimmed(cell.text).empty() && !rules.isMarker(cell.text);
}

struct SeparatorChoice {
  DecimalSeparator decimal = DecimalSeparator::Auto;
  std::string note;
  bool mixed = false; // neither reading, or an ambiguity in both characters: not a number column
};

SeparatorChoice chooseSeparator(const std::vector<Cell> &cells, const NoDataRules &rules) {
  bool pointReadsAll = true, commaReadsAll = true;
  std::string differing; // a cell the two readings read differently
  bool differsWithDot = false, differsWithComma = false;
  for (const Cell &cell : cells) {
    if (!decides(cell, rules))
      continue;
    const auto point = parseLocalisedNumber(cell.text, DecimalSeparator::Point);
    const auto comma = parseLocalisedNumber(cell.text, DecimalSeparator::Comma);
    pointReadsAll = pointReadsAll && point.has_value();
    commaReadsAll = commaReadsAll && comma.has_value();
    if (point && comma && *point != *comma) {
      if (differing.empty())
        differing = cell.text;
      differsWithDot = differsWithDot || cell.text.find('.') != std::string::npos;
      differsWithComma = differsWithComma || cell.text.find(',') != std::string::npos;
    }
  }
  SeparatorChoice choice;
  if (pointReadsAll && !commaReadsAll) {
    choice.decimal = DecimalSeparator::Point;
  } else if (commaReadsAll && !pointReadsAll) {
    choice.decimal = DecimalSeparator::Comma;
  } else if (pointReadsAll && commaReadsAll) {
    if (differing.empty())
      return choice; // no cell depends on the choice
    if (differsWithDot && differsWithComma) {
      choice.mixed = true;
      choice.note = "'.' and ',' each occur once with three digits after them (e.g. '" + differing +
                    "'): the decimal separator cannot be decided";
      return choice;
    }
    const char thousands = differsWithDot ? '.' : ',';
    choice.decimal = differsWithDot ? DecimalSeparator::Comma : DecimalSeparator::Point;
    std::ostringstream read;
    read.precision(15);
    read << *parseLocalisedNumber(differing, choice.decimal);
    choice.note = std::string("'") + thousands +
                  "' could be read as a decimal or a thousands separator; read as the thousands "
                  "separator (every such cell has one, with three digits after it): '" +
                  differing + "' = " + read.str();
  } else {
    choice.mixed = true;
  }
  return choice;
}

} // namespace

ParsedColumn parseColumn(const std::vector<Cell> &cells, const NoDataRules &rules,
                         DecimalSeparator decimal) {
  ParsedColumn column;
  column.values = MaskedValues(cells.size());
  column.isNoData.assign(cells.size(), 0);
  // A code with a leading zero keeps the whole column textual, before any separator is chosen.
  for (const Cell &cell : cells)
    if (decides(cell, rules) && hasLeadingZero(cell.text)) {
      column.firstNonNumeric = cell.text;
      column.textReason = "'" + cell.text + "' has a leading zero (a code, not a number)";
      return column;
    }
  if (decimal == DecimalSeparator::Auto) {
    const SeparatorChoice choice = chooseSeparator(cells, rules);
    if (choice.mixed && !choice.note.empty()) {
      column.textReason = choice.note;
      for (const Cell &cell : cells)
        if (decides(cell, rules)) {
          column.firstNonNumeric = cell.text;
          break;
        }
      return column;
    }
    // Mixed without a note: some cell reads under neither choice alone; the per-cell reading
    // below then finds the text that is no number, or reads "1,5" and "2.25" each as decimals.
    decimal = choice.mixed ? DecimalSeparator::Auto : choice.decimal;
    column.separatorNote = choice.note;
  }
  column.decimal = decimal;
  bool anyNumber = false, allNumeric = true, allIntegral = true;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const Cell &cell = cells[i];
    std::optional<double> value;
    if (cell.kind == Cell::Kind::Number) {
      value = cell.number;
    } else if (cell.kind == Cell::Kind::Text) {
      if (trimmed(cell.text).empty())
        continue;
      if (rules.isMarker(cell.text)) {
        column.isNoData[i] = 1;
        continue;
      }
      value = parseLocalisedNumber(cell.text, decimal);
      if (!value) {
        if (allNumeric)
          column.firstNonNumeric = cell.text;
        allNumeric = false;
        continue;
      }
    } else {
      continue;
    }
    if (!std::isfinite(*value) || rules.isSentinel(*value)) {
      column.isNoData[i] = 1;
      continue;
    }
    anyNumber = true;
    allIntegral = allIntegral && std::floor(*value) == *value && std::fabs(*value) < 9.0e15;
    column.values.set(i, *value);
  }
  column.numeric = anyNumber && allNumeric;
  column.integral = column.numeric && allIntegral;
  if (!column.numeric) {
    // Text keeps its cells: "x" and "-" are words there, not no-data markers.
    column.values = MaskedValues(cells.size());
    column.isNoData.assign(cells.size(), 0);
    column.separatorNote.clear();
    column.decimal = DecimalSeparator::Auto;
    return column;
  }
  for (auto flag : column.isNoData)
    column.noDataCount += flag;
  return column;
}

} // namespace resilience
