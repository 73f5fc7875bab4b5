#include "io/sqlite_copy.h"

#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>

namespace resilience {
namespace {

class Connection {
public:
  Connection(const std::string &file, int flags) {
    if (sqlite3_open_v2(file.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw std::runtime_error(file + ": " + message);
    }
    sqlite3_busy_timeout(db_, 10000);
  }
  ~Connection() { sqlite3_close(db_); }
  Connection(const Connection &) = delete;
  Connection &operator=(const Connection &) = delete;
  sqlite3 *get() const { return db_; }

private:
  sqlite3 *db_ = nullptr;
};

void copy(const std::string &from, const std::string &to) {
  const Connection source(from, SQLITE_OPEN_READONLY);
  const Connection target(to, SQLITE_OPEN_READWRITE);
  sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
  if (!backup)
    throw std::runtime_error("copying " + from + " to " + to + ": " + sqlite3_errmsg(target.get()));
  const int step = sqlite3_backup_step(backup, -1);
  sqlite3_backup_finish(backup);
  if (step != SQLITE_DONE)
    throw std::runtime_error("copying " + from + " to " + to + ": " + sqlite3_errstr(step));
  // The copy takes the source's WAL flag with its pages; the output is a plain file.
  char *error = nullptr;
  if (sqlite3_exec(target.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, &error) !=
      SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error(to + ": " + message);
  }
}

} // namespace

void settleSqliteDatabase(const std::string &file) {
  const Connection db(file, SQLITE_OPEN_READWRITE);
  sqlite3_stmt *checkpoint = nullptr;
  if (sqlite3_prepare_v2(db.get(), "PRAGMA wal_checkpoint(TRUNCATE)", -1, &checkpoint, nullptr) !=
      SQLITE_OK)
    throw std::runtime_error(file + ": " + sqlite3_errmsg(db.get()));
  // One row: busy (1 when a reader or writer kept the checkpoint from finishing), frames in the
  // log, frames checkpointed.
  const int step = sqlite3_step(checkpoint);
  const bool busy = step == SQLITE_ROW && sqlite3_column_int(checkpoint, 0) != 0;
  sqlite3_finalize(checkpoint);
  if ((step != SQLITE_ROW && step != SQLITE_DONE) || busy)
    throw std::runtime_error(file + ": another connection is still using it (" +
                             (busy ? std::string("checkpoint busy") : sqlite3_errstr(step)) + ")");
  // Refused while another connection of this process keeps the file open in WAL mode; the
  // checkpoint above already put every row into the file, which is what the rename needs.
  sqlite3_exec(db.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
}

void copySqliteDatabase(const std::string &from, const std::string &to) {
  // Created here, exclusively: SQLite ignores SQLITE_OPEN_EXCLUSIVE for a main database, and an
  // existing file must neither be written nor, after a failure, removed.
  std::FILE *created = std::fopen(to.c_str(), "wx");
  if (!created)
    throw std::runtime_error(to + ": cannot create the copy (it exists, or the folder is not "
                                  "writable)");
  std::fclose(created);
  try {
    copy(from, to);
  } catch (...) {
    std::remove(to.c_str());
    throw;
  }
}

} // namespace resilience
