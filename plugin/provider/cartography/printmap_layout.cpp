#include "cartography/printmap_layout.h"

#include "cartography/printmap_texts.h"

#include <qgslayertree.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslegendstyle.h>
#include <qgsmaplayerlegend.h>
#include <qgspathresolver.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgssymbollayerutils.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QLocale>

namespace {

constexpr double kMargin = 10;            // mm around the page content
constexpr double kHeader = 21;            // mm for title and subtitle
constexpr double kFooter = 9;             // mm for date, source and page number
constexpr double kLegendWidth = 66;       // mm
constexpr double kGap = 5;                // mm between map and legend
constexpr double kLegendBelowHeight = 50; // mm under the map for the legend on portrait pages

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

QgsLayoutItemMap *addMap(QgsPrintLayout *layout, const PrintMapSpec &spec, const QRectF &rect) {
  auto *map = new QgsLayoutItemMap(layout);
  layout->addLayoutItem(map);
  map->attemptSetSceneRect(rect);
  map->setCrs(spec.theme->crs());
  QList<QgsMapLayer *> layers{spec.coverage, spec.surroundings};
  if (spec.facilities)
    layers << spec.facilities;
  layers << spec.theme;
  if (spec.noData)
    layers << spec.noData;
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

void addLegend(QgsPrintLayout *layout, const PrintMapSpec &spec, QgsLayoutItemMap *map,
               const QPointF &topLeft, int columns) {
  auto *legend = new QgsLayoutItemLegend(layout);
  layout->addLayoutItem(legend);
  // Only the map's subject: not the project's layers, not the page and greying layers.
  legend->setAutoUpdateModel(false);
  legend->model()->rootGroup()->removeAllChildren();
  legend->setWrapString(QStringLiteral("~"));
  addWrappedLayer(legend, spec.theme);
  if (spec.noData)
    addWrappedLayer(legend, spec.noData);
  if (spec.facilities)
    addWrappedLayer(legend, spec.facilities);
  legend->setLinkedMap(map);
  // Every page lists every class, so pages compare at a glance.
  legend->setLegendFilterByMapEnabled(false);
  legend->setTitle(inLanguage(spec.language, QStringLiteral("Legend"), QStringLiteral("Legenda")));
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
}

void addScaleBar(QgsPrintLayout *layout, QgsLayoutItemMap *map, const QPointF &topLeft) {
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
}

void addNorthArrow(QgsPrintLayout *layout, QgsLayoutItemMap *map, const QRectF &rect) {
  auto *arrow = new QgsLayoutItemPicture(layout);
  layout->addLayoutItem(arrow);
  arrow->setPicturePath(QgsSymbolLayerUtils::svgSymbolNameToPath(
                            QStringLiteral("arrows/NorthArrow_02.svg"), QgsPathResolver()),
                        QgsLayoutItemPicture::FormatSVG);
  arrow->setLinkedMap(map);
  arrow->attemptSetSceneRect(rect);
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
  atlas->setSortExpression(QStringLiteral("\"page\""));
  atlas->setPageNameExpression(QStringLiteral("\"name\""));
  QString error;
  atlas->setFilenameExpression(QStringLiteral("\"file_name\""), error);

  const double contentWidth = width - 2 * kMargin;
  addLabel(layout, spec.title + QStringLiteral(" – [% attribute(@atlas_feature, 'name') %]"),
           QRectF(kMargin, kMargin, contentWidth, 10), fontOf(20, true), QColor(20, 20, 20));
  addLabel(layout, spec.subtitle, QRectF(kMargin, kMargin + 11, contentWidth, 7), fontOf(11),
           QColor(80, 80, 80));

  // Landscape: legend beside the map; portrait: below it in two columns, so the map keeps the
  // page's width.
  const bool portrait = height > width;
  const double mapTop = kMargin + kHeader;
  const double mapWidth = portrait ? contentWidth : contentWidth - kLegendWidth - kGap;
  const double mapHeight =
      height - mapTop - kMargin - kFooter - (portrait ? kLegendBelowHeight + kGap : 0);
  QgsLayoutItemMap *map = addMap(layout, spec, QRectF(kMargin, mapTop, mapWidth, mapHeight));
  addLegend(layout, spec, map,
            portrait ? QPointF(kMargin, mapTop + mapHeight + kGap)
                     : QPointF(kMargin + mapWidth + kGap, mapTop),
            portrait ? 2 : 1);
  addScaleBar(layout, map, QPointF(kMargin + 4, mapTop + mapHeight - 16));
  addNorthArrow(layout, map, QRectF(kMargin + mapWidth - 16, mapTop + 4, 11, 15));

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
