#pragma once
// GAL (neighbour lists: contiguity, KNN) and GWT (weighted links) files as GeoDa writes them and
// PySAL (libpysal.io) and spdep (read.gal, read.gwt2nb) read them. Feature ids are strings from an
// id column; `featureIds` gives the id of every feature in layer order and must be unique.
//
//   GAL:  0 <n> <layer> <id field>        GWT:  0 <n> <layer> <id field>
//         <id> <neighbour count>                <id> <neighbour id> <weight>
//         <neighbour ids...>                    ...
//
// A GAL header may also be the legacy single count <n>. Readers throw InputError naming the file
// and line for anything malformed (unknown ids, wrong counts, duplicate records, bad numbers).
#include "weights/spatial_weights.h"

#include <string>
#include <vector>

namespace resilience {

// The id field a GAL or GWT header names ("0 100 sids2 FIPSNO" -> "FIPSNO"); empty for a legacy
// header, a header without it, or "unknown" (what writeGal/writeGwt write for feature positions).
// Throws InputError when the file cannot be opened.
std::string weightsFileIdField(const std::string &path);

// GAL lists every feature (islands with 0 neighbours); weights are binary.
SpatialWeights readGal(const std::string &path, const std::vector<std::string> &featureIds);
void writeGal(const std::string &path, const SpatialWeights &weights,
              const std::vector<std::string> &featureIds, const std::string &layerName,
              const std::string &idField);

// GWT lists links only: features that never appear as origin are islands. Self links (a kernel's
// diagonal) are allowed.
SpatialWeights readGwt(const std::string &path, const std::vector<std::string> &featureIds);
void writeGwt(const std::string &path, const SpatialWeights &weights,
              const std::vector<std::string> &featureIds, const std::string &layerName,
              const std::string &idField);

} // namespace resilience
