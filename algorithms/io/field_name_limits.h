#pragma once
// How long a field name a file format keeps. A shapefile's attributes live in a dBase table,
// whose header holds 10 bytes per field name: GDAL cuts "lisa_cluster" to "lisa_clust", and
// styles, reports and later steps that look for "lisa_cluster" find nothing. Outputs in such a
// format are refused before anything is written rather than written under other names.
#include <cstddef>
#include <string>
#include <vector>

namespace resilience {

// The most bytes a field name may have in files with this extension (any case, without the
// dot): 10 for "shp" and "dbf"; 0 when the format keeps names we write (GeoPackage, CSV, ...).
std::size_t fieldNameLimit(const std::string &extension);

// The names longer than `limit` bytes (none when limit is 0), in their order.
std::vector<std::string> namesTooLong(const std::vector<std::string> &names, std::size_t limit);

} // namespace resilience
