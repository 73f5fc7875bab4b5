#pragma once
// Errors the user can fix: each names what is wrong with the input (a field, a feature, a file),
// so the plugin can pass the message on unchanged as a QgsProcessingException.
#include <stdexcept>
#include <string>

namespace resilience {

class InputError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// The caller asked a long computation to stop (PermutationOptions::cancel): no result exists.
class Cancelled : public std::runtime_error {
public:
  Cancelled() : std::runtime_error("canceled") {}
};

} // namespace resilience
