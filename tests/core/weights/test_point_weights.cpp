// Distance-based weights against spdep (knearneigh/knn2nb, dnearneigh) and the kernel weights of
// testdata/spdep/reference.R (kernel_smooth), on Columbus (dbf X/Y, planar) and North Carolina
// (GEOS centroids of the counties projected to EPSG:32119, as st_centroid(st_transform(nc,
// 32119))).
#include "common/input_error.h"
#include "weights/point_weights.h"
#include "weights/representative_points.h"
#include "weights_test_support.h"

#include <geodesic.h>
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <tuple>

using namespace resilience;
using namespace resilience::testing;

namespace {

struct Points {
  std::vector<double> x, y;
};

Points columbusXY() { // the X, Y columns of columbus.dbf (spdep: cbind(col$X, col$Y))
  const TestLayer layer = readTestLayer("columbus.shp", "", {"X", "Y"});
  Points p;
  for (std::size_t i = 0; i < layer.wkb.size(); ++i) {
    p.x.push_back(std::stod(layer.fields[0][i]));
    p.y.push_back(std::stod(layer.fields[1][i]));
  }
  return p;
}

Points ncProjectedCentroids() {
  const TestLayer nc = readTestLayer("nc.gpkg", "", {}, 32119);
  const auto c = representativePoints(nc.wkb, RepresentativePoint::Centroid);
  EXPECT_TRUE(c.report.repaired.empty());
  return {c.x, c.y};
}

// Thresholds from testdata/spdep/versions.txt (max 1-NN distance).
constexpr double kColumbusBand = 3.3742713791279413;
constexpr double kNcBand = 41026.832250352476;

} // namespace

TEST(PointWeights, NcCentroidsMatchSfWithinAMillimetre) {
  const Points p = ncProjectedCentroids();
  ReferenceCsv input("spdep/nc_input.csv");
  ASSERT_EQ(p.x.size(), input.rows());
  for (std::size_t i = 0; i < input.rows(); ++i) {
    EXPECT_NEAR(p.x[i], input.number(i, "cent_x_32119"), 1e-3) << "county " << i + 1;
    EXPECT_NEAR(p.y[i], input.number(i, "cent_y_32119"), 1e-3) << "county " << i + 1;
  }
}

TEST(PointWeights, KnnMatchesSpdep) {
  const Points c = columbusXY();
  EXPECT_EQ(edgesOf(knnWeights(c.x, c.y, 4, DistanceMetric::planar()).weights),
            referenceEdges("columbus_knn4_edges_XY.csv"));
  const Points n = ncProjectedCentroids();
  EXPECT_EQ(edgesOf(knnWeights(n.x, n.y, 4, DistanceMetric::planar()).weights),
            referenceEdges("nc_knn4_edges_32119.csv"));
}

TEST(PointWeights, DistanceBandsMatchSpdep) {
  const Points c = columbusXY();
  const auto planar = DistanceMetric::planar();
  EXPECT_DOUBLE_EQ(smallestConnectingBand(c.x, c.y, planar), kColumbusBand);
  EXPECT_EQ(edgesOf(distanceBandWeights(c.x, c.y, kColumbusBand, planar).weights),
            referenceEdges("columbus_dband_maxknn1_edges_XY.csv"));
  EXPECT_EQ(edgesOf(distanceBandWeights(c.x, c.y, 10.0, planar).weights),
            referenceEdges("columbus_dband_10_edges_XY.csv"));
  const Points n = ncProjectedCentroids();
  EXPECT_NEAR(smallestConnectingBand(n.x, n.y, planar), kNcBand, 1e-3);
  EXPECT_EQ(edgesOf(distanceBandWeights(n.x, n.y, kNcBand, planar).weights),
            referenceEdges("nc_dband_maxknn1_edges_32119.csv"));
  EXPECT_EQ(edgesOf(distanceBandWeights(n.x, n.y, 50000.0, planar).weights),
            referenceEdges("nc_dband_50km_edges_32119.csv"));
}

TEST(PointWeights, KernelWeightsMatchReferenceR) {
  // reference.R kernel_smooth: k = 4, h = 1.0000001 * (max) distance to the 4th neighbour,
  // support d < h, self included; "quartic" there is the bisquare kernel.
  const std::map<std::string, KernelFunction> kernels{
      {"triangular", KernelFunction::Triangular},
      {"uniform", KernelFunction::Uniform},
      {"epanechnikov", KernelFunction::Epanechnikov},
      {"quartic", KernelFunction::Bisquare},
      {"gaussian", KernelFunction::Gaussian}};
  ReferenceCsv ref("spdep/columbus_kernel_weights_XY_k4.csv");
  std::map<std::tuple<std::string, std::string, std::size_t, std::size_t>, double> expected;
  for (std::size_t r = 0; r < ref.rows(); ++r)
    expected[{ref.text(r, "mode"), ref.text(r, "kernel"),
              static_cast<std::size_t>(ref.number(r, "i")) - 1,
              static_cast<std::size_t>(ref.number(r, "j")) - 1}] = ref.number(r, "w");
  const Points c = columbusXY();
  std::size_t compared = 0;
  for (const auto &mode : {std::string("fixed"), std::string("adaptive")})
    for (const auto &[name, function] : kernels) {
      KernelOptions options;
      options.function = function;
      options.bandwidth = mode == "fixed" ? KernelBandwidth::Fixed : KernelBandwidth::Adaptive;
      const SpatialWeights w = kernelWeights(c.x, c.y, options, DistanceMetric::planar()).weights;
      for (std::size_t i = 0; i < w.size(); ++i)
        for (std::size_t k = 0; k < w.neighbourCount(i); ++k) {
          const auto it = expected.find({mode, name, i, w.neighboursBegin(i)[k]});
          ASSERT_NE(it, expected.end()) << mode << " " << name << " extra link " << i + 1 << "->"
                                        << w.neighboursBegin(i)[k] + 1;
          EXPECT_NEAR(w.weightsBegin(i)[k], it->second, 1e-9 * std::abs(it->second))
              << mode << " " << name << " " << i + 1;
          ++compared;
        }
    }
  EXPECT_EQ(compared, ref.rows()); // every reference link found, none extra
}

TEST(PointWeights, EllipsoidalDistanceIsGeodesicMetres) {
  // Along the equator the geodesic is the equator: 1 degree = a * pi / 180 on WGS84.
  const auto wgs84 = DistanceMetric::ellipsoidal(6378137.0, 1 / 298.257223563);
  EXPECT_NEAR(wgs84.distance(0, 0, 1, 0), 6378137.0 * M_PI / 180.0, 1e-6);
  // On a sphere (f = 0) it is the great circle: haversine written out here.
  const auto sphere = DistanceMetric::ellipsoidal(6371000.0, 0.0);
  const double lat1 = 52.0 * M_PI / 180, lat2 = 48.85 * M_PI / 180,
               dlon = (2.35 - 4.9) * M_PI / 180;
  const double hav = std::pow(std::sin((lat2 - lat1) / 2), 2) +
                     std::cos(lat1) * std::cos(lat2) * std::pow(std::sin(dlon / 2), 2);
  EXPECT_NEAR(sphere.distance(4.9, 52.0, 2.35, 48.85), 2 * 6371000.0 * std::asin(std::sqrt(hav)),
              1e-6);
  EXPECT_THROW(wgs84.validate(155000.0, 463000.0, 3), InputError); // RD New metres, not degrees
}

TEST(PointWeights, EllipsoidalKnnAndBandEqualBruteForceGeodesics) {
  // NC county centroids in NAD27 lon/lat (nc_input.csv) on the Clarke 1866 ellipsoid; expected
  // neighbours from a brute-force loop over PROJ's geod_inverse.
  ReferenceCsv input("spdep/nc_input.csv");
  const std::vector<double> lon = input.column("cent_lon"), lat = input.column("cent_lat");
  const double a = 6378206.4, f = 1 / 294.978698213898;
  geod_geodesic g;
  geod_init(&g, a, f);
  const std::size_t n = lon.size();
  std::vector<std::vector<double>> d(n, std::vector<double>(n, 0.0));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      geod_inverse(&g, lat[i], lon[i], lat[j], lon[j], &d[i][j], nullptr, nullptr);
  EdgeSet knn, band;
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<std::pair<double, std::size_t>> row;
    for (std::size_t j = 0; j < n; ++j)
      if (j != i) {
        row.push_back({d[i][j], j});
        if (d[i][j] <= 50000.0)
          band.insert({i + 1, j + 1});
      }
    std::sort(row.begin(), row.end());
    for (std::size_t k = 0; k < 4; ++k)
      knn.insert({i + 1, row[k].second + 1});
  }
  const auto metric = DistanceMetric::ellipsoidal(a, f);
  EXPECT_EQ(edgesOf(knnWeights(lon, lat, 4, metric).weights), knn);
  EXPECT_EQ(edgesOf(distanceBandWeights(lon, lat, 50000.0, metric).weights), band);
}

TEST(PointWeights, NullPointsBecomeReportedIslands) {
  const double nan = std::nan("");
  const std::vector<double> x{0, 1, nan, 3}, y{0, 0, 0, 0};
  const auto r = knnWeights(x, y, 1, DistanceMetric::planar());
  EXPECT_EQ(r.report.nullGeometries, std::vector<std::size_t>{2});
  EXPECT_EQ(r.weights.neighbourCount(2), 0u);
  EXPECT_EQ(edgesOf(r.weights), (EdgeSet{{1, 2}, {2, 1}, {4, 2}}));
  EXPECT_THROW(knnWeights(x, y, 3, DistanceMetric::planar()), InputError); // only 3 points
}

TEST(PointWeights, TiesAreBrokenByFeatureOrder) {
  // Points 1 and 3 are both at distance 1 from point 2 (0-based 0, 2 from 1): k = 1 picks 0.
  const std::vector<double> x{0, 1, 2}, y{0, 0, 0};
  const auto w = knnWeights(x, y, 1, DistanceMetric::planar()).weights;
  EXPECT_EQ(w.neighboursBegin(1)[0], 0u);
}

TEST(PointWeights, AttachIslandsLinksEachIslandToItsNearestPoint) {
  // Band 1.5 on x = 0, 1, 5: point 2 (x = 5) is an island; its nearest point is 1 (x = 1).
  const std::vector<double> x{0, 1, 5}, y{0, 0, 0};
  const auto metric = DistanceMetric::planar();
  const auto band = distanceBandWeights(x, y, 1.5, metric).weights;
  ASSERT_EQ(band.report().islands, std::vector<std::size_t>{2});
  const auto attached = attachIslandsToNearest(band, x, y, metric);
  EXPECT_EQ(edgesOf(attached), (EdgeSet{{1, 2}, {2, 1}, {2, 3}, {3, 2}}));
  EXPECT_TRUE(attached.report().islands.empty());
}

TEST(RepresentativePoints, PointOnSurfaceStaysInsideWhereTheCentroidDoesNot) {
  // A U shape: bottom bar [0,3]x[0,1] and arms [0,1]x[1,3], [2,3]x[1,3]. Its centroid is
  // (1.5, 9.5/7) (area-weighted: bar 3 at y 0.5, arms 4 at y 2), inside the notch.
  const double ring[] = {0, 0, 3, 0, 3, 3, 2, 3, 2, 1, 1, 1, 1, 3, 0, 3, 0, 0};
  std::vector<unsigned char> wkb{1, 3, 0, 0, 0, 1, 0, 0, 0, 9, 0, 0, 0};
  const auto *bytes = reinterpret_cast<const unsigned char *>(ring);
  wkb.insert(wkb.end(), bytes, bytes + sizeof ring);
  const std::vector<std::vector<unsigned char>> layer{wkb, {}};
  const auto centroid = representativePoints(layer, RepresentativePoint::Centroid);
  EXPECT_NEAR(centroid.x[0], 1.5, 1e-12);
  EXPECT_NEAR(centroid.y[0], 9.5 / 7, 1e-12);
  EXPECT_TRUE(std::isnan(centroid.x[1]));
  EXPECT_EQ(centroid.report.nullGeometries, std::vector<std::size_t>{1});
  const auto surface = representativePoints(layer, RepresentativePoint::PointOnSurface);
  const double x = surface.x[0], y = surface.y[0];
  const bool inBar = x >= 0 && x <= 3 && y >= 0 && y <= 1;
  const bool inArm = y >= 1 && y <= 3 && ((x >= 0 && x <= 1) || (x >= 2 && x <= 3));
  EXPECT_TRUE(inBar || inArm) << x << " " << y;
}

TEST(PointWeights, ThreadCountDoesNotChangeResults) {
  std::vector<double> x, y; // a jittered 100 x 100 lattice with many equal distances
  for (std::size_t i = 0; i < 10000; ++i) {
    x.push_back(static_cast<double>(i % 100) + (i % 7 == 0 ? 0.25 : 0.0));
    y.push_back(static_cast<double>(i / 100));
  }
  const auto metric = DistanceMetric::planar();
  const auto one = knnWeights(x, y, 5, metric, 1).weights,
             two = knnWeights(x, y, 5, metric, 2).weights;
  EXPECT_EQ(one.neighbours(), two.neighbours());
  KernelOptions options;
  const auto k1 = kernelWeights(x, y, options, metric, 1).weights;
  const auto k2 = kernelWeights(x, y, options, metric, 2).weights;
  EXPECT_EQ(k1.neighbours(), k2.neighbours());
  EXPECT_EQ(k1.weights(), k2.weights());
}

TEST(PointWeights, BadParametersAreInputErrors) {
  const std::vector<double> x{0, 1, 2}, y{0, 0, 0};
  const auto planar = DistanceMetric::planar();
  EXPECT_THROW(knnWeights(x, {0, 0}, 1, planar), InputError);        // sizes differ
  EXPECT_THROW(distanceBandWeights(x, y, -1.0, planar), InputError); // negative band
  EXPECT_THROW(DistanceMetric::ellipsoidal(0.0, 0.0), InputError);
  KernelOptions options;
  options.inflation = 0.5;
  EXPECT_THROW(kernelWeights(x, y, options, planar), InputError);
}
