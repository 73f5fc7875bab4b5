#pragma once
// The summary tables beside a map book page: the region beside the whole area (population,
// population-weighted mean score, share of residents in the lowest class, risk hot spots) and the
// region's lowest-scoring neighbourhoods with their rank. The numbers come from the core
// (resilience::summariseRegions); here they are only read, formatted and laid out as two table
// layers whose rows carry their atlas page, so the layout's tables follow the atlas.
#include <QString>

#include <memory>

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

// coverage: the atlas layer of printmap_regions (page 0 = overview, then one region per page).
// A neighbourhood belongs to the region containing its point on surface. Throws
// QgsProcessingException naming a missing or non-numeric field.
SummaryTables buildSummaryTables(const QgsVectorLayer &input, const QgsVectorLayer &coverage,
                                 const SummarySpec &spec, QgsFeedback *feedback);
