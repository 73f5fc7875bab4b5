#pragma once
// How far apart two points are: planar (Euclidean, map units) or ellipsoidal (geodesic metres on
// the caller's ellipsoid, x = longitude and y = latitude in degrees, Karney's algorithm through
// PROJ's geod_inverse). The metric is always explicit, so lon/lat input is never measured in
// degrees by accident.
#include <geodesic.h>

#include <array>
#include <string>

namespace resilience {

class DistanceMetric {
public:
  static DistanceMetric planar() { return DistanceMetric(); }
  // a: semi-major axis (m), f: flattening (e.g. WGS84 6378137, 1/298.257223563).
  static DistanceMetric ellipsoidal(double semiMajorAxis, double flattening);

  bool isEllipsoidal() const { return ellipsoidal_; }
  double distance(double x1, double y1, double x2, double y2) const;
  // A 3-D embedding whose straight-line distance never exceeds distance() (planar: (x, y, 0);
  // ellipsoidal: earth-centred coordinates on the ellipsoid, where a chord is never longer than the
  // geodesic), so a Euclidean index gives exact candidate sets for either metric.
  std::array<double, 3> embed(double x, double y) const;
  // Throws InputError naming the feature if (x, y) is not a valid coordinate for this metric.
  void validate(double x, double y, std::size_t feature) const;
  std::string describe() const;

private:
  DistanceMetric() = default;
  bool ellipsoidal_ = false;
  double a_ = 0.0, f_ = 0.0;
  geod_geodesic geodesic_{};
};

} // namespace resilience
