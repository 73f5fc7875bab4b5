#pragma once
// Errors the user can fix: each names what is wrong with the input (a field, a feature, a file),
// so the plugin can pass the message on unchanged as a QgsProcessingException.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace resilience {

class InputError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// How a message names a feature known to the core only by its position: 1-based, in the order the
// features were read ("feature #1 (in reading order)"), so it is not mistaken for a QGIS feature
// id, which may start at 0 or 1 or have gaps.
inline std::string featureAtPosition(std::size_t index) {
  return "feature #" + std::to_string(index + 1) + " (in reading order)";
}

// The caller asked a long computation to stop (PermutationOptions::cancel): no result exists.
class Cancelled : public std::runtime_error {
public:
  Cancelled() : std::runtime_error("canceled") {}
};

} // namespace resilience
