#pragma once
// Test-only helpers for the weights tests: read a vector layer with OGR (optionally reprojected,
// as sf::st_transform does through GDAL/PROJ), and compare neighbour sets with the spdep edge
// lists.
#include "reference_csv.h"
#include "weights/spatial_weights.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace resilience::testing {

struct TestLayer {
  std::vector<std::vector<unsigned char>> wkb;
  std::vector<std::vector<std::string>> fields; // requested string fields, one vector per field
};

// targetEpsg = 0 keeps the layer's coordinates.
inline TestLayer readTestLayer(const std::string &relativePath, const std::string &layerName = "",
                               const std::vector<std::string> &fieldNames = {},
                               int targetEpsg = 0) {
  GDALAllRegister();
  GDALDatasetH ds =
      GDALOpenEx(testdataPath(relativePath).c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  if (!ds)
    throw std::runtime_error("cannot open " + relativePath);
  OGRLayerH layer = layerName.empty() ? GDALDatasetGetLayer(ds, 0)
                                      : GDALDatasetGetLayerByName(ds, layerName.c_str());
  OGRCoordinateTransformationH transform = nullptr;
  OGRSpatialReferenceH target = nullptr;
  if (targetEpsg != 0) {
    target = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(target, targetEpsg);
    OSRSetAxisMappingStrategy(target, OAMS_TRADITIONAL_GIS_ORDER);
    transform = OCTNewCoordinateTransformation(OGR_L_GetSpatialRef(layer), target);
  }
  TestLayer out;
  out.fields.resize(fieldNames.size());
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  OGR_L_ResetReading(layer);
  while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    std::vector<unsigned char> blob;
    if (g && !OGR_G_IsEmpty(g)) {
      if (transform && OGR_G_Transform(g, transform) != OGRERR_NONE)
        throw std::runtime_error("cannot transform a geometry of " + relativePath);
      blob.resize(static_cast<std::size_t>(OGR_G_WkbSize(g)));
      OGR_G_ExportToIsoWkb(g, wkbNDR, blob.data());
    }
    out.wkb.push_back(std::move(blob));
    for (std::size_t k = 0; k < fieldNames.size(); ++k)
      out.fields[k].push_back(
          OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(defn, fieldNames[k].c_str())));
    OGR_F_Destroy(f);
  }
  if (transform)
    OCTDestroyCoordinateTransformation(transform);
  if (target)
    OSRDestroySpatialReference(target);
  GDALClose(ds);
  return out;
}

using EdgeSet = std::set<std::pair<std::size_t, std::size_t>>; // 1-based, as in the spdep files

inline EdgeSet edgesOf(const SpatialWeights &w) {
  EdgeSet edges;
  for (std::size_t i = 0; i < w.size(); ++i)
    for (std::size_t k = 0; k < w.neighbourCount(i); ++k)
      edges.insert({i + 1, w.neighboursBegin(i)[k] + std::size_t{1}});
  return edges;
}

inline EdgeSet referenceEdges(const std::string &spdepFile) {
  ReferenceCsv csv("spdep/" + spdepFile);
  EdgeSet edges;
  for (std::size_t r = 0; r < csv.rows(); ++r)
    edges.insert({static_cast<std::size_t>(csv.number(r, "i")),
                  static_cast<std::size_t>(csv.number(r, "j"))});
  return edges;
}

} // namespace resilience::testing
