#pragma once
// Normalises join keys so that the same area written in different ways matches.
// CBS (Statistics Netherlands) writes one municipality as "GM0855" (gwb_code_10), "0855"
// (gwb_code_8) or the number 855; wijken and buurten follow the same pattern with WK/BU prefixes
// and 6/8 digits. The cbs mode maps all of these to one canonical form ("GM0855", "WK085501",
// "BU08550101").
#include <optional>
#include <string>
#include <vector>

namespace resilience {

enum class KeyMatching {
  Exact,   // byte-for-byte equal
  Trimmed, // surrounding white space ignored, case-insensitive (ASCII)
  Cbs      // CBS area codes in any of their written forms
};

// The canonical form of a key, or nullopt when the key cannot be used (empty, or not a CBS code in
// cbs mode); reason then says why, for the unmatched-rows report.
struct NormalisedKey {
  std::optional<std::string> key;
  std::string reason;
};

NormalisedKey normaliseKey(const std::string &raw, KeyMatching mode);

// Canonical CBS code for a raw value such as " gm855 ", "0855", "855", "85501" or "BU08550101".
// Codes without prefix take their level from the number of digits: up to 4 a gemeente, 5-6 a wijk,
// 7-8 a buurt (leading zeros are often lost when a spreadsheet reads codes as numbers).
std::optional<std::string> canonicalCbsCode(const std::string &raw);

} // namespace resilience
