#pragma once
// A consistent copy of an SQLite database (a GeoPackage) to a new file, for outputs that add
// layers to an existing GeoPackage: the run writes into the copy, which replaces the original
// only when the run succeeded (issue 17, item 1), so a failure leaves the original as it was.
//
// A plain file copy is not enough: a GeoPackage open in WAL mode (QGIS desktop switches them to
// WAL) keeps committed rows in its -wal file until a checkpoint. SQLite's online backup copies
// what a reader sees, rows in the WAL included.
#include <string>

namespace resilience {

// Copies `from` into `to` (which must not exist) page by page and leaves `to` in rollback-journal
// mode with no -wal file of its own. Throws std::runtime_error naming the file and SQLite's
// message; `to` is removed again on failure.
void copySqliteDatabase(const std::string &from, const std::string &to);

// Before a finished output file is renamed: moves every row its -wal file holds into the file
// (a checkpoint) and switches it to rollback-journal mode, so the file alone holds the data. A
// WAL file belongs to a file name, and would not follow a rename. Throws std::runtime_error naming
// the file when another connection is still writing.
void settleSqliteDatabase(const std::string &file);

} // namespace resilience
