#pragma once
// The table book (tabellenboek) beside the map book: one sheet per level, written with GDAL's
// XLSX or ODS driver through QGIS's vector file writer, or as one CSV file per sheet (with a .csvt
// file giving the columns' types, so GDAL and QGIS read the numbers as numbers). Headers are
// readable words in the book's language, numbers are numbers (the sheets' cells are numeric, not
// text).
//   Areas / Gebieden         - every INPUT feature: its region, its fields (without the fid and
//                              without a field joined twice: name_2 beside name, or the region
//                              field beside the region, with the same values), its rank
//   Regions / Regio's        - per region: areas, residents, mean score, min, max, share in the
//                              lowest class (%), risk hot spots
//   Whole area / Heel gebied - the same for all areas together
#include "cartography/printmap_summary.h"

#include <QString>
#include <QStringList>

class QgsCoordinateTransformContext;
class QgsVectorLayer;

// Where a table book goes. OUTPUT_TABLEBOOK:
//   book.xlsx, book.ods - that file, one sheet per level, when GDAL can write the format; else
//                         (fallback) book_areas.csv, book_regions.csv, book_whole_area.csv
//   book.csv            - book_areas.csv, ... beside it
//   a folder            - areas.csv, regions.csv, whole_area.csv in it (an existing folder, a path
//                         ending in '/' or a name without extension)
// The CSV files are named after the sheets in the book's language (gebieden.csv, regios.csv,
// heel_gebied.csv in Dutch). An unknown extension is refused (QgsProcessingException).
struct TableBookFiles {
  QString driver;     // XLSX, ODS or CSV
  QStringList files;  // one, or one CSV per sheet in sheet order
  QString unwritable; // the spreadsheet format asked for that GDAL cannot write (CSV instead)
};
TableBookFiles tableBookFiles(const QString &path, const QString &language);

// Writes the sheets to book.files, each file through OutputStaging::writtenAt (the run's
// temporary files). Throws QgsProcessingException naming the file and sheet when a sheet cannot
// be written.
void writeTableBook(const TableBookFiles &book, const QgsVectorLayer &input,
                    const BookFigures &figures, const QString &scoreField, const QString &language,
                    const QgsCoordinateTransformContext &transformContext);
