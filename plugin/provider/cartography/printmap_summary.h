#pragma once
// The summary tables beside a map book page: the region beside the whole area (population,
// population-weighted mean score, share of residents in the lowest class, risk hot spots) and the
// region's lowest-scoring neighbourhoods with their rank. The numbers come from the core
// (resilience::summariseRegions); here they are only read, formatted and laid out as two table
// layers whose rows carry their atlas page, so the layout's tables follow the atlas.
#include "regions/region_summary.h"

#include <qgsfeatureid.h>

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QgsFeedback;
class QgsVectorLayer;

struct SummarySpec {
  QString scoreField;      // numeric score, low = at risk
  QString populationField; // empty: unweighted (shares of neighbourhoods)
  QString labelField;      // names of the neighbourhoods; empty: feature ids
  QString language;
};

struct SummaryTables {
  // page, row, item, region, whole: the figures of page `page` (0 = the whole area).
  std::unique_ptr<QgsVectorLayer> figures;
  // page, row, name, score, rank: the 5 lowest-scoring neighbourhoods of the page.
  std::unique_ptr<QgsVectorLayer> lowest;
  QString regionHeading, wholeHeading; // column headings in the page's language
};

// The core's figures for the regions of the atlas and the neighbourhoods they hold.
struct BookFigures {
  resilience::RegionSummary summary;
  std::vector<QgsFeatureId> ids;   // per neighbourhood (INPUT feature), in the summary's order
  std::vector<std::size_t> region; // per neighbourhood: its region (page - 1) or kNoRegion
  QStringList regionNames;         // in page order
  bool weighted = false;           // POPULATION given
  bool classField = false;         // resilience_class used for the lowest class (else score)
};

// coverage: the atlas layer of printmap_regions (page 0 = overview, then one region per page).
// A neighbourhood belongs to the region containing its point on surface. Throws
// QgsProcessingException naming a missing or non-numeric field.
BookFigures computeBookFigures(const QgsVectorLayer &input, const QgsVectorLayer &coverage,
                               const SummarySpec &spec, QgsFeedback *feedback);

// The figures as the page's tables, formatted as spec.language writes numbers.
SummaryTables buildSummaryTables(const BookFigures &figures, const QgsVectorLayer &input,
                                 const SummarySpec &spec);

// The table's row labels, shared with the table book: residents, mean score, share in the
// lowest class, risk hot spots.
QStringList summaryItemNames(const BookFigures &figures, const QString &language);
