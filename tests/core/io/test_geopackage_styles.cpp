// removeLayerStyle: an output layer written again over an existing one gets a fresh style; the
// old row of that layer and style name goes, every other row stays.
#include "io/geopackage_styles.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace {

int count(sqlite3 *db, const char *sql) {
  sqlite3_stmt *statement = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), SQLITE_OK);
  const int value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int(statement, 0) : -1;
  sqlite3_finalize(statement);
  return value;
}

} // namespace

TEST(GeoPackageStyles, OnlyTheLayersStyleOfThatNameIsRemoved) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / "resilience_geopackage_styles.gpkg";
  std::filesystem::remove(file);
  sqlite3 *db = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TABLE layer_styles(f_table_name TEXT, styleName TEXT);"
                         "INSERT INTO layer_styles VALUES ('hotspots', 'hotspots'),"
                         " ('hotspots', 'other'), ('buurten', 'buurten')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  resilience::removeLayerStyle(file.string(), "hotspots", "hotspots");
  EXPECT_EQ(count(db, "SELECT count(*) FROM layer_styles WHERE f_table_name = 'hotspots'"), 1);
  EXPECT_EQ(count(db, "SELECT count(*) FROM layer_styles WHERE styleName = 'other'"), 1);
  EXPECT_EQ(count(db, "SELECT count(*) FROM layer_styles WHERE f_table_name = 'buurten'"), 1);
  sqlite3_close(db);
  std::filesystem::remove(file);
}

TEST(GeoPackageStyles, AFileWithoutStylesIsLeftAlone) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / "resilience_geopackage_nostyles.gpkg";
  std::filesystem::remove(file);
  sqlite3 *db = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_NO_THROW(resilience::removeLayerStyle(file.string(), "hotspots", "hotspots"));
  EXPECT_THROW(resilience::removeLayerStyle((file.string() + ".missing/x.gpkg"), "t", "t"),
               std::runtime_error);
  std::filesystem::remove(file);
}
