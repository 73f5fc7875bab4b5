#include "cartography/printmap_sheets.h"

#include "cartography/outputstyles.h"
#include "cartography/printmap_overlay.h"
#include "cartography/printmap_texts.h"
#include "cartography/printmap_theme.h"

#include <qgsexception.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace {

QgsVectorLayer *own(SheetLayers &sheets, std::unique_ptr<QgsVectorLayer> layer) {
  sheets.owned.push_back(std::move(layer));
  return sheets.owned.back().get();
}

// A copy of `input` showing `show` (printmap_theme), with the hatched no-data layer and the
// names of the neighbourhoods, as one optional page.
void addThemeSheet(SheetLayers &sheets, const QgsVectorLayer &input, const QString &show,
                   const SheetContext &context) {
  auto layer = std::unique_ptr<QgsVectorLayer>(input.clone());
  const MapTheme theme = applyMapTheme(*layer, show, context.language);
  if (!context.labelField.isEmpty())
    applyNameLabels(*layer, context.labelField, context.scoreField);
  MapSheet sheet;
  sheet.key = theme.field;
  QgsVectorLayer *shown = own(sheets, std::move(layer));
  sheet.layers << shown;
  sheet.legend << shown;
  if (theme.graduated) {
    if (auto noData = noDataLayer(input, theme.field, context.language)) {
      QgsVectorLayer *hatched = own(sheets, std::move(noData));
      sheet.layers << hatched;
      sheet.legend << hatched;
    }
  }
  sheets.sheets << sheet;
  sheets.pages << SheetPages{sheet.key, theme.legendTitle};
}

void styleOrThrow(QgsVectorLayer &layer, const QString &style, const QString &language) {
  QString error;
  if (!applyStyle(layer, style, StyleOptions(language), &error))
    throw QgsProcessingException(error);
}

QgsVectorLayer *styledPoints(SheetLayers &sheets, const QgsVectorLayer &points,
                             const QString &parameter, const QString &name) {
  if (points.geometryType() != QgsWkbTypes::PointGeometry)
    throw QgsProcessingException(
        QObject::tr("%1 must be a point layer; %2 has %3 geometries")
            .arg(parameter, points.name(), QgsWkbTypes::displayString(points.wkbType())));
  QgsVectorLayer *layer = own(sheets, std::unique_ptr<QgsVectorLayer>(points.clone()));
  layer->setName(name);
  return layer;
}

// The order of choice beside each chosen site, never dropped for another label.
void numberSites(QgsVectorLayer &sites) {
  QgsPalLayerSettings settings;
  settings.fieldName = QStringLiteral("choice_order");
  settings.placement = QgsPalLayerSettings::OverPoint;
  settings.quadOffset = QgsPalLayerSettings::QuadrantAboveRight;
  settings.xOffset = 1.2;
  settings.yOffset = -1.2;
  settings.displayAll = true;
  settings.priority = 10;
  // The star must not push the name of the neighbourhood it stands in off the page.
  settings.obstacleSettings().setIsObstacle(false);
  QgsTextFormat format;
  QFont font;
  font.setBold(true);
  format.setFont(font);
  format.setSize(9);
  format.setColor(QColor(0, 68, 27));
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(1);
  buffer.setColor(QColor(255, 255, 255, 240));
  format.setBuffer(buffer);
  settings.setFormat(format);
  sites.setLabeling(new QgsVectorLayerSimpleLabeling(settings));
  sites.setLabelsEnabled(true);
}

} // namespace

void addDomainSheets(SheetLayers &sheets, const QgsVectorLayer &input, const QString &shownField,
                     const SheetContext &context) {
  QStringList domains;
  for (const QgsField &field : input.fields())
    if (field.name().startsWith(QLatin1String("score_")) && field.isNumeric())
      domains << field.name();
  if (domains.isEmpty())
    throw QgsProcessingException(
        QObject::tr("DOMAIN_PAGES: INPUT %1 has no domain scores (numeric score_<domain> fields, "
                    "as resilience:compositeindex writes them); fields: %2")
            .arg(input.name(), input.fields().names().join(QStringLiteral(", "))));
  for (const QString &field : domains)
    if (field != shownField)
      addThemeSheet(sheets, input, field, context);
}

void addChangeSheet(SheetLayers &sheets, const QgsVectorLayer &input, const QString &shownField,
                    const SheetContext &context) {
  const QString field = QStringLiteral("change_class");
  if (input.fields().lookupField(field) < 0)
    throw QgsProcessingException(
        QObject::tr("CHANGE_PAGES: INPUT %1 has no field change_class (run resilience:change on "
                    "the two years first); fields: %2")
            .arg(input.name(), input.fields().names().join(QStringLiteral(", "))));
  if (field != shownField)
    addThemeSheet(sheets, input, QStringLiteral("change"), context);
}

void addSiteSheet(SheetLayers &sheets, const QgsVectorLayer &demand, const QgsVectorLayer &sites,
                  const QgsVectorLayer *candidates, const QgsVectorLayer *facilities,
                  const SheetContext &context) {
  const QString &lang = context.language;
  if (demand.fields().lookupField(QStringLiteral("covered")) < 0)
    throw QgsProcessingException(
        QObject::tr("SITES: the page of the chosen sites colours the neighbourhoods by the field "
                    "covered of resilience:siteselection's OUTPUT_DEMAND, which %1 lacks: give "
                    "that layer as SITE_DEMAND")
            .arg(demand.name()));
  MapSheet sheet;
  sheet.key = QStringLiteral("sites");

  QgsVectorLayer *chosen = styledPoints(
      sheets, sites, QStringLiteral("SITES"),
      inLanguage(lang, QStringLiteral("Chosen sites"), QStringLiteral("Gekozen locaties")));
  styleOrThrow(*chosen, QStringLiteral("chosen_sites"), lang);
  if (sites.fields().lookupField(QStringLiteral("choice_order")) >= 0) {
    numberSites(*chosen);
    chosen->setName(inLanguage(lang, QStringLiteral("Chosen sites (number: order of choice)"),
                               QStringLiteral("Gekozen locaties (nummer: volgorde van keuze)")));
  }
  sheet.layers << chosen;
  sheet.legend << chosen;

  if (candidates) {
    QgsVectorLayer *layer = styledPoints(
        sheets, *candidates, QStringLiteral("CANDIDATES"),
        inLanguage(lang, QStringLiteral("Candidate sites"), QStringLiteral("Kandidaatlocaties")));
    layer->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(
        {{QStringLiteral("name"), QStringLiteral("circle")},
         {QStringLiteral("color"), QStringLiteral("189,189,189,255")},
         {QStringLiteral("outline_color"), QStringLiteral("37,37,37,255")},
         {QStringLiteral("outline_width"), QStringLiteral("0.3")},
         {QStringLiteral("size"), QStringLiteral("2.2")}})));
    sheet.layers << layer;
    sheet.legend << layer;
  }
  if (facilities) {
    QgsVectorLayer *layer = own(sheets, std::unique_ptr<QgsVectorLayer>(facilities->clone()));
    sheet.layers << layer;
    sheet.legend << layer;
  }

  auto reach = std::unique_ptr<QgsVectorLayer>(demand.clone());
  styleOrThrow(*reach, QStringLiteral("site_demand"), lang);
  if (!context.labelField.isEmpty() && reach->fields().lookupField(context.labelField) >= 0)
    applyNameLabels(*reach, context.labelField,
                    reach->fields().lookupField(context.scoreField) >= 0 ? context.scoreField
                                                                         : QString());
  reach->setName(inLanguage(lang, QStringLiteral("Neighbourhoods by reach"),
                            QStringLiteral("Buurten naar bereik")));
  QgsVectorLayer *reached = own(sheets, std::move(reach));
  sheet.layers << reached;
  sheet.legend << reached;

  sheets.sheets << sheet;
  sheets.pages << SheetPages{
      sheet.key, inLanguage(lang, QStringLiteral("Chosen sites and the neighbourhoods they reach"),
                            QStringLiteral("Gekozen locaties en de buurten die ze bereiken"))};
}
