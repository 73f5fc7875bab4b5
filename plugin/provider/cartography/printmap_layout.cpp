#include "cartography/printmap_layout.h"

#include "cartography/printmap_texts.h"

#include <qgsexpression.h>
#include <qgslayertree.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutatlas.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemattributetable.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgslegendstyle.h>
#include <qgsmaplayerlegend.h>
#include <qgspathresolver.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgssymbollayerutils.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QLocale>

namespace {

constexpr double kMargin = 10;            // mm around the page content
constexpr double kHeader = 21;            // mm for title and subtitle
constexpr double kFooter = 9;             // mm for date, source and page number
constexpr double kLegendWidth = 80;       // mm: legend and tables beside the map (landscape)
constexpr double kGap = 5;                // mm between map and legend
constexpr double kLegendBelowHeight = 72; // mm under the map for legend and tables (portrait)
constexpr double kLocatorWidth = 50;      // mm, the locator inset above the legend
constexpr double kLocatorHeight = 27;     // mm
constexpr double kRowHeight = 4.6;        // mm per table row at 7.5 pt
constexpr double kNumberColumn = 14;      // mm, the tables' number columns
// The frames hold every row: a table row that does not fit its frame is not printed. Figures:
// a two-line header ("Heel gebied") and 4 rows; lowest scores: header, 5 rows and one name
// wrapped onto a second line.
constexpr double kFiguresHeight = 6.5 * kRowHeight;
constexpr double kLowestHeight = 6.6 * kRowHeight;
constexpr double kTablesHeight = kFiguresHeight + kLowestHeight + 2;

QFont fontOf(double points, bool bold = false) {
  QFont font;
  font.setPointSizeF(points);
  font.setBold(bold);
  return font;
}

QgsLayoutItemLabel *addLabel(QgsPrintLayout *layout, const QString &text, const QRectF &rect,
                             const QFont &font, const QColor &colour,
                             Qt::AlignmentFlag alignment = Qt::AlignLeft) {
  auto *label = new QgsLayoutItemLabel(layout);
  label->setText(text);
  label->setFont(font);
  label->setFontColor(colour);
  label->setHAlign(alignment);
  label->setVAlign(Qt::AlignVCenter);
  label->setMargin(0);
  layout->addLayoutItem(label);
  label->attemptSetSceneRect(rect);
  return label;
}

QString todayText(const QString &language) {
  const QLocale locale(language == QLatin1String("nl") ? QStringLiteral("nl_NL")
                                                       : QStringLiteral("en_GB"));
  return locale.toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
}

QgsLayoutItemMap *addMap(QgsPrintLayout *layout, const PrintMapSpec &spec,
                         const QList<QgsVectorLayer *> &subject, const QRectF &rect) {
  auto *map = new QgsLayoutItemMap(layout);
  layout->addLayoutItem(map);
  map->attemptSetSceneRect(rect);
  map->setCrs(spec.theme->crs());
  QList<QgsMapLayer *> layers{spec.coverage, spec.surroundings};
  for (QgsVectorLayer *layer : subject)
    layers << layer;
  map->setLayers(layers);
  map->setKeepLayerSet(true);
  map->zoomToExtent(spec.coverage->extent()); // keeps the frame, unlike setExtent
  map->setFrameEnabled(true);
  map->setFrameStrokeColor(QColor(120, 120, 120));
  map->setFrameStrokeWidth(QgsLayoutMeasurement(0.3));
  map->setAtlasDriven(true);
  map->setAtlasScalingMode(QgsLayoutItemMap::Auto);
  map->setAtlasMargin(0.06);
  return map;
}

// The main theme's layers, top first, and in legend order.
QList<QgsVectorLayer *> mainLayers(const PrintMapSpec &spec, bool legendOrder) {
  const QList<QgsVectorLayer *> ordered =
      legendOrder ? QList<QgsVectorLayer *>{spec.theme, spec.overlay, spec.noData, spec.facilities}
                  : QList<QgsVectorLayer *>{spec.facilities, spec.overlay, spec.theme, spec.noData};
  QList<QgsVectorLayer *> layers;
  for (QgsVectorLayer *layer : ordered)
    if (layer)
      layers << layer;
  return layers;
}

// Shown only on the pages of sheet `key` ("" for the main theme's pages).
void showOnSheet(QgsLayoutItem *item, const QString &key) {
  item->dataDefinedProperties().setProperty(
      QgsLayoutObject::ExcludeFromExports,
      QgsProperty::fromExpression(
          QStringLiteral("coalesce(attribute(@atlas_feature, 'sheet'), '') <> %1")
              .arg(QgsExpression::quotedString(key))));
}

// Legend texts longer than a line of the legend column are wrapped at spaces ('~' is the
// legend's wrap character), so long field names and class labels stay on the page.
QString wrapped(const QString &text) {
  constexpr int kLineLength = 30;
  QStringList lines;
  for (const QString &word : text.split(QLatin1Char(' '))) {
    if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= kLineLength)
      lines.last() += QLatin1Char(' ') + word;
    else
      lines << word;
  }
  return lines.join(QLatin1Char('~'));
}

void addWrappedLayer(QgsLayoutItemLegend *legend, QgsVectorLayer *layer) {
  QgsLayerTreeLayer *node = legend->model()->rootGroup()->addLayer(layer);
  node->setCustomProperty(QStringLiteral("legend/title-label"), wrapped(layer->name()));
  const QList<QgsLayerTreeModelLegendNode *> classes =
      legend->model()->layerOriginalLegendNodes(node);
  for (int i = 0; i < classes.size(); ++i) {
    const QString label = classes[i]->data(Qt::DisplayRole).toString();
    if (wrapped(label) != label)
      QgsMapLayerLegendUtils::setLegendNodeUserLabel(node, i, wrapped(label));
  }
  legend->model()->refreshLayerLegend(node);
}

QgsLayoutItemLegend *addLegend(QgsPrintLayout *layout, const QList<QgsVectorLayer *> &shown,
                               QgsLayoutItemMap *map, const QPointF &topLeft, int columns) {
  auto *legend = new QgsLayoutItemLegend(layout);
  layout->addLayoutItem(legend);
  // Only the map's subject: not the project's layers, not the page and greying layers.
  legend->setAutoUpdateModel(false);
  legend->model()->rootGroup()->removeAllChildren();
  legend->setWrapString(QStringLiteral("~"));
  for (QgsVectorLayer *layer : shown)
    addWrappedLayer(legend, layer);
  legend->setLinkedMap(map);
  // Every page lists every class, so pages compare at a glance.
  legend->setLegendFilterByMapEnabled(false);
  // No "Legend" heading: the layer names say what is shown, and the side column is short.
  legend->setTitle(QString());
  legend->setStyleFont(QgsLegendStyle::Title, fontOf(12, true));
  legend->setStyleFont(QgsLegendStyle::Group, fontOf(10, true));
  legend->setStyleFont(QgsLegendStyle::Subgroup, fontOf(10, true));
  legend->setStyleFont(QgsLegendStyle::SymbolLabel, fontOf(9));
  legend->setSymbolWidth(8);
  legend->setSymbolHeight(5);
  legend->setColumnCount(columns);
  legend->setSplitLayer(columns > 1);
  legend->setResizeToContents(true);
  legend->attemptMove(QgsLayoutPoint(topLeft.x(), topLeft.y()));
  legend->adjustBoxSize();
  return legend;
}

// A table of one of the summary layers, showing the rows of the current atlas page.
QgsLayoutItemAttributeTable *addTable(QgsPrintLayout *layout, QgsVectorLayer *rows,
                                      const QList<QPair<QString, QString>> &columns,
                                      const QRectF &rect) {
  auto *table = new QgsLayoutItemAttributeTable(layout);
  table->setVectorLayer(rows);
  QgsLayoutTableColumns shown;
  for (const auto &[field, heading] : columns) {
    QgsLayoutTableColumn column(heading);
    column.setAttribute(field);
    const bool first = shown.isEmpty();
    column.setHAlignment(first ? Qt::AlignLeft : Qt::AlignRight);
    // The text column takes what the number columns leave (cell margins aside).
    column.setWidth(first ? rect.width() - (columns.size() - 1) * (kNumberColumn + 1.6) - 1.6
                          : kNumberColumn);
    shown << column;
  }
  table->setColumns(shown);
  QgsLayoutTableColumn byRow;
  byRow.setAttribute(QStringLiteral("row"));
  table->setSortColumns(QgsLayoutTableSortColumns{byRow});
  table->setFilterFeatures(true);
  table->setFeatureFilter(QStringLiteral("\"page\" = attribute(@atlas_feature, 'page')"));
  table->setMaximumNumberOfFeatures(20);
  QgsTextFormat header;
  header.setFont(fontOf(7.5, true));
  header.setSize(7.5);
  table->setHeaderTextFormat(header);
  QgsTextFormat content;
  content.setFont(fontOf(7.5));
  content.setSize(7.5);
  table->setContentTextFormat(content);
  table->setHeaderHAlignment(QgsLayoutTable::FollowColumn);
  table->setCellMargin(0.8);
  table->setGridStrokeWidth(0.15);
  table->setGridColor(QColor(170, 170, 170));
  table->setHorizontalGrid(true);
  table->setVerticalGrid(false);
  table->setWrapBehavior(QgsLayoutTable::WrapText);
  layout->addMultiFrame(table);
  auto *frame = new QgsLayoutFrame(layout, table);
  frame->attemptSetSceneRect(rect);
  table->addFrame(frame);
  return table;
}

// The region and the whole area side by side, then the lowest-scoring neighbourhoods.
void addSummaryTables(QgsPrintLayout *layout, const PrintMapSpec &spec, const QRectF &box) {
  const QString &lang = spec.language;
  const double figuresHeight = kFiguresHeight;
  QgsLayoutItemAttributeTable *figures =
      addTable(layout, spec.figures,
               {{QStringLiteral("item"), QString()},
                {QStringLiteral("region"), spec.regionHeading},
                {QStringLiteral("whole"), spec.wholeHeading}},
               QRectF(box.left(), box.top(), box.width(), figuresHeight));
  QgsLayoutItemAttributeTable *lowest = addTable(
      layout, spec.lowest,
      {{QStringLiteral("name"),
        inLanguage(lang, QStringLiteral("Lowest scores"), QStringLiteral("Laagste scores"))},
       {QStringLiteral("score"), QStringLiteral("Score")},
       {QStringLiteral("rank"), inLanguage(lang, QStringLiteral("Rank"), QStringLiteral("Rang"))}},
      QRectF(box.left(), box.top() + figuresHeight + 2, box.width(), kLowestHeight));
  // The figures are those of SCORE_FIELD: on the main theme's pages only, so that no optional
  // page (a domain score, the chosen sites) seems to be summarised by them.
  if (!spec.sheets.isEmpty())
    for (QgsLayoutMultiFrame *table :
         {static_cast<QgsLayoutMultiFrame *>(figures), static_cast<QgsLayoutMultiFrame *>(lowest)})
      for (QgsLayoutFrame *frame : table->frames())
        showOnSheet(frame, QString());
}

// The whole area with the current region dark.
QgsLayoutItemMap *addLocator(QgsPrintLayout *layout, const PrintMapSpec &spec, const QRectF &rect) {
  auto *inset = new QgsLayoutItemMap(layout);
  layout->addLayoutItem(inset);
  inset->attemptSetSceneRect(rect);
  inset->setCrs(spec.theme->crs());
  inset->setLayers({spec.locator});
  inset->setKeepLayerSet(true);
  inset->zoomToExtent(spec.locator->extent().buffered(
      0.04 * std::max(spec.locator->extent().width(), spec.locator->extent().height())));
  inset->setFrameEnabled(true);
  inset->setFrameStrokeColor(QColor(120, 120, 120));
  inset->setFrameStrokeWidth(QgsLayoutMeasurement(0.25));
  inset->setBackgroundColor(QColor(255, 255, 255));
  inset->setBackgroundEnabled(true);
  inset->setId(inLanguage(spec.language, QStringLiteral("Locator"), QStringLiteral("Ligging")));
  return inset;
}

QgsLayoutItemScaleBar *addScaleBar(QgsPrintLayout *layout, QgsLayoutItemMap *map,
                                   const QPointF &topLeft) {
  auto *scaleBar = new QgsLayoutItemScaleBar(layout);
  layout->addLayoutItem(scaleBar);
  scaleBar->setStyle(QStringLiteral("Single Box"));
  scaleBar->setLinkedMap(map);
  scaleBar->applyDefaultSize(QgsUnitTypes::DistanceKilometers);
  scaleBar->setUnitLabel(QStringLiteral("km"));
  scaleBar->setNumberOfSegmentsLeft(0);
  scaleBar->setNumberOfSegments(4);
  scaleBar->setSegmentSizeMode(QgsScaleBarSettings::SegmentSizeFitWidth);
  scaleBar->setMinimumBarWidth(40);
  scaleBar->setMaximumBarWidth(70);
  QgsTextFormat format;
  format.setFont(fontOf(8));
  format.setSize(8);
  scaleBar->setTextFormat(format);
  scaleBar->setBackgroundEnabled(true);
  scaleBar->setBackgroundColor(QColor(255, 255, 255, 210));
  scaleBar->attemptMove(QgsLayoutPoint(topLeft.x(), topLeft.y()));
  scaleBar->update();
  return scaleBar;
}

QgsLayoutItemPicture *addNorthArrow(QgsPrintLayout *layout, QgsLayoutItemMap *map,
                                    const QRectF &rect) {
  auto *arrow = new QgsLayoutItemPicture(layout);
  layout->addLayoutItem(arrow);
  arrow->setPicturePath(QgsSymbolLayerUtils::svgSymbolNameToPath(
                            QStringLiteral("arrows/NorthArrow_02.svg"), QgsPathResolver()),
                        QgsLayoutItemPicture::FormatSVG);
  arrow->setLinkedMap(map);
  arrow->attemptSetSceneRect(rect);
  return arrow;
}

} // namespace

QgsPrintLayout *buildPrintLayout(QgsProject *project, const PrintMapSpec &spec) {
  auto *layout = new QgsPrintLayout(project);
  layout->initializeDefaults();
  layout->pageCollection()->page(0)->setPageSize(
      QgsLayoutSize(spec.pageWidthMm, spec.pageHeightMm));
  const double width = spec.pageWidthMm;
  const double height = spec.pageHeightMm;

  QgsLayoutAtlas *atlas = layout->atlas();
  atlas->setCoverageLayer(spec.coverage);
  atlas->setEnabled(true);
  atlas->setSortFeatures(true);
  atlas->setSortExpression(QStringLiteral("\"sequence\""));
  atlas->setPageNameExpression(QStringLiteral("\"name\""));
  QString error;
  atlas->setFilenameExpression(QStringLiteral("\"file_name\""), error);

  const double contentWidth = width - 2 * kMargin;
  addLabel(layout, spec.title + QStringLiteral(" – [% attribute(@atlas_feature, 'name') %]"),
           QRectF(kMargin, kMargin, contentWidth, 10), fontOf(20, true), QColor(20, 20, 20));
  // The optional pages say what they show before the subtitle.
  const QString subject =
      QStringLiteral("[% CASE WHEN coalesce(attribute(@atlas_feature, 'subject'), '') <> '' THEN "
                     "attribute(@atlas_feature, 'subject') || %1 ELSE '' END %]");
  addLabel(layout,
           spec.sheets.isEmpty()
               ? spec.subtitle
               : subject.arg(QgsExpression::quotedString(
                     spec.subtitle.isEmpty() ? QString() : QStringLiteral(" · "))) +
                     spec.subtitle,
           QRectF(kMargin, kMargin + 11, contentWidth, 7), fontOf(11), QColor(80, 80, 80));

  // Landscape: locator, legend and tables beside the map, top to bottom; portrait: below it,
  // the locator and the legend on the left (the legend in two columns when there are no
  // tables), the tables on the right, so the map keeps the page's width. The tables have fixed
  // places, since the legend's size is known only once it is drawn.
  const bool portrait = height > width;
  const bool tables = spec.figures && spec.lowest;
  const double mapTop = kMargin + kHeader;
  const double mapWidth = portrait ? contentWidth : contentWidth - kLegendWidth - kGap;
  const double mapHeight =
      height - mapTop - kMargin - kFooter - (portrait ? kLegendBelowHeight + kGap : 0);
  const QRectF mapRect(kMargin, mapTop, mapWidth, mapHeight);
  QgsLayoutItemMap *map = addMap(layout, spec, mainLayers(spec, false), mapRect);
  const QPointF side = portrait ? QPointF(kMargin, mapTop + mapHeight + kGap)
                                : QPointF(kMargin + mapWidth + kGap, mapTop);
  QPointF legendTopLeft = side;
  if (spec.locator) {
    addLocator(layout, spec, QRectF(side.x(), side.y(), kLocatorWidth, kLocatorHeight));
    // Portrait: a square inset, leaving the legend room before the tables.
    legendTopLeft = portrait ? QPointF(side.x() + kLocatorHeight + kGap, side.y())
                             : QPointF(side.x(), side.y() + kLocatorHeight + 3);
  }
  const int legendColumns = portrait && !tables && !spec.locator ? 2 : 1;
  QgsLayoutItemLegend *legend =
      addLegend(layout, mainLayers(spec, true), map, legendTopLeft, legendColumns);
  // Each optional page's map and legend in the same places, shown on its own pages only.
  QList<QgsLayoutItemMap *> maps{map};
  if (!spec.sheets.isEmpty()) {
    showOnSheet(map, QString());
    showOnSheet(legend, QString());
  }
  for (const MapSheet &sheet : spec.sheets) {
    QgsLayoutItemMap *sheetMap = addMap(layout, spec, sheet.layers, mapRect);
    showOnSheet(sheetMap, sheet.key);
    showOnSheet(addLegend(layout, sheet.legend, sheetMap, legendTopLeft, legendColumns), sheet.key);
    maps << sheetMap;
  }
  if (tables)
    addSummaryTables(layout, spec,
                     portrait ? QRectF(kMargin + contentWidth / 2 + kGap / 2, side.y(),
                                       contentWidth / 2 - kGap / 2, kTablesHeight)
                              : QRectF(side.x(), mapTop + mapHeight - kTablesHeight, kLegendWidth,
                                       kTablesHeight));
  // Every map has the page's extent: one scale bar and north arrow serve them all.
  QgsLayoutItemScaleBar *scaleBar =
      addScaleBar(layout, map, QPointF(kMargin + 4, mapTop + mapHeight - 16));
  QgsLayoutItemPicture *northArrow =
      addNorthArrow(layout, map, QRectF(kMargin + mapWidth - 16, mapTop + 4, 11, 15));
  for (QgsLayoutItemMap *drawn : maps) {
    drawn->addLabelBlockingItem(scaleBar);
    drawn->addLabelBlockingItem(northArrow);
  }

  const double footerTop = height - kMargin - kFooter + 3;
  QString source = inLanguage(spec.language, QStringLiteral("Map made on %1"),
                              QStringLiteral("Kaart gemaakt op %1"))
                       .arg(todayText(spec.language));
  if (!spec.credits.isEmpty())
    source += QStringLiteral(" · ") + spec.credits;
  addLabel(layout, source, QRectF(kMargin, footerTop, contentWidth - 40, 6), fontOf(8),
           QColor(80, 80, 80));
  addLabel(
      layout,
      inLanguage(spec.language, QStringLiteral("Page %1 of %2"), QStringLiteral("Blad %1 van %2"))
          .arg(QStringLiteral("[% @atlas_featurenumber %]"),
               QStringLiteral("[% @atlas_totalfeatures %]")),
      QRectF(width - kMargin - 40, footerTop, 40, 6), fontOf(8), QColor(80, 80, 80),
      Qt::AlignRight);
  return layout;
}
