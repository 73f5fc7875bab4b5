#include "io/geopackage_rtree.h"

#include "io/rtree_packing.h"
#include "io/sqlite_connection.h"

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

// Every failure names the file, the layer and the step.
std::string indexErrorPrefix(const std::string &file, const std::string &layer) {
  return "GeoPackage " + file + ", layer " + layer + ": spatial index: ";
}

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

GeoPackageBulkRTree::GeoPackageBulkRTree(std::string file, std::string layer, bool synchronous)
    : file_(std::move(file)), layer_(std::move(layer)), synchronous_(synchronous) {
  GDALDatasetH dataset =
      GDALOpenEx(file_.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
  if (!dataset)
    throw std::runtime_error(indexErrorPrefix(file_, layer_) + CPLGetLastErrorMsg());
  OGRLayerH handle = GDALDatasetGetLayerByName(dataset, layer_.c_str());
  if (!handle || OGR_L_GetFeatureCount(handle, TRUE) != 0) {
    GDALClose(dataset);
    throw std::runtime_error(indexErrorPrefix(file_, layer_) + "the layer must exist and be empty");
  }
  geometryColumn_ = OGR_L_GetGeometryColumn(handle);
  if (geometryColumn_.empty()) {
    GDALClose(dataset);
    throw std::runtime_error(indexErrorPrefix(file_, layer_) + "the layer has no geometry column");
  }
  CPLErrorReset();
  OGRLayerH created = GDALDatasetExecuteSQL(
      dataset,
      ("SELECT CreateSpatialIndex(" + sqlLiteral(layer_) + ", " + sqlLiteral(geometryColumn_) + ")")
          .c_str(),
      nullptr, nullptr);
  const std::string error = CPLGetLastErrorMsg();
  if (created)
    GDALDatasetReleaseResultSet(dataset, created);
  GDALClose(dataset);
  if (!error.empty())
    throw std::runtime_error(indexErrorPrefix(file_, layer_) + error);
  index_ = "rtree_" + layer_ + "_" + geometryColumn_;

  SqliteConnection db(file_, indexErrorPrefix(file_, layer_));
  SqliteStatement list(db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
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
    db.execute("DROP TRIGGER " + sqlIdentifier(trigger.first));
  db.execute("COMMIT");
}

void GeoPackageBulkRTree::finish() {
  std::vector<BoxEntry> boxes;
  {
    SqliteConnection db(file_, indexErrorPrefix(file_, layer_));
    SqliteStatement rows(db.prepare("SELECT _rowid_, " + sqlIdentifier(geometryColumn_) + " FROM " +
                                    sqlIdentifier(layer_) + " WHERE " +
                                    sqlIdentifier(geometryColumn_) + " IS NOT NULL"));
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
  }
  finish(std::move(boxes));
}

void GeoPackageBulkRTree::finish(std::vector<BoxEntry> boxes) {
  SqliteConnection db(file_, indexErrorPrefix(file_, layer_));
  SqliteStatement size(db.prepare("SELECT length(data) FROM " + sqlIdentifier(index_ + "_node") +
                                  " WHERE nodeno = 1"));
  if (sqlite3_step(size.get()) != SQLITE_ROW)
    db.fail("its root node is missing");
  const auto nodeBytes = static_cast<std::size_t>(sqlite3_column_int(size.get(), 0));
  size.reset();
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
      db.execute("DELETE FROM " + sqlIdentifier(index_ + shadow));
    SqliteStatement node(db.prepare("INSERT INTO " + sqlIdentifier(index_ + "_node") +
                                    " (nodeno, data) VALUES (?1, ?2)"));
    for (const PackedRTree::Node &n : tree.nodes) {
      sqlite3_bind_int64(node.get(), 1, n.number);
      sqlite3_bind_blob(node.get(), 2, n.data.data(), static_cast<int>(n.data.size()),
                        SQLITE_STATIC);
      db.step(node.get());
    }
    const auto insertPairs = [&](const std::string &table, const char *columns,
                                 const std::vector<std::pair<std::int64_t, std::int64_t>> &pairs) {
      SqliteStatement insert(db.prepare("INSERT INTO " + sqlIdentifier(index_ + table) + " " +
                                        columns + " VALUES (?1, ?2)"));
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
