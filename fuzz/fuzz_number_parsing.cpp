// Number parsing: parseLocalisedNumber on arbitrary text, NoDataRules::parse on a rule string,
// and parseColumn on cells cut from the input (text before the first NUL is the rule string, the
// rest is split at newlines into text cells; cells that read as numbers also go in typed).
#include "common/input_error.h"
#include "fuzz_input.h"
#include "io/number_parsing.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

using namespace resilience;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string text = fuzz::asText(data, size);
  if (const auto number = parseLocalisedNumber(text); number && std::isnan(*number))
    std::abort(); // NaN is never a number a table meant

  const auto [ruleText, cellText] = fuzz::splitAtNul(text);
  NoDataRules rules;
  try {
    rules = NoDataRules::parse(ruleText);
  } catch (const InputError &) {
    rules = NoDataRules::parse(NoDataRules::cbsDefault());
  }

  std::vector<Cell> cells;
  std::istringstream lines(cellText);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty())
      cells.push_back(Cell::null());
    else if (const auto number = parseLocalisedNumber(line); number && line.size() % 2)
      cells.push_back(Cell::ofNumber(*number));
    else
      cells.push_back(Cell::ofText(line));
  }
  try {
    const ParsedColumn column = parseColumn(cells, rules);
    if (column.numeric && column.values.size() != cells.size())
      std::abort();
  } catch (const InputError &) {
  }
  return 0;
}
