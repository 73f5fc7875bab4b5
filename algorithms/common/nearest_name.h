#pragma once
// Which known name a mistyped one was meant to be ("PERMUTATONS" -> "PERMUTATIONS", "hotspot" ->
// "hotspots"), so a refusal can say what to write instead.
#include <string>
#include <vector>

namespace resilience {

// The known name closest to `unknown` by edit distance (insertions, deletions, substitutions and
// swaps of neighbouring letters), ignoring ASCII case; ties go to the earlier name. Empty when
// `known` is empty or nothing is close: more than half of the longer name would have to change.
std::string nearestName(const std::string &unknown, const std::vector<std::string> &known);

// "PERMUTATONS is not a parameter of resilience:hotspots; did you mean PERMUTATIONS?": the
// sentence's tail for unknown, " (known: a, b, c)" when no known name is close.
std::string didYouMean(const std::string &unknown, const std::vector<std::string> &known);

} // namespace resilience
