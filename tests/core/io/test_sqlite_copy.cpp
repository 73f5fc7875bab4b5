// copySqliteDatabase: the copy an output GeoPackage is written into before it replaces the
// original (issue 17, item 1) holds every committed row, also rows still in the -wal file of a
// connection that has not checkpointed them, which a byte copy of the file would lose.
#include "io/sqlite_copy.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Db {
  explicit Db(const std::string &file) { EXPECT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK); }
  ~Db() { sqlite3_close(db); }
  void exec(const std::string &sql) {
    char *error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << (error ? error : "");
    sqlite3_free(error);
  }
  long long scalar(const std::string &sql) {
    sqlite3_stmt *statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK);
    long long value = -1;
    if (sqlite3_step(statement) == SQLITE_ROW)
      value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
  }
  std::string text(const std::string &sql) {
    sqlite3_stmt *statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK);
    std::string value;
    if (sqlite3_step(statement) == SQLITE_ROW)
      value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    return value;
  }
  sqlite3 *db = nullptr;
};

fs::path scratch(const std::string &name) {
  const fs::path dir = fs::temp_directory_path() / ("resilience_sqlite_copy_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

} // namespace

TEST(SqliteCopy, RowsStillInTheWalAreCopied) {
  const fs::path dir = scratch("wal");
  const std::string original = (dir / "project.gpkg").string();
  const std::string copy = (dir / "copy.gpkg").string();
  Db writer(original);
  writer.exec("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
              "PRAGMA application_id=1196444487;" // 'GPKG', kept by a page copy
              "CREATE TABLE buurten(code TEXT, v REAL);"
              "INSERT INTO buurten VALUES ('BU0001', 1.5), ('BU0002', 2.5), ('BU0003', NULL)");
  // The writer stays open: its three rows are in project.gpkg-wal, not yet in project.gpkg.
  ASSERT_TRUE(fs::exists(original + "-wal"));
  fs::copy_file(original, dir / "bytes.gpkg");
  {
    Db bytes((dir / "bytes.gpkg").string());
    EXPECT_EQ(bytes.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'buurten'"), 0)
        << "a byte copy should miss the table, or this test shows nothing";
  }

  resilience::copySqliteDatabase(original, copy);
  EXPECT_FALSE(fs::exists(copy + "-wal"));
  Db copied(copy);
  EXPECT_EQ(copied.scalar("SELECT count(*) FROM buurten"), 3);
  EXPECT_EQ(copied.scalar("SELECT count(*) FROM buurten WHERE v IS NULL"), 1);
  EXPECT_EQ(copied.text("SELECT group_concat(code, ',') FROM buurten"), "BU0001,BU0002,BU0003");
  EXPECT_EQ(copied.scalar("PRAGMA application_id"), 1196444487);
  EXPECT_EQ(copied.text("PRAGMA journal_mode"), "delete");
  fs::remove_all(dir);
}

TEST(SqliteCopy, SettlingMovesTheWalRowsIntoTheFile) {
  // An output GeoPackage is renamed into place; its -wal file would keep the old name. After
  // settleSqliteDatabase the file alone holds every row: a byte copy (what a rename keeps) has
  // them, with no -wal beside it.
  const fs::path dir = scratch("settle");
  const std::string file = (dir / "out-partial-1-1.gpkg").string();
  Db writer(file);
  writer.exec("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
              "CREATE TABLE layer_styles(name TEXT); INSERT INTO layer_styles VALUES ('hotspots')");
  resilience::settleSqliteDatabase(file);
  fs::copy_file(file, dir / "moved.gpkg");
  Db moved((dir / "moved.gpkg").string());
  EXPECT_EQ(moved.text("SELECT name FROM layer_styles"), "hotspots");
  fs::remove_all(dir);
}

TEST(SqliteCopy, AnExistingTargetIsNeverOverwritten) {
  const fs::path dir = scratch("exists");
  const std::string original = (dir / "a.gpkg").string();
  const std::string target = (dir / "b.gpkg").string();
  {
    Db db(original);
    db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
  }
  std::ofstream(target) << "someone's file";
  EXPECT_THROW(resilience::copySqliteDatabase(original, target), std::runtime_error);
  // The failed copy must not remove a file it did not create either.
  std::ifstream in(target);
  std::string content;
  std::getline(in, content);
  EXPECT_EQ(content, "someone's file");
  fs::remove_all(dir);
}

TEST(SqliteCopy, AMissingSourceNamesTheFile) {
  const fs::path dir = scratch("missing");
  try {
    resilience::copySqliteDatabase((dir / "nope.gpkg").string(), (dir / "out.gpkg").string());
    FAIL() << "no exception";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find("nope.gpkg"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(dir / "out.gpkg"));
  fs::remove_all(dir);
}
