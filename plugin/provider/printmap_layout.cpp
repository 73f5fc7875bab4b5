#include "printmap_layout.h"

#include "printmap_texts.h"

#include <qgslayertree.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslegendstyle.h>
#include <qgspathresolver.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgssymbollayerutils.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QLocale>

namespace {

constexpr double kMargin = 10;      // mm around the page content
constexpr double kHeader = 21;      // mm for title and subtitle
constexpr double kFooter = 9;       // mm for date, source and page number
constexpr double kLegendWidth = 66; // mm
constexpr double kGap = 5;          // mm between map and legend

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

void addLegend(QgsPrintLayout *layout, const PrintMapSpec &spec, QgsLayoutItemMap *map,
               const QPointF &topLeft) {
  auto *legend = new QgsLayoutItemLegend(layout);
  layout->addLayoutItem(legend);
  // Only the map's subject: not the project's layers, not the page and greying layers.
  legend->setAutoUpdateModel(false);
  QgsLayerTreeGroup *tree = legend->model()->rootGroup();
  tree->removeAllChildren();
  tree->addLayer(spec.theme);
  if (spec.noData)
    tree->addLayer(spec.noData);
  if (spec.facilities)
    tree->addLayer(spec.facilities);
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
  legend->setWrapString(QStringLiteral("~"));
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

  const double mapTop = kMargin + kHeader;
  const double mapWidth = contentWidth - kLegendWidth - kGap;
  const double mapHeight = height - mapTop - kMargin - kFooter;
  QgsLayoutItemMap *map = addMap(layout, spec, QRectF(kMargin, mapTop, mapWidth, mapHeight));
  addLegend(layout, spec, map, QPointF(kMargin + mapWidth + kGap, mapTop));
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
