#include "io/geopackage_rows.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace resilience {
namespace {

void appendLittleEndian(std::vector<unsigned char> &bytes, std::uint64_t value, int size) {
  for (int i = 0; i < size; ++i)
    bytes.push_back(static_cast<unsigned char>(value >> (8 * i)));
}

void appendDouble(std::vector<unsigned char> &bytes, double value) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  appendLittleEndian(bytes, bits, 8);
}

// The GeoPackage geometry blob (GeoPackage 1.3, clause 2.1.3): "GP", version 0, flags (little
// endian; an xy envelope, or none with the empty bit set), the srs_id, the envelope, the WKB.
void frameGeometry(std::vector<unsigned char> &blob, std::int32_t srsId, const unsigned char *wkb,
                   std::size_t bytes, const std::optional<Envelope> &box) {
  blob.clear();
  blob.reserve(40 + bytes);
  const unsigned char littleEndian = 0x01, xyEnvelope = 0x02, empty = 0x10;
  blob.insert(blob.end(),
              {'G', 'P', 0, static_cast<unsigned char>(littleEndian | (box ? xyEnvelope : empty))});
  appendLittleEndian(blob, static_cast<std::uint32_t>(srsId), 4);
  if (box)
    for (double value : {box->minX, box->maxX, box->minY, box->maxY})
      appendDouble(blob, value);
  blob.insert(blob.end(), wkb, wkb + bytes);
}

} // namespace

GeoPackageRowWriter::GeoPackageRowWriter(const std::string &file, const std::string &layer,
                                         const std::vector<std::string> &columns, bool synchronous)
    : layer_(layer) {
  db_.emplace(file, "GeoPackage " + file + ", layer " + layer + ": ");
  SqliteConnection &db = *db_;

  std::vector<std::string> existing;
  {
    SqliteStatement info(db.prepare("SELECT name FROM pragma_table_info(?1)"));
    sqlite3_bind_text(info.get(), 1, layer.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(info.get()) == SQLITE_ROW)
      existing.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 0)));
  }
  if (existing.empty())
    db.fail("the layer does not exist");
  // SQLite's names are case-insensitive (ASCII).
  const auto sameName = [](const std::string &a, const std::string &b) {
    return sqlite3_stricmp(a.c_str(), b.c_str()) == 0;
  };
  for (const std::string &column : columns)
    if (std::none_of(existing.begin(), existing.end(),
                     [&](const std::string &name) { return sameName(name, column); }))
      db.fail("it has no column " + column);

  std::string geometryColumn;
  {
    SqliteStatement geometry(db.prepare("SELECT column_name, srs_id FROM gpkg_geometry_columns "
                                        "WHERE lower(table_name) = lower(?1)"));
    sqlite3_bind_text(geometry.get(), 1, layer.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(geometry.get()) == SQLITE_ROW) {
      hasGeometry_ = true;
      geometryColumn = reinterpret_cast<const char *>(sqlite3_column_text(geometry.get(), 0));
      srsId_ = sqlite3_column_int(geometry.get(), 1);
    }
  }
  {
    SqliteStatement any(db.prepare("SELECT EXISTS (SELECT 1 FROM " + sqlIdentifier(layer) + ")"));
    if (sqlite3_step(any.get()) != SQLITE_ROW || sqlite3_column_int(any.get(), 0) != 0)
      db.fail("the layer must be empty");
  }
  {
    SqliteStatement triggers(db.prepare("SELECT name, sql FROM sqlite_master WHERE type = "
                                        "'trigger' AND lower(tbl_name) = lower(?1)"));
    sqlite3_bind_text(triggers.get(), 1, layer.c_str(), -1, SQLITE_TRANSIENT);
    const std::string indexInsert = "rtree_" + layer + "_" + geometryColumn + "_insert";
    const std::string countPrefix = "trigger_insert_feature_count_";
    while (sqlite3_step(triggers.get()) == SQLITE_ROW) {
      const std::string name =
          reinterpret_cast<const char *>(sqlite3_column_text(triggers.get(), 0));
      if (hasGeometry_ && name == indexInsert)
        db.fail("its spatial index is filled by trigger (GDAL's SQL functions): create the layer "
                "with SPATIAL_INDEX=NO and pack the index afterwards");
      if (name.compare(0, countPrefix.size(), countPrefix) == 0)
        countTriggers_.emplace_back(
            name, reinterpret_cast<const char *>(sqlite3_column_text(triggers.get(), 1)));
    }
  }

  {
    // GDAL keeps feature counts there unless told not to (ADD_GPKG_OGR_CONTENTS=NO).
    SqliteStatement counts(db.prepare("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = "
                                      "'table' AND name = 'gpkg_ogr_contents')"));
    keepsCount_ = sqlite3_step(counts.get()) == SQLITE_ROW && sqlite3_column_int(counts.get(), 0);
  }

  if (!synchronous)
    db.execute("PRAGMA synchronous = OFF");
  db.execute("BEGIN IMMEDIATE");
  for (const auto &trigger : countTriggers_)
    db.execute("DROP TRIGGER " + sqlIdentifier(trigger.first));

  std::string names, values;
  int parameter = 0;
  const auto add = [&](const std::string &column) {
    const std::string separator = parameter++ ? ", " : "";
    names += separator + sqlIdentifier(column);
    values += separator + "?" + std::to_string(parameter);
  };
  if (hasGeometry_)
    add(geometryColumn);
  for (const std::string &column : columns)
    add(column);
  insert_ =
      db.prepare("INSERT INTO " + sqlIdentifier(layer) +
                 (parameter ? " (" + names + ") VALUES (" + values + ")" : " DEFAULT VALUES"));
}

GeoPackageRowWriter::~GeoPackageRowWriter() {
  insert_.reset();
  if (!finished_ && db_)
    db_->rollback();
}

void GeoPackageRowWriter::setInteger(std::size_t column, std::int64_t value) {
  sqlite3_bind_int64(insert_.get(), static_cast<int>(column) + (hasGeometry_ ? 2 : 1), value);
}

void GeoPackageRowWriter::setReal(std::size_t column, double value) {
  sqlite3_bind_double(insert_.get(), static_cast<int>(column) + (hasGeometry_ ? 2 : 1), value);
}

void GeoPackageRowWriter::setText(std::size_t column, const char *utf8, std::size_t bytes) {
  sqlite3_bind_text64(insert_.get(), static_cast<int>(column) + (hasGeometry_ ? 2 : 1), utf8, bytes,
                      SQLITE_TRANSIENT, SQLITE_UTF8);
}

void GeoPackageRowWriter::addRow(const unsigned char *wkb, std::size_t bytes,
                                 const std::optional<Envelope> &box) {
  if (hasGeometry_ && wkb) {
    frameGeometry(blob_, srsId_, wkb, bytes, box);
    sqlite3_bind_blob64(insert_.get(), 1, blob_.data(), blob_.size(), SQLITE_STATIC);
    if (box) {
      if (!extent_)
        extent_ = box;
      extent_->minX = std::min(extent_->minX, box->minX);
      extent_->maxX = std::max(extent_->maxX, box->maxX);
      extent_->minY = std::min(extent_->minY, box->minY);
      extent_->maxY = std::max(extent_->maxY, box->maxY);
    }
  }
  db_->step(insert_.get());
  sqlite3_clear_bindings(insert_.get());
  ++rows_;
  if (box && std::isfinite(box->minX) && std::isfinite(box->maxX) && std::isfinite(box->minY) &&
      std::isfinite(box->maxY))
    boxes_.push_back({db_->lastInsertedRow(), box->minX, box->maxX, box->minY, box->maxY});
}

std::vector<BoxEntry> GeoPackageRowWriter::finish() {
  SqliteConnection &db = *db_;
  if (keepsCount_) {
    SqliteStatement count(db.prepare("UPDATE gpkg_ogr_contents SET feature_count = ?1 WHERE "
                                     "lower(table_name) = lower(?2)"));
    sqlite3_bind_int64(count.get(), 1, rows_);
    sqlite3_bind_text(count.get(), 2, layer_.c_str(), -1, SQLITE_TRANSIENT);
    db.step(count.get());
  }
  if (extent_) {
    SqliteStatement extent(db.prepare(
        "UPDATE gpkg_contents SET min_x = ?1, max_x = ?2, min_y = ?3, max_y = ?4, last_change = "
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?5)"));
    int parameter = 0;
    for (double value : {extent_->minX, extent_->maxX, extent_->minY, extent_->maxY})
      sqlite3_bind_double(extent.get(), ++parameter, value);
    sqlite3_bind_text(extent.get(), 5, layer_.c_str(), -1, SQLITE_TRANSIENT);
    db.step(extent.get());
  }
  for (const auto &trigger : countTriggers_)
    db.execute(trigger.second);
  insert_.reset();
  db.execute("COMMIT");
  finished_ = true;
  return std::move(boxes_);
}

} // namespace resilience
