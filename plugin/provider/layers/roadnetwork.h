#pragma once
// A road layer as an undirected graph for the core's network distances, built with QGIS's network
// analysis library (QgsVectorLayerDirector, both directions, edge cost = length measured on the
// ellipsoid of the roads' CRS, in metres). Points are snapped to the nearest road segment
// (QGIS "tie points"); the straight leg from a point to its snapped position is not counted.
#include "accessibility/network_reach.h"

#include <vector>

class QgsCoordinateReferenceSystem;
class QgsFeatureSource;
class QgsProcessingContext;
class QgsProcessingFeedback;

struct RoadNetwork {
  resilience::NetworkGraph graph;
  std::vector<std::size_t> vertexOfPoint; // per point: its snapped vertex, or kNoVertex
};

// x/y are in pointsCrs (NaN: no location). tolerance: topology tolerance in the roads' map units
// (0: line ends must coincide exactly to connect).
RoadNetwork buildRoadNetwork(const QgsFeatureSource &roads, const std::vector<double> &x,
                             const std::vector<double> &y,
                             const QgsCoordinateReferenceSystem &pointsCrs, double tolerance,
                             QgsProcessingContext &context, QgsProcessingFeedback *feedback);

// The same for points the caller locates only on the network (x/y of several layers one after
// another): points that cannot be placed on it become NaN in x/y, so the core counts them as
// without location, and the log names the network's size and how many were not placed.
RoadNetwork placeOnRoads(const QgsFeatureSource &roads, double tolerance, std::vector<double> &x,
                         std::vector<double> &y, const QgsCoordinateReferenceSystem &pointsCrs,
                         QgsProcessingContext &context, QgsProcessingFeedback *feedback);
