#pragma once
// The optional pages of a map book (issues 15 and 18): after the main theme's page of the overview
// and of each region, a page per domain score (DOMAIN_PAGES), a page of the change between years
// (CHANGE_PAGES) and a page of the chosen sites and the neighbourhoods they reach (SITES).
#include "cartography/printmap_layout.h"
#include "cartography/printmap_regions.h"

#include <QString>

#include <memory>
#include <vector>

class QgsVectorLayer;

struct SheetLayers {
  QList<SheetPages> pages; // for the atlas coverage, in page order
  QList<MapSheet> sheets;  // for the layout, in the same order
  std::vector<std::unique_ptr<QgsVectorLayer>> owned;
};

// How the optional pages name and label what they draw.
struct SheetContext {
  QString language;
  QString labelField; // the neighbourhoods' names (LABEL_FIELD), empty: none
  QString scoreField; // the lowest scores keep their names when space is short
};

// One page per numeric score_<domain> field of `input` (as resilience:compositeindex writes
// them), except `shownField` (the main theme already shows it). Throws QgsProcessingException
// when `input` has no such field.
void addDomainSheets(SheetLayers &sheets, const QgsVectorLayer &input, const QString &shownField,
                     const SheetContext &context);

// One page of change_class (resilience:change), unless `shownField` is change_class. Throws
// QgsProcessingException when `input` has no change_class.
void addChangeSheet(SheetLayers &sheets, const QgsVectorLayer &input, const QString &shownField,
                    const SheetContext &context);

// The site selection's page: `demand` (resilience:siteselection's OUTPUT_DEMAND, or any layer
// with its field covered) coloured by reach, `candidates` (optional) as small grey points, the
// chosen `sites` (its OUTPUT) as large stars numbered by choice_order, and `facilities`
// (optional) as on the main pages. Throws QgsProcessingException naming what is missing.
void addSiteSheet(SheetLayers &sheets, const QgsVectorLayer &demand, const QgsVectorLayer &sites,
                  const QgsVectorLayer *candidates, const QgsVectorLayer *facilities,
                  const SheetContext &context);
