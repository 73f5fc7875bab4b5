#pragma once
// The R-tree spatial index of a GeoPackage layer built in bulk after its features are written,
// instead of row by row while they are. GDAL 3.6 (Debian 12) fills the index one row at a time,
// through SQLite's R*Tree module, about 16 s per million polygons, twice as long as writing the
// features; GDAL 3.7 and later load it in bulk themselves, but only for the features GDAL itself
// writes, and rows written straight into the table (geopackage_rows.h) need it from here.
//
// GDAL still creates the index (the virtual table, its triggers and the gpkg_extensions entry),
// on the empty layer, so the layer is a GeoPackage GDAL wrote; only the triggers that would fill
// it are set aside while the features are written, and the index is then packed into SQLite's
// shadow tables (rtree_packing.h) and the triggers restored, in one transaction.
#include "io/rtree_packing.h"

#include <string>
#include <utility>
#include <vector>

namespace resilience {

class GeoPackageBulkRTree {
public:
  // `layer` of the GeoPackage `file` must exist, with a geometry column but without a spatial
  // index and without features (created with SPATIAL_INDEX=NO). Creates its index through GDAL and
  // sets the index's triggers aside. Throws std::runtime_error naming the file, layer and GDAL's or
  // SQLite's message. synchronous = false: finish() does not wait for the disk (SQLite's
  // synchronous=OFF), for a GeoPackage that holds nothing but new output.
  GeoPackageBulkRTree(std::string file, std::string layer, bool synchronous = true);

  // Once the features are written and the writer is closed: fills the index with every feature
  // whose geometry is neither NULL nor empty and restores the triggers. Throws std::runtime_error
  // (and changes nothing) on failure. If finish() is never called, the layer keeps an empty index
  // without triggers; that happens only when writing failed, and the output is then discarded.
  void finish();
  // The same with the boxes of the features already known (GeoPackageRowWriter::finish()): the
  // geometries are not read back. Boxes of empty geometries or with coordinates that are not
  // finite must not be among them.
  void finish(std::vector<BoxEntry> boxes);

  const std::string &indexTable() const { return index_; }

private:
  std::string file_, layer_, geometryColumn_, index_;
  bool synchronous_;
  std::vector<std::pair<std::string, std::string>> triggers_; // name, SQL
};

} // namespace resilience
