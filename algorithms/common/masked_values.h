#pragma once
// A column of numbers with an explicit validity mask: NULL, non-finite and no-data values are
// invalid, and every statistic turns an invalid input into an invalid (NULL) output, never a
// number.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace resilience {

struct MaskedValues {
  std::vector<double> values;
  std::vector<std::uint8_t> valid; // 1 = usable value, 0 = NULL

  MaskedValues() = default;
  explicit MaskedValues(std::size_t n) : values(n, 0.0), valid(n, 0) {}
  // All finite values valid; NaN and infinities become NULL.
  static MaskedValues fromDoubles(const std::vector<double> &v) {
    MaskedValues m(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
      m.set(i, v[i]);
    return m;
  }

  std::size_t size() const { return values.size(); }
  bool isValid(std::size_t i) const { return valid[i] != 0; }
  void set(std::size_t i, double v) {
    const bool ok = std::isfinite(v);
    values[i] = ok ? v : 0.0;
    valid[i] = ok ? 1 : 0;
  }
  void setNull(std::size_t i) {
    values[i] = 0.0;
    valid[i] = 0;
  }
  std::size_t validCount() const {
    std::size_t c = 0;
    for (auto v : valid)
      c += v;
    return c;
  }
};

} // namespace resilience
