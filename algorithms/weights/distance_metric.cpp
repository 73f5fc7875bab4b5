#include "weights/distance_metric.h"

#include "common/input_error.h"

#include <cmath>
#include <sstream>

namespace resilience {

DistanceMetric DistanceMetric::ellipsoidal(double semiMajorAxis, double flattening) {
  if (!(semiMajorAxis > 0.0) || !(flattening >= 0.0 && flattening < 1.0))
    throw InputError(
        "ellipsoid: the semi-major axis must be positive and the flattening in [0, 1)");
  DistanceMetric m;
  m.ellipsoidal_ = true;
  m.a_ = semiMajorAxis;
  m.f_ = flattening;
  geod_init(&m.geodesic_, semiMajorAxis, flattening);
  return m;
}

double DistanceMetric::distance(double x1, double y1, double x2, double y2) const {
  if (!ellipsoidal_) {
    const double dx = x1 - x2, dy = y1 - y2;
    return std::sqrt(dx * dx + dy * dy); // as spdep's C code, so band thresholds compare equal
  }
  double s12 = 0.0;
  geod_inverse(&geodesic_, y1, x1, y2, x2, &s12, nullptr, nullptr);
  return s12;
}

std::array<double, 3> DistanceMetric::embed(double x, double y) const {
  if (!ellipsoidal_)
    return {x, y, 0.0};
  constexpr double degree = 3.14159265358979323846 / 180.0;
  const double lat = y * degree, lon = x * degree;
  const double e2 = f_ * (2.0 - f_);
  const double n = a_ / std::sqrt(1.0 - e2 * std::sin(lat) * std::sin(lat));
  return {n * std::cos(lat) * std::cos(lon), n * std::cos(lat) * std::sin(lon),
          n * (1.0 - e2) * std::sin(lat)};
}

void DistanceMetric::validate(double x, double y, std::size_t feature) const {
  if (ellipsoidal_ && (std::abs(y) > 90.0 || std::abs(x) > 540.0))
    throw InputError(featureAtPosition(feature) + ": (" + std::to_string(x) + ", " +
                     std::to_string(y) +
                     ") is not a longitude/latitude in degrees; the layer looks projected, use "
                     "planar distances");
}

std::string DistanceMetric::describe() const {
  if (!ellipsoidal_)
    return "planar distance (map units)";
  std::ostringstream s;
  s.precision(12);
  s << "ellipsoidal distance (m; a=" << a_ << ", f=" << f_ << ")";
  return s.str();
}

} // namespace resilience
