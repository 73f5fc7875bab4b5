#pragma once
// GeoPackages for the tests of our own SQLite writes into them (io/geopackage_rtree.h,
// io/geopackage_rows.h): a temporary file, layers and features written through GDAL, and plain
// SQLite queries of the result. Test-only helpers.
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace resilience::testing {

class TemporaryGeoPackage {
public:
  TemporaryGeoPackage()
      : path_((std::filesystem::temp_directory_path() /
               ("gpkg_" + std::to_string(std::random_device{}()) + ".gpkg"))
                  .string()) {
    GDALAllRegister();
  }
  ~TemporaryGeoPackage() { std::filesystem::remove(path_); }
  const std::string &path() const { return path_; }

private:
  std::string path_;
};

// A layer in RD New (EPSG:28992), with or without the spatial index GDAL fills as it writes.
inline OGRLayerH createLayer(GDALDatasetH dataset, const char *name, bool spatialIndex,
                             OGRwkbGeometryType type = wkbUnknown) {
  OGRSpatialReferenceH rd = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(rd, 28992);
  char **options = CSLSetNameValue(nullptr, "SPATIAL_INDEX", spatialIndex ? "YES" : "NO");
  OGRLayerH layer = GDALDatasetCreateLayer(dataset, name, rd, type, options);
  CSLDestroy(options);
  OSRRelease(rd);
  return layer;
}

// Features with these geometries ("" for NULL) and no attributes, in one transaction.
inline void writeFeatures(GDALDatasetH dataset, OGRLayerH layer,
                          const std::vector<std::string> &wkt) {
  GDALDatasetStartTransaction(dataset, FALSE);
  for (const std::string &text : wkt) {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    if (!text.empty()) {
      OGRGeometryH geometry = nullptr;
      char *cursor = const_cast<char *>(text.c_str());
      ASSERT_EQ(OGR_G_CreateFromWkt(&cursor, nullptr, &geometry), OGRERR_NONE) << text;
      OGR_F_SetGeometryDirectly(feature, geometry);
    }
    ASSERT_EQ(OGR_L_CreateFeature(layer, feature), OGRERR_NONE);
    OGR_F_Destroy(feature);
  }
  GDALDatasetCommitTransaction(dataset);
}

// Calls visit(feature) for every feature of the layer, in GDAL's order.
template <typename Visit> void forEachFeature(OGRLayerH layer, Visit visit) {
  OGR_L_ResetReading(layer);
  while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
    visit(feature);
    OGR_F_Destroy(feature);
  }
}

inline GDALDatasetH openForUpdate(const std::string &path) {
  return GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
}

// Query results as text ("NULL" for NULL).
class Sqlite {
public:
  explicit Sqlite(const std::string &path) { sqlite3_open(path.c_str(), &db_); }
  ~Sqlite() { sqlite3_close(db_); }
  Sqlite(const Sqlite &) = delete;
  Sqlite &operator=(const Sqlite &) = delete;
  std::vector<std::vector<std::string>> rows(const std::string &sql) const {
    std::vector<std::vector<std::string>> result;
    sqlite3_stmt *statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db_);
    while (sqlite3_step(statement) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int c = 0; c < sqlite3_column_count(statement); ++c) {
        const auto *text = sqlite3_column_text(statement, c);
        row.emplace_back(text ? reinterpret_cast<const char *>(text) : "NULL");
      }
      result.push_back(row);
    }
    sqlite3_finalize(statement);
    return result;
  }
  std::string value(const std::string &sql) const { return rows(sql).at(0).at(0); }

private:
  sqlite3 *db_ = nullptr;
};

} // namespace resilience::testing
