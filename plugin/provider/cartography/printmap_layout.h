#pragma once
// The page of a print map: title with the region's name, map, legend, scale bar, north arrow,
// and a footer with the date and the source. One layout with an atlas over the pages.
#include <QString>

class QgsPrintLayout;
class QgsProject;
class QgsVectorLayer;

struct PrintMapSpec {
  QString title;
  QString subtitle;
  QString credits;
  QString language;
  double pageWidthMm = 297;
  double pageHeightMm = 210;
  QgsVectorLayer *coverage = nullptr;     // atlas pages, region boundaries and names
  QgsVectorLayer *surroundings = nullptr; // greys what lies around the current region
  QgsVectorLayer *theme = nullptr;        // the styled copy of INPUT
  QgsVectorLayer *noData = nullptr;       // optional: INPUT features without a value
  QgsVectorLayer *facilities = nullptr;   // optional points
  QgsVectorLayer *overlay = nullptr;      // optional: risk hot spots or clusters, hatched
  QgsVectorLayer *locator = nullptr;      // the regions for the locator inset
  // Optional summary tables (printmap_summary): rows per atlas page, shown beside the map.
  QgsVectorLayer *figures = nullptr;
  QgsVectorLayer *lowest = nullptr;
  QString regionHeading, wholeHeading;
};

// A new layout (owned by the caller) whose atlas is enabled over spec.coverage. The layers must
// outlive it.
QgsPrintLayout *buildPrintLayout(QgsProject *project, const PrintMapSpec &spec);
