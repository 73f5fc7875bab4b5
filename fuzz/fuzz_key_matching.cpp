// Key normalisation: every mode must accept any byte string, and the canonical CBS form must be a
// fixed point (normalising a canonical code again gives the same code), so two spellings of one
// area can never end up with different keys.
#include "fuzz_input.h"
#include "io/key_matching.h"

#include <cstdlib>

using namespace resilience;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string raw = fuzz::asText(data, size);
  for (KeyMatching mode : {KeyMatching::Exact, KeyMatching::Trimmed, KeyMatching::Cbs}) {
    const NormalisedKey normalised = normaliseKey(raw, mode);
    if (!normalised.key && normalised.reason.empty())
      std::abort(); // a refused key must say why, for the unmatched-rows report
  }
  if (const auto code = canonicalCbsCode(raw)) {
    const auto again = canonicalCbsCode(*code);
    if (!again || *again != *code)
      std::abort();
  }
  return 0;
}
