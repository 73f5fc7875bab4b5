#include "io/sqlite_connection.h"

#include <sqlite3.h>

#include <stdexcept>

namespace resilience {
namespace {

std::string quotedWith(const std::string &text, char quote) {
  std::string result(1, quote);
  for (char c : text) {
    result += c;
    if (c == quote)
      result += c;
  }
  return result + quote;
}

} // namespace

std::string sqlIdentifier(const std::string &name) {
  return quotedWith(name, '"');
}

std::string sqlLiteral(const std::string &text) {
  return quotedWith(text, '\'');
}

void SqliteStatementDeleter::operator()(sqlite3_stmt *statement) const {
  sqlite3_finalize(statement);
}

SqliteConnection::SqliteConnection(const std::string &file, std::string errorPrefix)
    : errorPrefix_(std::move(errorPrefix)) {
  if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    fail("cannot open it with SQLite: " + message);
  }
  sqlite3_busy_timeout(db_, 60000);
}

SqliteConnection::~SqliteConnection() {
  sqlite3_close(db_);
}

void SqliteConnection::execute(const std::string &sql) {
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
    failWithSqliteMessage();
}

void SqliteConnection::rollback() noexcept {
  sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

SqliteStatement SqliteConnection::prepare(const std::string &sql) {
  sqlite3_stmt *statement = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
    failWithSqliteMessage();
  return SqliteStatement(statement);
}

void SqliteConnection::step(sqlite3_stmt *statement) {
  if (sqlite3_step(statement) != SQLITE_DONE) {
    const std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(statement);
    fail(message);
  }
  sqlite3_reset(statement);
}

std::int64_t SqliteConnection::lastInsertedRow() const {
  return sqlite3_last_insert_rowid(db_);
}

void SqliteConnection::fail(const std::string &what) const {
  throw std::runtime_error(errorPrefix_ + what);
}

void SqliteConnection::failWithSqliteMessage() const {
  fail(sqlite3_errmsg(db_));
}

} // namespace resilience
