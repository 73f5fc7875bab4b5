#include "io/geopackage_rtree.h"

#include "io/rtree_packing.h"

#include <gdal.h>
#include <ogr_api.h>
#include <sqlite3.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace resilience {
namespace {

std::string quoted(const std::string &identifier) {
  std::string text = "\"";
  for (char c : identifier)
    text += c == '"' ? std::string("\"\"") : std::string(1, c);
  return text + "\"";
}

std::string literal(const std::string &value) {
  std::string text = "'";
  for (char c : value)
    text += c == '\'' ? std::string("''") : std::string(1, c);
  return text + "'";
}

// Every failure names the file, the layer and the step.
std::runtime_error indexError(const std::string &file, const std::string &layer,
                              const std::string &what) {
  return std::runtime_error("GeoPackage " + file + ", layer " + layer + ": spatial index: " + what);
}

// One SQLite connection of our own, on the same file GDAL wrote: the shadow tables of an R*Tree
// are ordinary tables to SQLite, and GDAL's connection may refuse to write them (defensive mode).
class Database {
public:
  Database(const std::string &file, const std::string &layer) : file_(file), layer_(layer) {
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
      fail("cannot open it with SQLite");
    // Other connections (QGIS reading another layer of the same GeoPackage) may hold a lock.
    sqlite3_busy_timeout(db_, 60000);
  }
  ~Database() { sqlite3_close(db_); }
  Database(const Database &) = delete;
  Database &operator=(const Database &) = delete;

  void execute(const std::string &sql) {
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
      fail(sqlite3_errmsg(db_));
  }
  void rollback() { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }
  sqlite3_stmt *prepare(const std::string &sql) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
      fail(sqlite3_errmsg(db_));
    return statement;
  }
  void step(sqlite3_stmt *statement) {
    if (sqlite3_step(statement) != SQLITE_DONE)
      fail(sqlite3_errmsg(db_));
    sqlite3_reset(statement);
  }
  [[noreturn]] void fail(const std::string &what) const { throw indexError(file_, layer_, what); }

private:
  sqlite3 *db_ = nullptr;
  std::string file_, layer_;
};

struct StatementDeleter {
  void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

double readDouble(const unsigned char *bytes, bool littleEndian) {
  std::uint64_t bits = 0;
  for (int i = 0; i < 8; ++i)
    bits |= std::uint64_t(bytes[littleEndian ? i : 7 - i]) << (8 * i);
  double value = 0;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

bool finiteBox(const BoxEntry &box) {
  return std::isfinite(box.minX) && std::isfinite(box.maxX) && std::isfinite(box.minY) &&
         std::isfinite(box.maxY);
}

// The box of a GeoPackage geometry blob: from the envelope in its header, which GDAL writes for
// every geometry but points, or else from its WKB. False for an empty geometry, and for
// coordinates that are not finite, which cannot be sorted into the tree.
bool boxOf(const unsigned char *blob, int size, BoxEntry &box) {
  static const int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
  if (size < 8 || blob[0] != 'G' || blob[1] != 'P')
    return false;
  const unsigned flags = blob[3];
  const unsigned envelope = (flags >> 1) & 7u;
  if ((flags & 0x10u) || envelope > 4)
    return false;
  const bool littleEndian = flags & 1u;
  if (envelope > 0 && size >= 8 + kEnvelopeBytes[envelope]) {
    box.minX = readDouble(blob + 8, littleEndian);
    box.maxX = readDouble(blob + 16, littleEndian);
    box.minY = readDouble(blob + 24, littleEndian);
    box.maxY = readDouble(blob + 32, littleEndian);
    return finiteBox(box);
  }
  const int header = 8 + kEnvelopeBytes[envelope];
  OGRGeometryH geometry = nullptr;
  if (OGR_G_CreateFromWkb(blob + header, nullptr, &geometry, size - header) != OGRERR_NONE)
    return false;
  const bool empty = OGR_G_IsEmpty(geometry);
  OGREnvelope extent;
  OGR_G_GetEnvelope(geometry, &extent);
  OGR_G_DestroyGeometry(geometry);
  box.minX = extent.MinX;
  box.maxX = extent.MaxX;
  box.minY = extent.MinY;
  box.maxY = extent.MaxY;
  return !empty && finiteBox(box);
}

} // namespace

bool gdalLoadsRTreeInBulk() {
  return std::stoi(GDALVersionInfo("VERSION_NUM")) >= 3070000;
}

GeoPackageBulkRTree::GeoPackageBulkRTree(std::string file, std::string layer, bool synchronous)
    : file_(std::move(file)), layer_(std::move(layer)), synchronous_(synchronous) {
  GDALDatasetH dataset =
      GDALOpenEx(file_.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
  if (!dataset)
    throw indexError(file_, layer_, CPLGetLastErrorMsg());
  OGRLayerH handle = GDALDatasetGetLayerByName(dataset, layer_.c_str());
  if (!handle || OGR_L_GetFeatureCount(handle, TRUE) != 0) {
    GDALClose(dataset);
    throw indexError(file_, layer_, "the layer must exist and be empty");
  }
  geometryColumn_ = OGR_L_GetGeometryColumn(handle);
  if (geometryColumn_.empty()) {
    GDALClose(dataset);
    throw indexError(file_, layer_, "the layer has no geometry column");
  }
  CPLErrorReset();
  OGRLayerH created = GDALDatasetExecuteSQL(
      dataset,
      ("SELECT CreateSpatialIndex(" + literal(layer_) + ", " + literal(geometryColumn_) + ")")
          .c_str(),
      nullptr, nullptr);
  const std::string error = CPLGetLastErrorMsg();
  if (created)
    GDALDatasetReleaseResultSet(dataset, created);
  GDALClose(dataset);
  if (!error.empty())
    throw indexError(file_, layer_, error);
  index_ = "rtree_" + layer_ + "_" + geometryColumn_;

  Database db(file_, layer_);
  Statement list(db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                            "tbl_name = ?1 AND substr(name, 1, length(?2)) = ?2"));
  sqlite3_bind_text(list.get(), 1, layer_.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(list.get(), 2, index_.c_str(), -1, SQLITE_TRANSIENT);
  while (sqlite3_step(list.get()) == SQLITE_ROW)
    triggers_.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 0)),
                           reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 1)));
  list.reset();
  if (triggers_.empty())
    db.fail("GDAL created no triggers for " + index_);
  db.execute("BEGIN");
  for (const auto &trigger : triggers_)
    db.execute("DROP TRIGGER " + quoted(trigger.first));
  db.execute("COMMIT");
}

void GeoPackageBulkRTree::finish() {
  Database db(file_, layer_);
  Statement size(
      db.prepare("SELECT length(data) FROM " + quoted(index_ + "_node") + " WHERE nodeno = 1"));
  if (sqlite3_step(size.get()) != SQLITE_ROW)
    db.fail("its root node is missing");
  const auto nodeBytes = static_cast<std::size_t>(sqlite3_column_int(size.get(), 0));
  size.reset();

  std::vector<BoxEntry> boxes;
  Statement rows(db.prepare("SELECT _rowid_, " + quoted(geometryColumn_) + " FROM " +
                            quoted(layer_) + " WHERE " + quoted(geometryColumn_) + " IS NOT NULL"));
  int status;
  while ((status = sqlite3_step(rows.get())) == SQLITE_ROW) {
    BoxEntry box;
    box.id = sqlite3_column_int64(rows.get(), 0);
    const auto *blob = static_cast<const unsigned char *>(sqlite3_column_blob(rows.get(), 1));
    if (blob && boxOf(blob, sqlite3_column_bytes(rows.get(), 1), box))
      boxes.push_back(box);
  }
  if (status != SQLITE_DONE)
    db.fail("reading the geometries failed");
  rows.reset();
  if (!synchronous_)
    db.execute("PRAGMA synchronous = OFF");

  PackedRTree tree;
  try {
    tree = packSqliteRTree(std::move(boxes), nodeBytes);
  } catch (const std::invalid_argument &e) {
    db.fail(e.what());
  }

  db.execute("BEGIN IMMEDIATE");
  try {
    for (const char *shadow : {"_node", "_rowid", "_parent"})
      db.execute("DELETE FROM " + quoted(index_ + shadow));
    Statement node(
        db.prepare("INSERT INTO " + quoted(index_ + "_node") + " (nodeno, data) VALUES (?1, ?2)"));
    for (const PackedRTree::Node &n : tree.nodes) {
      sqlite3_bind_int64(node.get(), 1, n.number);
      sqlite3_bind_blob(node.get(), 2, n.data.data(), static_cast<int>(n.data.size()),
                        SQLITE_STATIC);
      db.step(node.get());
    }
    const auto insertPairs = [&](const std::string &table, const char *columns,
                                 const std::vector<std::pair<std::int64_t, std::int64_t>> &pairs) {
      Statement insert(
          db.prepare("INSERT INTO " + quoted(index_ + table) + " " + columns + " VALUES (?1, ?2)"));
      for (const auto &[key, value] : pairs) {
        sqlite3_bind_int64(insert.get(), 1, key);
        sqlite3_bind_int64(insert.get(), 2, value);
        db.step(insert.get());
      }
    };
    insertPairs("_rowid", "(rowid, nodeno)", tree.leafOfRow);
    insertPairs("_parent", "(nodeno, parentnode)", tree.parentNode);
    for (const auto &trigger : triggers_)
      db.execute(trigger.second);
    db.execute("COMMIT");
  } catch (...) {
    db.rollback();
    throw;
  }
}

} // namespace resilience
