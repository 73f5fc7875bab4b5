// Rows written straight through SQLite (GeoPackageRowWriter) against the same features written by
// GDAL: GDAL must read both layers alike, byte for byte in the geometry blobs, with the same count
// and extent, and the layer must stay a GeoPackage GDAL keeps current when it is edited later.
#include "geopackage_test_support.h"
#include "io/geopackage_rows.h"
#include "io/geopackage_rtree.h"

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace resilience;
using namespace resilience::testing;

namespace {

struct Row {
  std::string wkt; // "" for NULL
  std::optional<std::string> name;
  std::optional<long long> count;
  std::optional<double> share;
};

// RD New coordinates with decimals, a NULL geometry with NULL values, an empty geometry, and text
// beyond ASCII.
const std::vector<Row> kRows = {
    {"MULTIPOLYGON (((155000.125 463000.5,155010 463000.5,155010 463020.25,155000.125 "
     "463000.5)),((155020 463000,155030 463000,155025 463010,155020 463000)))",
     "BU03630000", 1234, 0.25},
    {"", std::nullopt, -7, std::nullopt},
    {"MULTIPOLYGON EMPTY", "Ubbergen \xc3\xa9\xc3\xa9n", std::nullopt, 1e-9},
    {"MULTIPOLYGON (((10000 300000,10001 300000,10001 300002,10000 300000)))", "", 0, -0.5},
};

OGRLayerH createFieldLayer(GDALDatasetH dataset, const char *name) {
  OGRLayerH layer = createLayer(dataset, name, false, wkbMultiPolygon);
  for (const auto &[field, type] : {std::pair{"name", OFTString}, std::pair{"count", OFTInteger64},
                                    std::pair{"share", OFTReal}}) {
    OGRFieldDefnH definition = OGR_Fld_Create(field, type);
    OGR_L_CreateField(layer, definition, TRUE);
    OGR_Fld_Destroy(definition);
  }
  return layer;
}

OGRGeometryH geometryOf(const std::string &wkt) {
  OGRGeometryH geometry = nullptr;
  char *cursor = const_cast<char *>(wkt.c_str());
  OGR_G_CreateFromWkt(&cursor, nullptr, &geometry);
  return geometry;
}

void writeWithGdal(GDALDatasetH dataset, OGRLayerH layer) {
  for (const Row &row : kRows) {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    if (!row.wkt.empty())
      OGR_F_SetGeometryDirectly(feature, geometryOf(row.wkt));
    if (row.name)
      OGR_F_SetFieldString(feature, 0, row.name->c_str());
    if (row.count)
      OGR_F_SetFieldInteger64(feature, 1, *row.count);
    if (row.share)
      OGR_F_SetFieldDouble(feature, 2, *row.share);
    ASSERT_EQ(OGR_L_CreateFeature(layer, feature), OGRERR_NONE);
    OGR_F_Destroy(feature);
  }
  (void)dataset;
}

void writeRows(GeoPackageRowWriter &writer) {
  for (const Row &row : kRows) {
    if (row.name)
      writer.setText(0, row.name->data(), row.name->size());
    if (row.count)
      writer.setInteger(1, *row.count);
    if (row.share)
      writer.setReal(2, *row.share);
    if (row.wkt.empty()) {
      writer.addRow(nullptr, 0, std::nullopt);
      continue;
    }
    OGRGeometryH geometry = geometryOf(row.wkt);
    std::vector<unsigned char> wkb(static_cast<std::size_t>(OGR_G_WkbSize(geometry)));
    OGR_G_ExportToIsoWkb(geometry, wkbNDR, wkb.data());
    std::optional<Envelope> box;
    if (!OGR_G_IsEmpty(geometry)) {
      OGREnvelope e;
      OGR_G_GetEnvelope(geometry, &e);
      box = Envelope{e.MinX, e.MaxX, e.MinY, e.MaxY};
    }
    writer.addRow(wkb.data(), wkb.size(), box);
    OGR_G_DestroyGeometry(geometry);
  }
}

// "gdal" written by GDAL, "rows" by GeoPackageRowWriter (after GDAL created it empty, as the
// plugin does), optionally with its spatial index packed afterwards.
void writeBothLayers(const std::string &path, bool bulkIndex) {
  GDALDatasetH dataset =
      GDALCreate(GDALGetDriverByName("GPKG"), path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  ASSERT_NE(dataset, nullptr);
  writeWithGdal(dataset, createFieldLayer(dataset, "gdal"));
  createFieldLayer(dataset, "rows");
  GDALClose(dataset);
  std::optional<GeoPackageBulkRTree> index;
  if (bulkIndex)
    index.emplace(path, "rows");
  GeoPackageRowWriter writer(path, "rows", {"name", "count", "share"}, false);
  writeRows(writer);
  EXPECT_EQ(writer.rows(), 4);
  std::vector<BoxEntry> boxes = writer.finish();
  if (index)
    index->finish(std::move(boxes));
}

std::string describe(OGRFeatureH feature) {
  std::string text = std::to_string(OGR_F_GetFID(feature));
  for (int i = 0; i < OGR_F_GetFieldCount(feature); ++i)
    text += std::string(" | ") +
            (OGR_F_IsFieldSetAndNotNull(feature, i) ? OGR_F_GetFieldAsString(feature, i) : "NULL");
  OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
  char *wkt = nullptr;
  if (geometry)
    OGR_G_ExportToIsoWkt(geometry, &wkt);
  text += std::string(" | ") + (wkt ? wkt : "NULL geometry");
  CPLFree(wkt);
  return text;
}

std::vector<std::string> featuresAsGdalReadsThem(GDALDatasetH dataset, const char *name) {
  OGRLayerH layer = GDALDatasetGetLayerByName(dataset, name);
  std::vector<std::string> features;
  forEachFeature(layer, [&](OGRFeatureH feature) { features.push_back(describe(feature)); });
  return features;
}

} // namespace

TEST(GeoPackageRows, GdalReadsThemAsTheSameFeaturesWrittenThroughGdal) {
  TemporaryGeoPackage file;
  writeBothLayers(file.path(), false);

  CPLErrorReset();
  GDALDatasetH dataset = GDALOpenEx(file.path().c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  ASSERT_NE(dataset, nullptr);
  const std::vector<std::string> rows = featuresAsGdalReadsThem(dataset, "rows");
  EXPECT_EQ(rows, featuresAsGdalReadsThem(dataset, "gdal"));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1], "2 | NULL | -7 | NULL | NULL geometry");
  EXPECT_EQ(rows[2], "3 | Ubbergen \xc3\xa9\xc3\xa9n | NULL | 1e-09 | MULTIPOLYGON EMPTY");
  // The count and the extent as GDAL reads them from gpkg_ogr_contents and gpkg_contents
  // without looking at the features (force = FALSE).
  for (const char *name : {"rows", "gdal"}) {
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset, name);
    EXPECT_EQ(OGR_L_GetFeatureCount(layer, FALSE), 4) << name;
    OGREnvelope extent;
    ASSERT_EQ(OGR_L_GetExtent(layer, &extent, FALSE), OGRERR_NONE) << name;
    EXPECT_EQ(extent.MinX, 10000.0) << name;
    EXPECT_EQ(extent.MaxX, 155030.0) << name;
    EXPECT_EQ(extent.MinY, 300000.0) << name;
    EXPECT_EQ(extent.MaxY, 463020.25) << name;
  }
  EXPECT_EQ(CPLGetLastErrorType(), CE_None) << CPLGetLastErrorMsg();
  GDALClose(dataset);

  const Sqlite db(file.path());
  // GeoPackage geometry blobs as GDAL frames them: "GP", version 0, flags, srs_id, envelope, WKB.
  EXPECT_EQ(db.rows("SELECT fid, hex(geom) FROM rows ORDER BY fid"),
            db.rows("SELECT fid, hex(geom) FROM gdal ORDER BY fid"));
  // By hand: 'G' 'P' 0, flags 0x03 (little endian, xy envelope), srs_id 28992 = 0x7140.
  EXPECT_EQ(db.value("SELECT substr(hex(geom), 1, 16) FROM rows WHERE fid = 1"),
            "4750000340710000");
  EXPECT_EQ(db.rows("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'rows' "
                    "ORDER BY name"),
            (std::vector<std::vector<std::string>>{{"trigger_delete_feature_count_rows"},
                                                   {"trigger_insert_feature_count_rows"}}));
}

TEST(GeoPackageRows, WithTheIndexPackedAfterwardsGdalFindsThemByArea) {
  TemporaryGeoPackage file;
  writeBothLayers(file.path(), true);
  const Sqlite db(file.path());
  EXPECT_EQ(db.value("SELECT rtreecheck('rtree_rows_geom')"), "ok");
  EXPECT_EQ(db.rows("SELECT id, minx, maxx, miny, maxy FROM rtree_rows_geom ORDER BY id"),
            // Feature 1: x from 155000.125 to 155030 over both parts, y from the second part's
            // 463000 to the first's 463020.25.
            (std::vector<std::vector<std::string>>{
                {"1", "155000.125", "155030.0", "463000.0", "463020.25"},
                {"4", "10000.0", "10001.0", "300000.0", "300002.0"}}));
  // Edited afterwards by GDAL: the restored triggers keep the count current.
  GDALDatasetH dataset = openForUpdate(file.path());
  OGRLayerH layer = GDALDatasetGetLayerByName(dataset, "rows");
  ASSERT_EQ(OGR_L_DeleteFeature(layer, 4), OGRERR_NONE);
  GDALClose(dataset);
  EXPECT_EQ(db.value("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'rows'"), "3");
  EXPECT_EQ(db.value("SELECT count(*) FROM rtree_rows_geom"), "1");
}

TEST(GeoPackageRows, WithoutFinishNothingIsWritten) {
  TemporaryGeoPackage file;
  GDALDatasetH dataset =
      GDALCreate(GDALGetDriverByName("GPKG"), file.path().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  createFieldLayer(dataset, "rows");
  GDALClose(dataset);
  {
    GeoPackageRowWriter writer(file.path(), "rows", {"name", "count", "share"});
    writeRows(writer);
  }
  const Sqlite db(file.path());
  EXPECT_EQ(db.value("SELECT count(*) FROM rows"), "0");
  EXPECT_EQ(db.value("SELECT count(*) FROM sqlite_master WHERE name = "
                     "'trigger_insert_feature_count_rows'"),
            "1");
}

TEST(GeoPackageRows, RefusesAMissingColumnOrLayerAndAnIndexFilledByTrigger) {
  TemporaryGeoPackage file;
  GDALDatasetH dataset =
      GDALCreate(GDALGetDriverByName("GPKG"), file.path().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  createFieldLayer(dataset, "rows");
  createLayer(dataset, "indexed", true, wkbMultiPolygon);
  GDALClose(dataset);
  const auto refusal = [&](const std::string &layer, const std::vector<std::string> &columns) {
    try {
      GeoPackageRowWriter writer(file.path(), layer, columns);
    } catch (const std::runtime_error &e) {
      return std::string(e.what());
    }
    return std::string("no exception");
  };
  EXPECT_NE(refusal("rows", {"name", "nosuch"}).find("layer rows: it has no column nosuch"),
            std::string::npos);
  EXPECT_NE(refusal("absent", {}).find("layer absent: the layer does not exist"),
            std::string::npos);
  EXPECT_NE(refusal("indexed", {}).find("SPATIAL_INDEX=NO"), std::string::npos);
}

// More rows than the writer hands its inserting thread at a time: every row in its place, with
// its values and box (row i: "BU<i>", count i, share i / 4, the square x = i..i+1, y = 0..1).
// A row SQLite refuses (no count where the column is NOT NULL) fails the write, and nothing is
// left in the layer.
TEST(GeoPackageRows, ManyBatchesKeepTheirOrderAndARefusedRowFailsTheWrite) {
  TemporaryGeoPackage file;
  GDALDatasetH dataset =
      GDALCreate(GDALGetDriverByName("GPKG"), file.path().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  createFieldLayer(dataset, "rows");
  OGRLayerH strict = createLayer(dataset, "strict", false, wkbMultiPolygon);
  OGRFieldDefnH count = OGR_Fld_Create("count", OFTInteger64);
  OGR_Fld_SetNullable(count, FALSE);
  OGR_L_CreateField(strict, count, TRUE);
  OGR_Fld_Destroy(count);
  GDALClose(dataset);

  constexpr int kCount = 10000;
  const auto writeSquares = [&](GeoPackageRowWriter &writer, bool withNames, int withoutCount) {
    for (int i = 0; i < kCount; ++i) {
      const std::string name = "BU" + std::to_string(i);
      if (withNames) {
        writer.setText(0, name.data(), name.size());
        writer.setReal(2, i / 4.0);
      }
      if (i != withoutCount)
        writer.setInteger(withNames ? 1 : 0, i);
      const std::string wkt = "MULTIPOLYGON (((" + std::to_string(i) + " 0," +
                              std::to_string(i + 1) + " 0," + std::to_string(i + 1) + " 1," +
                              std::to_string(i) + " 0)))";
      OGRGeometryH geometry = geometryOf(wkt);
      std::vector<unsigned char> wkb(static_cast<std::size_t>(OGR_G_WkbSize(geometry)));
      OGR_G_ExportToIsoWkb(geometry, wkbNDR, wkb.data());
      OGR_G_DestroyGeometry(geometry);
      writer.addRow(wkb.data(), wkb.size(), Envelope{double(i), double(i + 1), 0.0, 1.0});
    }
  };
  std::vector<BoxEntry> boxes;
  {
    GeoPackageRowWriter writer(file.path(), "rows", {"name", "count", "share"});
    writeSquares(writer, true, -1);
    boxes = writer.finish();
  }
  ASSERT_EQ(boxes.size(), static_cast<std::size_t>(kCount));
  EXPECT_EQ(boxes.back().id, kCount);
  EXPECT_EQ(boxes.back().minX, kCount - 1);
  EXPECT_EQ(boxes.back().maxX, kCount);
  const Sqlite db(file.path());
  EXPECT_EQ(db.value("SELECT count(*) FROM rows"), "10000");
  EXPECT_EQ(db.value("SELECT name || ' ' || count || ' ' || share FROM rows WHERE fid = 10000"),
            "BU9999 9999 2499.75");
  EXPECT_EQ(db.value("SELECT count(*) FROM rows WHERE name <> 'BU' || (fid - 1) OR count <> fid - "
                     "1 OR share <> (fid - 1) / 4.0"),
            "0");

  std::string error = "no exception";
  try {
    GeoPackageRowWriter writer(file.path(), "strict", {"count"});
    writeSquares(writer, false, 5000);
    writer.finish();
  } catch (const std::runtime_error &e) {
    error = e.what();
  }
  EXPECT_NE(error.find("layer strict: NOT NULL constraint failed"), std::string::npos) << error;
  EXPECT_EQ(db.value("SELECT count(*) FROM strict"), "0");
}
