#pragma once
// One SQLite connection of our own on a GeoPackage GDAL wrote, for the writes GDAL does slowly or
// not at all (the spatial index packed in bulk, rows appended in one transaction). Every failure
// throws std::runtime_error: the given prefix (naming the file, the layer and the step) and
// SQLite's message.
#include <cstdint>
#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace resilience {

// "name" with inner quotes doubled: an SQL identifier.
std::string sqlIdentifier(const std::string &name);
// 'text' with inner quotes doubled: an SQL string literal.
std::string sqlLiteral(const std::string &text);

struct SqliteStatementDeleter {
  void operator()(sqlite3_stmt *statement) const;
};
using SqliteStatement = std::unique_ptr<sqlite3_stmt, SqliteStatementDeleter>;

class SqliteConnection {
public:
  // Opens `file` for reading and writing; waits up to a minute for a lock another connection
  // holds (QGIS reading another layer of the same GeoPackage). A connection is used by one
  // thread at a time: it takes no mutex around every call (a million rows of 45 values bind
  // and step 46 million times).
  SqliteConnection(const std::string &file, std::string errorPrefix);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection &) = delete;
  SqliteConnection &operator=(const SqliteConnection &) = delete;

  void execute(const std::string &sql);
  void rollback() noexcept;
  SqliteStatement prepare(const std::string &sql);
  // Runs a statement that returns no rows and resets it for the next bindings.
  void step(sqlite3_stmt *statement);
  // The rowid of the last row this connection inserted.
  std::int64_t lastInsertedRow() const;
  [[noreturn]] void fail(const std::string &what) const;
  [[noreturn]] void failWithSqliteMessage() const;

private:
  sqlite3 *db_ = nullptr;
  std::string errorPrefix_;
};

} // namespace resilience
