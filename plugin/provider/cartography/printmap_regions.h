#pragma once
// The atlas of a print map: one page for the whole area, then one per region, and what is drawn
// around a region to make it stand out.
#include <QList>
#include <QString>

#include <memory>

class QgsCoordinateTransformContext;
class QgsFeedback;
class QgsVectorLayer;

// Optional pages (a domain score, the change, the chosen sites): one more page of the overview and
// of each region, after the page of the main theme.
struct SheetPages {
  QString key;     // the coverage's "sheet" (the main theme's pages have "")
  QString subject; // what the page shows, for its heading
};

struct AtlasLayers {
  // Atlas coverage, in INPUT's CRS, one feature per page: page (0 = overview, k = region k),
  // kind ("overview" or "region"), name, file_name, sheet and subject (SheetPages; "" on the main
  // theme's pages), sequence (the printed order). Drawn as region boundaries, named on the
  // overview page.
  std::unique_ptr<QgsVectorLayer> coverage;
  // One feature per region covering everything around it, drawn grey on that region's page.
  std::unique_ptr<QgsVectorLayer> surroundings;
  // The regions again, for the locator inset: every region light grey, the current one dark.
  std::unique_ptr<QgsVectorLayer> locator;
  int regionCount = 0;
  int pagesPerRegion = 1; // the main theme's page and one per sheet
  int frontPageCount = 0; // cover, contents, method: pages -3, -2, -1 (kind as named)
  // INPUT features that are not drawn: no geometry (NULL or empty).
  long withoutGeometry = 0;
};

// With frontPages, a cover, a contents and a method page come first (kinds "cover",
// "contents", "method"; pages -3 to -1, so the overview stays page 0); file names follow the
// printed order (00_cover.png, ...).
// Regions come from the polygons of `regions` (named by its field regionField when it has one,
// else by its first text field) or, without it, from INPUT's features grouped by regionField
// (NULL and empty values belong to no region). Neither gives an atlas of the overview page only.
// Throws QgsProcessingException naming the field or layer at fault.
AtlasLayers buildAtlasLayers(const QgsVectorLayer &input, const QgsVectorLayer *regions,
                             const QString &regionField, const QString &language,
                             const QgsCoordinateTransformContext &transformContext,
                             QgsFeedback *feedback, bool frontPages = false,
                             const QList<SheetPages> &sheets = {});
