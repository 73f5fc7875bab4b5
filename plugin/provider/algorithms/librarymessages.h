#pragma once
// GDAL prints its warnings and errors straight to the terminal ("ERROR 4: sqlite3_open failed",
// "Warning 1: organizePolygons() received a polygon with more than 100 parts"), and so do the
// GEOS errors OGR meets when it converts a geometry ("ERROR 1: IllegalArgumentException: Invalid
// number of points in LinearRing found 2"). While an algorithm runs, this routes the messages of
// its thread into the run's feedback instead: each distinct message once, as a warning, with how
// often it came. Debug messages are dropped. Installed once per run by
// ResilienceAlgorithm::processAlgorithm (runs nest: a pipeline step gets its own).
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

class QgsProcessingFeedback;

class LibraryMessagesToFeedback {
public:
  explicit LibraryMessagesToFeedback(QgsProcessingFeedback *feedback);
  // Restores the previous handler and reports what came.
  ~LibraryMessagesToFeedback();
  LibraryMessagesToFeedback(const LibraryMessagesToFeedback &) = delete;
  LibraryMessagesToFeedback &operator=(const LibraryMessagesToFeedback &) = delete;

  // The text a message is reported with ("GDAL warning: ...", "GEOS error (through GDAL): ...").
  static QString describe(bool failure, const QString &message);

  void add(bool failure, const QString &message);

private:
  QgsProcessingFeedback *mFeedback;
  QMutex mMutex;
  QStringList mOrder;       // distinct texts in order of arrival
  QMap<QString, int> mSeen; // how often each came
};

// Outside a run GDAL has no handler but its default: in the desktop, QGIS's render threads drawing
// a boundary file with degenerate rings print "ERROR 1: IllegalArgumentException: ..." to the
// terminal on every redraw. While the desktop plugin is loaded, GDAL's messages go to QGIS's
// message log instead (tab "GDAL"), each distinct message once (the first thousand); a run's own
// handler comes first.
// stop puts back the handler that was there, unless another one replaced this meanwhile.
void startLibraryMessagesToLog();
void stopLibraryMessagesToLog();
