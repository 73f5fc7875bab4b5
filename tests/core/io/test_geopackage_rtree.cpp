// The GeoPackage spatial index packed in bulk, checked against the index GDAL and SQLite build
// row by row for the same features, and by SQLite's own rtreecheck().
#include "geopackage_test_support.h"
#include "io/geopackage_rtree.h"
#include "io/rtree_packing.h"

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace resilience;
using namespace resilience::testing;

namespace {

// Polygons with awkward coordinates (RD New metres with decimals that no float holds exactly),
// plus a NULL and an empty geometry, which a GeoPackage index leaves out.
std::vector<std::string> sampleGeometries(int count) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> x(10000.0, 280000.0), y(300000.0, 620000.0),
      size(0.37, 2500.0);
  std::vector<std::string> wkt;
  for (int i = 0; i < count; ++i) {
    const double x0 = x(random), y0 = y(random), w = size(random), h = size(random);
    char text[256];
    std::snprintf(text, sizeof text, "POLYGON ((%.6f %.6f,%.6f %.6f,%.6f %.6f,%.6f %.6f))", x0, y0,
                  x0 + w, y0, x0 + w / 2, y0 + h, x0, y0);
    wkt.push_back(text);
  }
  wkt[5] = "";              // NULL
  wkt[9] = "POLYGON EMPTY"; // empty
  wkt[11] = "POINT (155000.123 463000.456)";
  return wkt;
}

// The layer "gdal" indexed by GDAL as it writes, the layer "bulk" with the same features indexed
// by GeoPackageBulkRTree.
void writeBothLayers(const std::string &path, const std::vector<std::string> &wkt) {
  GDALDriverH driver = GDALGetDriverByName("GPKG");
  GDALDatasetH dataset = GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  ASSERT_NE(dataset, nullptr);
  writeFeatures(dataset, createLayer(dataset, "gdal", true), wkt);
  createLayer(dataset, "bulk", false);
  GDALClose(dataset);

  GeoPackageBulkRTree index(path, "bulk");
  EXPECT_EQ(index.indexTable(), "rtree_bulk_geom");
  dataset = openForUpdate(path);
  writeFeatures(dataset, GDALDatasetGetLayerByName(dataset, "bulk"), wkt);
  GDALClose(dataset);
  index.finish();
}

std::set<GIntBig> idsInRectangle(GDALDatasetH dataset, const char *layerName, double minX,
                                 double minY, double maxX, double maxY) {
  OGRLayerH layer = GDALDatasetGetLayerByName(dataset, layerName);
  OGR_L_SetSpatialFilterRect(layer, minX, minY, maxX, maxY);
  std::set<GIntBig> ids;
  forEachFeature(layer, [&](OGRFeatureH feature) { ids.insert(OGR_F_GetFID(feature)); });
  return ids;
}

} // namespace

TEST(GeoPackageRTree, EqualsTheIndexGdalBuildsRowByRow) {
  TemporaryGeoPackage file;
  const std::vector<std::string> wkt = sampleGeometries(20000);
  writeBothLayers(file.path(), wkt);

  const Sqlite db(file.path());
  EXPECT_EQ(db.value("SELECT rtreecheck('rtree_bulk_geom')"), "ok");
  const auto bulk = db.rows("SELECT id, minx, maxx, miny, maxy FROM rtree_bulk_geom ORDER BY id");
  const auto gdal = db.rows("SELECT id, minx, maxx, miny, maxy FROM rtree_gdal_geom ORDER BY id");
  EXPECT_EQ(bulk.size(), 20000u - 2) << "every feature but the NULL and the empty one";
  EXPECT_EQ(bulk, gdal) << "the same boxes, rounded to float outwards as SQLite does";
  EXPECT_EQ(db.rows("SELECT id FROM rtree_bulk_geom WHERE id IN (6, 10)").size(), 0u);
  // 1228-byte nodes (51 cells of 24 bytes and the 4-byte header): 393 leaves, 8 nodes above them
  // and the root, so the root holds depth 2.
  EXPECT_EQ(db.value("SELECT length(data) FROM rtree_bulk_geom_node WHERE nodeno = 1"), "1228");
  EXPECT_EQ(db.value("SELECT rtreedepth(data) FROM rtree_bulk_geom_node WHERE nodeno = 1"), "2");
  EXPECT_EQ(db.value("SELECT count(*) FROM rtree_bulk_geom_node"), "402");

  GDALDatasetH dataset = GDALOpenEx(file.path().c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  for (const auto &[minX, minY, maxX, maxY] :
       {std::tuple{100000.0, 400000.0, 130000.0, 450000.0},
        std::tuple{155000.0, 463000.0, 155000.5, 463000.5}, std::tuple{0.0, 0.0, 1.0, 1.0}}) {
    const std::set<GIntBig> expected = idsInRectangle(dataset, "gdal", minX, minY, maxX, maxY);
    EXPECT_EQ(idsInRectangle(dataset, "bulk", minX, minY, maxX, maxY), expected);
  }
  EXPECT_FALSE(idsInRectangle(dataset, "bulk", 100000.0, 400000.0, 130000.0, 450000.0).empty());
  GDALClose(dataset);
}

TEST(GeoPackageRTree, RestoresTheTriggersThatKeepTheIndexCurrent) {
  TemporaryGeoPackage file;
  writeBothLayers(file.path(), sampleGeometries(300));
  {
    const Sqlite db(file.path());
    const std::string triggers =
        "SELECT replace(sql, '%s', 'x') FROM sqlite_master WHERE type = 'trigger' AND "
        "tbl_name = '%s' ORDER BY name";
    char gdalSql[512], bulkSql[512];
    std::snprintf(gdalSql, sizeof gdalSql, triggers.c_str(), "gdal", "gdal");
    std::snprintf(bulkSql, sizeof bulkSql, triggers.c_str(), "bulk", "bulk");
    EXPECT_GE(db.rows(gdalSql).size(), 6u);
    EXPECT_EQ(db.rows(bulkSql), db.rows(gdalSql));
    EXPECT_EQ(db.value("SELECT count(*) FROM gpkg_extensions WHERE table_name = 'bulk' AND "
                       "extension_name = 'gpkg_rtree_index'"),
              "1");
  }
  // Editing the layer afterwards updates the index through the restored triggers.
  GDALDatasetH dataset = openForUpdate(file.path());
  OGRLayerH layer = GDALDatasetGetLayerByName(dataset, "bulk");
  ASSERT_EQ(OGR_L_DeleteFeature(layer, 1), OGRERR_NONE);
  writeFeatures(dataset, layer, {"POLYGON ((0 0,1 0,1 1,0 0))"});
  GDALClose(dataset);
  const Sqlite db(file.path());
  // 300 features, 298 indexed (no NULL or empty geometry), one deleted, one added.
  EXPECT_EQ(db.value("SELECT count(*) FROM rtree_bulk_geom"), "298");
  EXPECT_EQ(db.value("SELECT count(*) FROM rtree_bulk_geom WHERE id = 1"), "0");
  EXPECT_EQ(db.value("SELECT max(id) FROM rtree_bulk_geom"), "301");
  EXPECT_EQ(db.value("SELECT rtreecheck('rtree_bulk_geom')"), "ok");
}

TEST(GeoPackageRTree, AnEmptyLayerKeepsAnEmptyValidIndex) {
  TemporaryGeoPackage file;
  writeBothLayers(file.path(), {});
  const Sqlite db(file.path());
  EXPECT_EQ(db.value("SELECT count(*) FROM rtree_bulk_geom"), "0");
  EXPECT_EQ(db.value("SELECT rtreecheck('rtree_bulk_geom')"), "ok");
}

TEST(GeoPackageRTree, RefusesALayerThatAlreadyHasFeaturesHasNoGeometryOrDoesNotExist) {
  TemporaryGeoPackage file;
  writeBothLayers(file.path(), sampleGeometries(20));
  EXPECT_THROW(GeoPackageBulkRTree(file.path(), "bulk"), std::runtime_error);
  GDALDatasetH dataset = openForUpdate(file.path());
  GDALDatasetCreateLayer(dataset, "table", nullptr, wkbNone, nullptr);
  GDALClose(dataset);
  try {
    GeoPackageBulkRTree(file.path(), "table");
    FAIL() << "no exception";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find("no geometry column"), std::string::npos) << e.what();
  }
  try {
    GeoPackageBulkRTree(file.path(), "nosuch");
    FAIL() << "no exception";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find("nosuch"), std::string::npos) << e.what();
  }
}

TEST(RTreePacking, WritesSqliteNodesByHand) {
  // Three boxes fit one root leaf (depth 0). 1.5 is 0x3FC00000 as a float. 0.1 is not: the
  // nearest float, 0x3DCCCCCD (0.100000001), serves as the maximum; as the minimum SQLite takes
  // (float)(0.1 * (1 - 2^-23)) = (float)0.0999999881, whose nearest float is 0x3DCCCCCB
  // (0.0999999866; 0x3DCCCCCC is 0.0999999940).
  const PackedRTree tree =
      packSqliteRTree({{7, 1.5, 2.0, 0.1, 0.1}, {8, 0, 1, 0, 1}, {300, -2.0, -1.5, 0, 0}}, 1228);
  ASSERT_EQ(tree.nodes.size(), 1u);
  const std::vector<unsigned char> &root = tree.nodes[0].data;
  EXPECT_EQ(tree.nodes[0].number, 1);
  ASSERT_EQ(root.size(), 1228u);
  EXPECT_EQ(std::vector<unsigned char>(root.begin(), root.begin() + 4),
            (std::vector<unsigned char>{0, 0, 0, 3}));
  // The cells in the order of the leaf, which STR sorted by the centre's y within the one slice.
  std::set<std::vector<unsigned char>> cells;
  for (int c = 0; c < 3; ++c)
    cells.insert(std::vector<unsigned char>(root.begin() + 4 + 24 * c, root.begin() + 28 + 24 * c));
  EXPECT_TRUE(cells.count({0,    0, 0, 0, 0,    0,    0,    7,    0x3F, 0xC0, 0,    0,
                           0x40, 0, 0, 0, 0x3D, 0xCC, 0xCC, 0xCB, 0x3D, 0xCC, 0xCC, 0xCD}));
  EXPECT_TRUE(cells.count(
      {0, 0, 0, 0, 0, 0, 1, 0x2C, 0xC0, 0, 0, 0, 0xBF, 0xC0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(tree.leafOfRow.size(), 3u);
  EXPECT_TRUE(tree.parentNode.empty());
}

TEST(RTreePacking, BuildsLevelsWhenNodesAreFull) {
  // Nodes of 52 bytes hold two cells: 5 rows -> 3 leaves -> 2 nodes -> the root, depth 2.
  std::vector<BoxEntry> boxes;
  for (int i = 1; i <= 5; ++i)
    boxes.push_back({i, double(i), double(i) + 0.5, 0, 1});
  const PackedRTree tree = packSqliteRTree(boxes, 52);
  EXPECT_EQ(tree.nodes.size(), 6u);
  EXPECT_EQ(tree.nodes.back().number, 1);
  EXPECT_EQ(tree.nodes.back().data[1], 2) << "depth";
  EXPECT_EQ(tree.leafOfRow.size(), 5u);
  EXPECT_EQ(tree.parentNode.size(), 5u) << "3 leaves and 2 inner nodes below the root";
  EXPECT_THROW(packSqliteRTree(boxes, 51), std::invalid_argument);
}
