// Composite-index spec files: the same bytes go to the CSV and the JSON reader. Whatever a
// reader accepts must pass validateSpec or be refused by it with an InputError, and must survive
// a write/read round trip in its own format.
#include "common/input_error.h"
#include "fuzz_input.h"
#include "scoring/indicator_spec.h"

#include <cstdlib>
#include <sstream>

using namespace resilience;

namespace {

void checkAccepted(const CompositeSpec &spec) {
  try {
    validateSpec(spec);
  } catch (const InputError &) {
    return;
  }
  usedDomains(spec);
  requiredFields(spec);
  std::stringstream csv;
  writeSpecCsv(spec, csv);
  if (parseSpecCsv(csv, "round trip").indicators.size() != spec.indicators.size())
    std::abort();
  if (parseSpecJson(writeSpecJson(spec), "round trip").indicators.size() != spec.indicators.size())
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string text = fuzz::asText(data, size);
  try {
    std::istringstream in(text);
    checkAccepted(parseSpecCsv(in, "fuzz.csv"));
  } catch (const InputError &) {
  }
  try {
    checkAccepted(parseSpecJson(text, "fuzz.json"));
  } catch (const InputError &) {
  }
  return 0;
}
