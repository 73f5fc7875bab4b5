#pragma once
// The Moran scatterplot (Anselin 1996): every feature's standardised value against the spatial lag
// of the standardised values under row-standardised weights, with the line through the origin
// whose slope is Moran's I and the quadrant lines that separate High-High and Low-Low clusters
// from High-Low and Low-High outliers. Drawn with QPainter, so it renders offscreen (PNG or SVG)
// without a display.
#include "common/masked_values.h"
#include "weights/spatial_weights.h"

#include <QString>

#include <cstddef>
#include <vector>

class QPainter;
class QRectF;

struct MoranScatterplot {
  std::vector<double> z;   // standardised values (sample sd, as GeoDa) of features with a neighbour
  std::vector<double> lag; // their row-standardised spatial lag of the standardised values
  // sum z lag / sum z^2 (the sum of squares over every valid feature, islands included): Moran's I
  // of row-standardised weights, as spdep moran.test with adjust.n.
  double slope = 0.0;
  std::size_t islands = 0;    // valid features without a neighbour: no lag, not drawn
  std::size_t nullValues = 0; // features with a NULL value: not drawn
  QString valueName;
};

// NULL values are left out and the weights row-standardised afterwards, as every statistic does
// (valid_subset.h). Throws InputError for fewer than two valid values or zero variance.
MoranScatterplot moranScatterplot(const resilience::MaskedValues &values,
                                  const resilience::SpatialWeights &weights,
                                  const QString &valueName);

void drawMoranScatterplot(QPainter &painter, const QRectF &area, const MoranScatterplot &plot);

// Writes the plot to path as PNG or SVG (by the suffix); throws QgsProcessingException naming
// parameter when the suffix is neither or the file cannot be written.
void saveMoranScatterplot(const MoranScatterplot &plot, const QString &path,
                          const QString &parameter);
