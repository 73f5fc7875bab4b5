#pragma once
// Where a neighbourhood's trips start, for every algorithm that measures distances from
// neighbourhoods (accessibility, site selection): the ORIGIN parameter family (ORIGIN =
// centroid | pointonsurface | points, ORIGIN_POINTS, ORIGIN_WEIGHT), declared and read once.
#include "accessibility/accessibility.h"
#include "layers/featurecolumns.h"

#include <QList>
#include <QString>
#include <QVariantMap>

class QgsCoordinateReferenceSystem;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;
class QgsProcessingParameterDefinition;

// ORIGIN (default pointonsurface), ORIGIN_POINTS and ORIGIN_WEIGHT, in that order, for the
// algorithm to add; `areas` names its polygon parameter.
QList<QgsProcessingParameterDefinition *> originParameters();

// The origins the parameters ask for, in crs (the areas' CRS): the centroid or point on surface of
// each polygon (repaired first when invalid, with a log line), or the weighted ORIGIN_POINTS inside
// each polygon, polygons without a point falling back to their point on surface (listed).
resilience::AccessibilityOrigins
readOrigins(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
            const FeatureColumns &areas, const QgsCoordinateReferenceSystem &crs,
            QgsProcessingContext &context, QgsProcessingFeedback *feedback);
