#include "layers/roadnetwork.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeaturesource.h>
#include <qgsgraph.h>
#include <qgsgraphbuilder.h>
#include <qgsnetworkdistancestrategy.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectorlayerdirector.h>

#include <cmath>
#include <limits>
#include <memory>

RoadNetwork buildRoadNetwork(const QgsFeatureSource &roads, const std::vector<double> &x,
                             const std::vector<double> &y,
                             const QgsCoordinateReferenceSystem &pointsCrs, double tolerance,
                             QgsProcessingContext &context, QgsProcessingFeedback *feedback) {
  const QgsCoordinateReferenceSystem roadCrs = roads.sourceCrs();
  const QgsCoordinateTransform toRoads(pointsCrs, roadCrs, context.transformContext());
  QVector<QgsPointXY> points;
  std::vector<int> pointOfTie(x.size(), -1);
  for (std::size_t p = 0; p < x.size(); ++p) {
    if (!std::isfinite(x[p]) || !std::isfinite(y[p]))
      continue;
    try {
      pointOfTie[p] = points.size();
      points << toRoads.transform(QgsPointXY(x[p], y[p]));
    } catch (const QgsCsException &) {
      pointOfTie[p] = -1;
    }
  }

  // The director only reads features; its interface takes a non-const source.
  QgsVectorLayerDirector director(const_cast<QgsFeatureSource *>(&roads), -1, QString(), QString(),
                                  QString(), QgsVectorLayerDirector::DirectionBoth);
  director.addStrategy(new QgsNetworkDistanceStrategy());
  QString ellipsoid = roadCrs.ellipsoidAcronym();
  if (ellipsoid.isEmpty())
    ellipsoid = QStringLiteral("EPSG:7030");
  QgsGraphBuilder builder(roadCrs, true, tolerance, ellipsoid);
  QVector<QgsPointXY> snapped;
  director.makeGraph(&builder, points, snapped, feedback);
  std::unique_ptr<QgsGraph> graph(builder.takeGraph());
  if (!graph || graph->vertexCount() == 0)
    throw QgsProcessingException(
        QObject::tr("ROADS: %1 gives no road network (no line features?)").arg(roads.sourceName()));

  RoadNetwork network;
  network.graph.vertices = static_cast<std::size_t>(graph->vertexCount());
  for (int e = 0; e < graph->edgeCount(); ++e) {
    const QgsGraphEdge &edge = graph->edge(e);
    network.graph.from.push_back(static_cast<std::size_t>(edge.fromVertex()));
    network.graph.to.push_back(static_cast<std::size_t>(edge.toVertex()));
    network.graph.length.push_back(edge.cost(0).toDouble());
  }
  network.vertexOfPoint.assign(x.size(), resilience::kNoVertex);
  for (std::size_t p = 0; p < x.size(); ++p) {
    if (pointOfTie[p] < 0 || pointOfTie[p] >= snapped.size())
      continue;
    const int vertex = graph->findVertex(snapped[pointOfTie[p]]);
    if (vertex >= 0)
      network.vertexOfPoint[p] = static_cast<std::size_t>(vertex);
  }
  return network;
}

RoadNetwork placeOnRoads(const QgsFeatureSource &roads, double tolerance, std::vector<double> &x,
                         std::vector<double> &y, const QgsCoordinateReferenceSystem &pointsCrs,
                         QgsProcessingContext &context, QgsProcessingFeedback *feedback) {
  RoadNetwork network = buildRoadNetwork(roads, x, y, pointsCrs, tolerance, context, feedback);
  std::size_t unplaced = 0;
  for (std::size_t p = 0; p < x.size(); ++p)
    if (network.vertexOfPoint[p] == resilience::kNoVertex && std::isfinite(x[p]) &&
        std::isfinite(y[p])) {
      x[p] = y[p] = std::numeric_limits<double>::quiet_NaN();
      ++unplaced;
    }
  feedback->pushInfo(QObject::tr("Network distances along %1: %2 vertices, %3 edges; lengths in "
                                 "metres on the ellipsoid; %4 point(s) could not be placed on it")
                         .arg(roads.sourceName())
                         .arg(network.graph.vertices)
                         .arg(network.graph.from.size())
                         .arg(unplaced));
  return network;
}
