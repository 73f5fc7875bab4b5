#pragma once
// The page of a print map: title with the region's name, map, legend, scale bar, north arrow,
// and a footer with the date and the source. One layout with an atlas over the pages.
#include <QList>
#include <QString>

class QgsPrintLayout;
class QgsProject;
class QgsVectorLayer;

// A further map per page (optional pages: a domain score, the change, the chosen sites): its own
// pages of the atlas (coverage features with "sheet" = key) show its layers and legend in place of
// the main theme's; title, locator, tables, scale bar and footer are those of every page.
struct MapSheet {
  QString key;                    // the coverage's "sheet" value
  QList<QgsVectorLayer *> layers; // drawn over the region boundaries, top first
  QList<QgsVectorLayer *> legend; // in legend order
};

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
  QList<MapSheet> sheets; // optional pages; the layers must outlive the layout
};

// A new layout (owned by the caller) whose atlas is enabled over spec.coverage. The layers must
// outlive it.
QgsPrintLayout *buildPrintLayout(QgsProject *project, const PrintMapSpec &spec);
