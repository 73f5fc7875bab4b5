#include "io/geopackage_styles.h"

#include <sqlite3.h>

#include <stdexcept>

namespace resilience {

void removeLayerStyle(const std::string &file, const std::string &table,
                      const std::string &styleName) {
  sqlite3 *db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw std::runtime_error(file + ": " + message);
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt *statement = nullptr;
  int status = sqlite3_prepare_v2(
      db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'layer_styles'", -1,
      &statement, nullptr);
  const bool hasStyles = status == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW;
  sqlite3_finalize(statement);
  if (hasStyles) {
    status = sqlite3_prepare_v2(
        db, "DELETE FROM layer_styles WHERE f_table_name = ?1 AND styleName = ?2", -1, &statement,
        nullptr);
    if (status == SQLITE_OK) {
      sqlite3_bind_text(statement, 1, table.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(statement, 2, styleName.c_str(), -1, SQLITE_TRANSIENT);
      status = sqlite3_step(statement) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    }
    sqlite3_finalize(statement);
  }
  const std::string message = status == SQLITE_OK ? "" : sqlite3_errmsg(db);
  sqlite3_close(db);
  if (status != SQLITE_OK)
    throw std::runtime_error(file + ": cannot remove the old styles of " + table + ": " + message);
}

} // namespace resilience
