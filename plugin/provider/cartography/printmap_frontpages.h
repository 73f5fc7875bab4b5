#pragma once
// The front of a map book: a cover, a contents page (each region with its page number) and the
// method in plain words with the sources. They are pages of the same atlas (coverage features of
// kind cover, contents and method), so QGIS's own atlas export prints the whole book and a user
// edits it in one layout: each item is shown only on its kind of page (data-defined "exclude
// from exports").
#include <QSizeF>
#include <QString>
#include <QStringList>

class QgsPrintLayout;
namespace resilience {
struct CompositeBaseline;
}

struct FrontPagesSpec {
  QString title, subtitle, credits, language;
  QStringList regions;    // in page order
  int overviewPage = 4;   // printed page number of the overview; region k follows it
  int pagesPerRegion = 1; // the overview and each region have this many pages (optional pages)
  QString method;         // plain words; empty: the default text
  QStringList domains;    // score_<domain> fields of INPUT, named in the default method text
  QSizeF pageMm{297, 210};
};

// Hides the items already in `layout` (the map page) on the front pages (as well as on the pages
// they were hidden on before), then adds the front pages' own items.
void addFrontPages(QgsPrintLayout *layout, const FrontPagesSpec &spec);

// The method in plain words when METHOD is not given: what the score is, how regions are
// summarised, what a risk hot spot is, in the map book's language.
QString defaultMethodText(const QString &language, const QStringList &domains);

// The method in plain words from the composite index a run used (its baseline: the spec and
// options): each indicator with its domain, direction, weight and share of the score, the domains'
// weights, the normalisation, the aggregation and missing values; then how regions and hot spots
// are read, and the date of the data (empty: not known) with the data files.
QString specMethodText(const QString &language, const resilience::CompositeBaseline &baseline,
                       const QString &dataDate, const QStringList &dataFiles);
