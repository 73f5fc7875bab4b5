#pragma once
// The parameters facility accessibility and site selection share, declared once so both offer
// them under the same names, labels and defaults: INPUT (the neighbourhood polygons), DISTANCE (the
// catchment in metres), and ROADS with ROAD_TOLERANCE (distances along a road network). The ORIGIN
// family is declared in layers/origins.h.
#include <QList>

class QgsProcessingParameterDefinition;

// INPUT: the neighbourhood polygons.
QgsProcessingParameterDefinition *neighbourhoodPolygonsParameter();
// DISTANCE: the catchment distance in metres, default 1000.
QgsProcessingParameterDefinition *catchmentDistanceParameter();
// ROADS (optional line layer; straight lines without it) and ROAD_TOLERANCE, in that order.
QList<QgsProcessingParameterDefinition *> roadParameters();
