#pragma once
// The table book (tabellenboek) beside the map book: one sheet per level, written with GDAL's
// XLSX or ODS driver through QGIS's vector file writer. Headers are readable words in the book's
// language, numbers are numbers (the sheets' cells are numeric, not text).
//   Areas / Gebieden         - every INPUT feature: its region, its fields, its rank
//   Regions / Regio's        - per region: areas, residents, mean score, min, max, share in the
//                              lowest class (%), risk hot spots
//   Whole area / Heel gebied - the same for all areas together
#include "cartography/printmap_summary.h"

#include <QString>

class QgsCoordinateTransformContext;
class QgsVectorLayer;

// path ends in .xlsx or .ods. Throws QgsProcessingException naming the file and sheet when a
// sheet cannot be written; the caller removes the file.
void writeTableBook(const QString &path, const QgsVectorLayer &input, const BookFigures &figures,
                    const QString &scoreField, const QString &language,
                    const QgsCoordinateTransformContext &transformContext);
