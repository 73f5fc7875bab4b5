#pragma once
// Rows appended to a GeoPackage layer straight through SQLite, in one transaction: GDAL creates
// the layer (its table, columns, CRS and, set aside, its spatial index: geopackage_rtree.h) and
// this writes the features. Through GDAL each feature is built field by field and its geometry
// parsed and written again; here the WKB the caller has is framed as a GeoPackage geometry blob
// and the values are bound to one prepared INSERT (100,000 polygons: 0.5 s -> 0.1 s).
//
// The layer must be empty and must not fill its spatial index by trigger (GDAL's triggers call
// SQL functions that only GDAL's own connections have: create it with SPATIAL_INDEX=NO, then
// GeoPackageBulkRTree). GDAL's feature-count triggers are set aside while the rows are written and
// the count is stored once; finish() also stores the layer's extent in gpkg_contents, as GDAL does
// when it closes a layer it wrote.
//
// The rows are inserted by a thread of the writer's own, a few thousand at a time, while the
// caller makes the next ones (at a million rows of 45 values SQLite's share is a few seconds that
// the second core takes). A row SQLite refuses fails a later addRow() or finish().
#include "io/rtree_packing.h"
#include "io/sqlite_connection.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace resilience {

struct Envelope {
  double minX, maxX, minY, maxY;
};

class GeoPackageRowWriter {
public:
  // `columns`: the columns each row fills, in the order of the set*() column indexes (the id
  // column too, for rows that keep their ids; unset, SQLite numbers the rows).
  // Throws std::runtime_error naming the file, the layer and the column when the layer or a
  // column does not exist, the layer is not empty, or its spatial index is filled by trigger.
  // synchronous = false: SQLite does not wait for the disk (synchronous=OFF), for a GeoPackage that
  // holds nothing but new output.
  GeoPackageRowWriter(const std::string &file, const std::string &layer,
                      const std::vector<std::string> &columns, bool synchronous = true);
  // Without finish(), nothing is written (the transaction is rolled back).
  ~GeoPackageRowWriter();
  GeoPackageRowWriter(const GeoPackageRowWriter &) = delete;
  GeoPackageRowWriter &operator=(const GeoPackageRowWriter &) = delete;

  // The values of the next row, by index into `columns` (std::out_of_range beyond it); a column
  // not set is NULL.
  void setInteger(std::size_t column, std::int64_t value);
  void setReal(std::size_t column, double value);
  void setText(std::size_t column, const char *utf8, std::size_t bytes);

  // Writes the row with these values and its geometry: `wkb` (ISO WKB, as GDAL writes it) with its
  // bounding box, or without one for an empty geometry; nullptr wkb for a NULL geometry (and for a
  // layer without geometry). Throws std::runtime_error with SQLite's message for a row written
  // before.
  void addRow(const unsigned char *wkb, std::size_t bytes, const std::optional<Envelope> &box);

  // Commits the rows, the feature count and the extent, and restores the feature-count triggers.
  // Throws std::runtime_error (and writes nothing) on failure. Call once. Returns the rows' boxes
  // for their spatial index (GeoPackageBulkRTree::finish), those of empty geometries and boxes
  // with coordinates that are not finite left out, as a GeoPackage index leaves them out.
  std::vector<BoxEntry> finish();

  std::int64_t rows() const { return rows_; }

private:
  struct Value;
  struct Batch;
  class Inserter;

  std::string layer_;
  std::optional<SqliteConnection> db_;
  SqliteStatement insert_;
  std::vector<std::pair<std::string, std::string>> countTriggers_; // name, SQL
  std::int32_t srsId_ = 0;
  bool hasGeometry_ = false, keepsCount_ = false, finished_ = false;
  std::optional<Envelope> extent_;
  std::int64_t rows_ = 0;
  std::vector<Value> next_;      // the values of the row being set
  std::unique_ptr<Batch> batch_; // the rows made since the last hand-over
  std::unique_ptr<Inserter> inserter_;
};

} // namespace resilience
