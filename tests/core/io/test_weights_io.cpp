// GAL/GWT reading and writing. The spData columbus.gal neighbour lists (columbus_gal_edges.csv,
// from spdep::read.gal) are written out in GeoDa's GAL layout by this test and read back: 230
// links, against 236 for queen contiguity on columbus.shp (pysal_crosscheck.txt explains the 6).
#include "common/input_error.h"
#include "io/weights_io.h"
#include "weights/contiguity.h"
#include "weights/point_weights.h"
#include "weights_test_support.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>

using namespace resilience;
using namespace resilience::testing;

namespace {

std::string tempPath(const std::string &name) {
  return ::testing::TempDir() + "resilience_weights_io_" + name;
}

std::string writeText(const std::string &name, const std::string &text) {
  const std::string path = tempPath(name);
  std::ofstream(path) << text;
  return path;
}

std::vector<std::string> columbusIds() {
  return readTestLayer("columbus.shp", "", {"POLYID"}).fields[0];
}

// GeoDa GAL layout written by hand from an spdep edge list (ids are POLYID).
std::string galFromEdges(const std::string &spdepFile, const std::vector<std::string> &ids) {
  ReferenceCsv csv("spdep/" + spdepFile);
  std::map<std::string, std::vector<std::string>> lists;
  for (std::size_t r = 0; r < csv.rows(); ++r)
    lists[csv.text(r, "id_i")].push_back(csv.text(r, "id_j"));
  std::string text = "0 " + std::to_string(ids.size()) + " columbus POLYID\n";
  for (const auto &id : ids) {
    text += id + " " + std::to_string(lists[id].size()) + "\n";
    for (std::size_t k = 0; k < lists[id].size(); ++k)
      text += (k ? " " : "") + lists[id][k];
    text += "\n";
  }
  return text;
}

template <class Fn> std::string errorOf(Fn fn) {
  try {
    fn();
  } catch (const InputError &e) {
    return e.what();
  }
  return "no InputError";
}

} // namespace

TEST(WeightsIo, SpDataColumbusGalHas230LinksAgainst236ForQueen) {
  const auto ids = columbusIds();
  const std::string path = writeText("columbus.gal", galFromEdges("columbus_gal_edges.csv", ids));
  const SpatialWeights gal = readGal(path, ids);
  EXPECT_EQ(gal.report().links, 230u);
  EXPECT_EQ(edgesOf(gal), referenceEdges("columbus_gal_edges.csv"));

  const SpatialWeights queen = contiguityWeights(readTestLayer("columbus.shp").wkb).weights;
  EXPECT_EQ(queen.report().links, 236u);
  // The 6 extra links (3 pairs; pysal_crosscheck.txt lists them 0-based) are corner contacts:
  // queen neighbours in poly2nb that are not rook neighbours.
  const EdgeSet q = edgesOf(queen), g = edgesOf(gal),
                rook = referenceEdges("columbus_rook_edges.csv");
  EdgeSet extra;
  for (const auto &e : q)
    if (!g.count(e))
      extra.insert(e);
  EXPECT_EQ(extra, (EdgeSet{{5, 16}, {16, 5}, {25, 30}, {30, 25}, {31, 39}, {39, 31}}));
  for (const auto &e : extra)
    EXPECT_EQ(rook.count(e), 0u);
  std::remove(path.c_str());
}

TEST(WeightsIo, GalRoundTripKeepsNeighboursAndIslands) {
  const std::vector<std::string> ids{"a", "b", "c", "d"};
  const SpatialWeights w = SpatialWeights::fromNeighbourLists({{1}, {0, 2}, {1}, {}}, "test");
  const std::string path = tempPath("roundtrip.gal");
  writeGal(path, w, ids, "my layer", "code");
  std::ifstream in(path);
  std::string header;
  std::getline(in, header);
  EXPECT_EQ(header, "0 4 my_layer code");
  const SpatialWeights back = readGal(path, ids);
  EXPECT_EQ(back.offsets(), w.offsets());
  EXPECT_EQ(back.neighbours(), w.neighbours());
  std::remove(path.c_str());
}

TEST(WeightsIo, GalReadsLegacyHeaderAndRecordsInAnyOrder) {
  const std::string path = writeText("legacy.gal", "3\n30 1\n10\n10 2\n30 20\n20 1\n10\n");
  const SpatialWeights w = readGal(path, {"10", "20", "30"});
  EXPECT_EQ(edgesOf(w), (EdgeSet{{1, 2}, {1, 3}, {2, 1}, {3, 1}}));
  std::remove(path.c_str());
}

TEST(WeightsIo, GwtRoundTripKeepsWeightsExactly) {
  const auto ids = columbusIds();
  const std::vector<std::string> xy[2] = {readTestLayer("columbus.shp", "", {"X"}).fields[0],
                                          readTestLayer("columbus.shp", "", {"Y"}).fields[0]};
  std::vector<double> x, y;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    x.push_back(std::stod(xy[0][i]));
    y.push_back(std::stod(xy[1][i]));
  }
  KernelOptions options; // self weight included: GWT carries the diagonal too
  const SpatialWeights w = kernelWeights(x, y, options, DistanceMetric::planar()).weights;
  ASSERT_EQ(w.neighboursBegin(0)[0], 0u);
  const std::string path = tempPath("kernel.gwt");
  writeGwt(path, w, ids, "columbus", "POLYID");
  const SpatialWeights back = readGwt(path, ids);
  EXPECT_EQ(back.offsets(), w.offsets());
  EXPECT_EQ(back.neighbours(), w.neighbours());
  EXPECT_EQ(back.weights(), w.weights()); // 17 significant digits round-trip a double
  std::remove(path.c_str());
}

TEST(WeightsIo, MalformedFilesNameFileAndLine) {
  const std::vector<std::string> ids{"1", "2", "3"};
  struct Case {
    const char *name, *text, *expected;
    bool gwt;
  };
  const Case cases[] = {
      {"unknown.gal", "0 3 l id\n1 1\n9\n", "unknown.gal:3: the id '9' is not in", false},
      {"count.gal", "0 3 l id\n1 2\n2\n", "count.gal:3: '1' should have 2 neighbours", false},
      {"features.gal", "0 4 l id\n", "features.gal:1: the file describes 4 features", false},
      {"twice.gal", "0 3 l id\n1 1\n2\n1 1\n3\n", "twice.gal:4: the id '1' has a second", false},
      {"number.gal", "0 3 l id\n1 x\n", "number.gal:2: the neighbour count 'x'", false},
      {"missing.gal", "0 3 l id\n1 1\n2\n2 1\n1\n", "no record for the id '3'", false},
      {"weight.gwt", "0 3 l id\n1 2 0.5\n2 1 abc\n", "weight.gwt:3: the weight 'abc'", true},
      {"fields.gwt", "0 3 l id\n1 2\n", "fields.gwt:2: expected '<id> <neighbour id>", true},
      {"dup.gwt", "0 3 l id\n1 2 1\n1 2 1\n", "dup.gwt:3: the link '1' -> '2' appears twice", true},
  };
  for (const auto &c : cases) {
    const std::string path = writeText(c.name, c.text);
    const std::string message = errorOf([&] { c.gwt ? readGwt(path, ids) : readGal(path, ids); });
    EXPECT_NE(message.find(c.expected), std::string::npos) << message;
    std::remove(path.c_str());
  }
  EXPECT_NE(errorOf([&] { readGal(tempPath("none.gal"), ids); }).find("cannot open"),
            std::string::npos);
  EXPECT_NE(errorOf([&] {
              readGal(tempPath("x.gal"), {"1", "1"});
            }).find("more than once"),
            std::string::npos);
}

// GeoDa's header "0 <n> <layer> <id field>" names the field whose values the ids are (GeoDa's
// sids2 sample: "0 100 sids2 FIPSNO"); a legacy "<n>" header, a short one and our own "unknown"
// (positions) name none.
TEST(WeightsIo, TheHeaderNamesTheIdField) {
  EXPECT_EQ(weightsFileIdField(writeText("sids2.gal", "0 100 sids2 FIPSNO\n37001 1\n37033\n")),
            "FIPSNO");
  EXPECT_EQ(weightsFileIdField(writeText("legacy.gal", "49\n1 2\n2 3\n")), "");
  EXPECT_EQ(weightsFileIdField(writeText("short.gwt", "0 49\n")), "");
  EXPECT_EQ(weightsFileIdField(writeText("ours.gal", "0 2 lyr unknown\n1 1\n2\n2 1\n1\n")), "");
  EXPECT_THROW(weightsFileIdField(tempPath("does_not_exist.gal")), InputError);
}
