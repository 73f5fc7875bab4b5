#include "cartography/moranscatterplot.h"

#include "statistics/valid_subset.h"

#include <qgsexception.h>

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

using namespace resilience;

namespace {

constexpr int kSide = 800; // pixels (PNG) or SVG user units

// Half-width of a symmetric axis around 0 that holds every value with a little room.
double axisRange(const std::vector<double> &values) {
  double largest = 0.0;
  for (double v : values)
    largest = std::max(largest, std::fabs(v));
  return largest > 0.0 ? 1.08 * largest : 1.0;
}

double tickStep(double range) {
  return range > 4.0 ? 2.0 : range > 1.5 ? 1.0 : 0.5;
}

} // namespace

MoranScatterplot moranScatterplot(const MaskedValues &values, const SpatialWeights &weights,
                                  const QString &valueName) {
  const ValidSubset s =
      makeValidSubset(values, weights, {true, SelfLink::Exclude}, valueName.toStdString());
  requireSpread(s, 2, valueName.toStdString(), "The Moran scatterplot");
  const double n = static_cast<double>(s.size());
  double mean = 0.0;
  for (double v : s.values)
    mean += v;
  mean /= n;
  double squares = 0.0;
  for (double v : s.values)
    squares += (v - mean) * (v - mean);
  const double sd = std::sqrt(squares / (n - 1.0));
  std::vector<double> z(s.size());
  for (std::size_t r = 0; r < s.size(); ++r)
    z[r] = (s.values[r] - mean) / sd;
  const std::vector<double> lag = spatialLag(s.weights, z);

  MoranScatterplot plot;
  plot.valueName = valueName;
  plot.islands = s.summary.islands;
  plot.nullValues = s.summary.nullValues;
  double cross = 0.0, zz = 0.0;
  for (std::size_t r = 0; r < s.size(); ++r) {
    zz += z[r] * z[r];
    if (s.island[r])
      continue;
    cross += z[r] * lag[r];
    plot.z.push_back(z[r]);
    plot.lag.push_back(lag[r]);
  }
  plot.slope = cross / zz;
  return plot;
}

void drawMoranScatterplot(QPainter &painter, const QRectF &area, const MoranScatterplot &plot) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(area, Qt::white);
  const QRectF frame = area.adjusted(90, 70, -30, -80);
  const double xRange = axisRange(plot.z), yRange = axisRange(plot.lag);
  const auto toScreen = [&](double x, double y) {
    return QPointF(frame.center().x() + x / xRange * frame.width() / 2.0,
                   frame.center().y() - y / yRange * frame.height() / 2.0);
  };

  QFont font = painter.font();
  font.setPixelSize(16);
  painter.setFont(font);
  painter.setPen(QPen(QColor(60, 60, 60), 1));
  painter.drawRect(frame);
  // Ticks at whole or half standard deviations, labelled below and left of the frame.
  for (const bool horizontal : {true, false}) {
    const double range = horizontal ? xRange : yRange;
    const double step = tickStep(range);
    for (double t = -std::floor(range / step) * step; t <= range; t += step) {
      const QPointF at = horizontal ? toScreen(t, -yRange) : toScreen(-xRange, t);
      const QString label = QString::number(t, 'g', 3);
      if (horizontal) {
        painter.drawLine(at, at + QPointF(0, 6));
        painter.drawText(QRectF(at.x() - 30, at.y() + 8, 60, 20), Qt::AlignCenter, label);
      } else {
        painter.drawLine(at, at - QPointF(6, 0));
        painter.drawText(QRectF(at.x() - 70, at.y() - 10, 60, 20),
                         Qt::AlignRight | Qt::AlignVCenter, label);
      }
    }
  }

  painter.setClipRect(frame);
  // Quadrant lines through the means (0 after standardising) and the quadrant names.
  painter.setPen(QPen(QColor(150, 150, 150), 1, Qt::DashLine));
  painter.drawLine(toScreen(0, -yRange), toScreen(0, yRange));
  painter.drawLine(toScreen(-xRange, 0), toScreen(xRange, 0));
  painter.setPen(QColor(130, 130, 130));
  const QRectF inner = frame.adjusted(10, 6, -10, -6);
  painter.drawText(inner, Qt::AlignTop | Qt::AlignRight, QObject::tr("High-High"));
  painter.drawText(inner, Qt::AlignTop | Qt::AlignLeft, QObject::tr("Low-High"));
  painter.drawText(inner, Qt::AlignBottom | Qt::AlignLeft, QObject::tr("Low-Low"));
  painter.drawText(inner, Qt::AlignBottom | Qt::AlignRight, QObject::tr("High-Low"));

  painter.setPen(QPen(QColor(33, 102, 172), 1.2));
  painter.setBrush(QColor(33, 102, 172, 90));
  for (std::size_t i = 0; i < plot.z.size(); ++i)
    painter.drawEllipse(toScreen(plot.z[i], plot.lag[i]), 4.5, 4.5);
  painter.setPen(QPen(QColor(202, 0, 32), 2.5));
  painter.drawLine(toScreen(-xRange, -xRange * plot.slope), toScreen(xRange, xRange * plot.slope));
  painter.setClipping(false);

  painter.setPen(Qt::black);
  painter.drawText(QRectF(frame.left(), frame.bottom() + 34, frame.width(), 24), Qt::AlignCenter,
                   QObject::tr("%1 (standardised)").arg(plot.valueName));
  painter.save();
  painter.translate(area.left() + 22, frame.center().y());
  painter.rotate(-90);
  painter.drawText(QRectF(-frame.height() / 2, -12, frame.height(), 24), Qt::AlignCenter,
                   QObject::tr("Spatial lag of %1 (standardised)").arg(plot.valueName));
  painter.restore();
  QStringList notes;
  if (plot.islands > 0)
    notes << QObject::tr("%n island(s) without neighbours not shown", nullptr,
                         static_cast<int>(plot.islands));
  if (plot.nullValues > 0)
    notes << QObject::tr("%n NULL value(s) left out", nullptr, static_cast<int>(plot.nullValues));
  if (!notes.isEmpty())
    painter.drawText(QRectF(frame.left(), area.bottom() - 24, frame.width(), 20), Qt::AlignCenter,
                     notes.join(QStringLiteral("; ")));
  font.setPixelSize(20);
  font.setBold(true);
  painter.setFont(font);
  painter.drawText(
      QRectF(area.left(), area.top() + 16, area.width(), 30), Qt::AlignCenter,
      QObject::tr("Moran scatterplot: I = %1 (slope of the red line)").arg(plot.slope, 0, 'f', 4));
  painter.restore();
}

void saveMoranScatterplot(const MoranScatterplot &plot, const QString &path,
                          const QString &parameter) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  const QRectF area(0, 0, kSide, kSide);
  bool written = false;
  if (suffix == QLatin1String("png")) {
    QImage image(kSide, kSide, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    drawMoranScatterplot(painter, area, plot);
    painter.end();
    written = image.save(path, "PNG");
  } else if (suffix == QLatin1String("svg")) {
    // The file is opened here, not by the generator: a path that cannot be written then gives
    // our message alone, not Qt's "QSvgPaintEngine::begin(), could not open output device" and
    // "QPainter::begin(): Returned false" on the terminal.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
      throw QgsProcessingException(
          QObject::tr("%1: could not write %2 (%3)").arg(parameter, path, file.errorString()));
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(QSize(kSide, kSide));
    svg.setViewBox(area);
    svg.setTitle(QObject::tr("Moran scatterplot of %1").arg(plot.valueName));
    QPainter painter;
    written = painter.begin(&svg);
    if (written) {
      drawMoranScatterplot(painter, area, plot);
      written = painter.end();
    }
  } else {
    throw QgsProcessingException(
        QObject::tr("%1: %2 must end in .png or .svg").arg(parameter, path));
  }
  if (!written)
    throw QgsProcessingException(QObject::tr("%1: could not write %2").arg(parameter, path));
}
