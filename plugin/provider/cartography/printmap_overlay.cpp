#include "cartography/printmap_overlay.h"

#include "cartography/outputstyles.h"
#include "cartography/printmap_texts.h"
#include "cartography/printmap_theme.h"

#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgspropertycollection.h>
#include <qgsrulebasedrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace {

// ColorBrewer RdBu's darkest red (#67001f): the risk colour of the risk styles, darker so that
// the outline stands out over the red end of a score map.
const QColor kRiskOutline(103, 0, 31);

QgsFillSymbol *hatched(double angle, bool cross) {
  QgsFillSymbol *symbol = QgsFillSymbol::createSimple(
      {{QStringLiteral("style"), QStringLiteral("no")},
       {QStringLiteral("outline_color"), QStringLiteral("103,0,31,255")},
       {QStringLiteral("outline_width"), QStringLiteral("0.7")}});
  for (double a : cross ? QList<double>{angle, -angle} : QList<double>{angle}) {
    auto *hatch = new QgsLinePatternFillSymbolLayer();
    hatch->setLineAngle(a);
    hatch->setDistance(2.0);
    hatch->setLineWidth(0.35);
    hatch->setColor(kRiskOutline);
    symbol->insertSymbolLayer(0, hatch);
  }
  return symbol;
}

QString requireField(const QgsVectorLayer &input, const QString &field, const QString &overlay) {
  if (input.fields().lookupField(field) < 0)
    throw QgsProcessingException(
        QObject::tr("OVERLAY=%1 needs the field '%2' in INPUT %3 (run resilience:%4 first); "
                    "fields: %5")
            .arg(overlay, field, input.name(),
                 overlay == QLatin1String("hotspots") ? QStringLiteral("hotspots")
                                                      : QStringLiteral("localmoran"),
                 input.fields().names().join(QStringLiteral(", "))));
  return field;
}

} // namespace

std::unique_ptr<QgsVectorLayer> overlayLayer(const QgsVectorLayer &input, const QString &overlay,
                                             const QString &riskField, const QString &language) {
  if (overlay.isEmpty() || overlay == QLatin1String("none"))
    return nullptr;
  const bool hotspots = overlay == QLatin1String("hotspots");
  const QString field = requireField(
      input, hotspots ? QStringLiteral("risk_bin") : QStringLiteral("risk_cluster"), overlay);
  const QString column = QgsExpression::quotedColumnRef(field);
  const QString subject = riskField.isEmpty() ? inLanguage(language, QStringLiteral("values"),
                                                           QStringLiteral("waarden"))
                                              : legendSubject(riskField, language);
  const bool low = lowValuesAreTheRisk(input, field);
  const QString end = low ? inLanguage(language, QStringLiteral("low"), QStringLiteral("lage"))
                          : inLanguage(language, QStringLiteral("high"), QStringLiteral("hoge"));
  const QString filter = hotspots ? QStringLiteral("%1 >= 2").arg(column)
                                  : QStringLiteral("%1 = 'Risk cluster'").arg(column);
  const QString label =
      hotspots ? inLanguage(language, QStringLiteral("Risk hot spot: %1 %2 (95 % or more)"),
                            QStringLiteral("Risicogebied: %1 %2 (95 % of meer)"))
                     .arg(end, subject)
               : inLanguage(language, QStringLiteral("Risk cluster: %1 %2 (local Moran)"),
                            QStringLiteral("Risicocluster: %1 %2 (lokale Moran)"))
                     .arg(end, subject);
  auto layer = std::unique_ptr<QgsVectorLayer>(input.clone());
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(
      new QgsRuleBasedRenderer::Rule(hatched(hotspots ? 45 : 60, !hotspots), 0, 0, filter, label));
  layer->setRenderer(new QgsRuleBasedRenderer(root));
  layer->setLabelsEnabled(false);
  layer->setName(hotspots ? inLanguage(language, QStringLiteral("Risk hot spots (Getis-Ord Gi*)"),
                                       QStringLiteral("Risicogebieden (Getis-Ord Gi*)"))
                          : inLanguage(language, QStringLiteral("Risk clusters (LISA)"),
                                       QStringLiteral("Risicoclusters (LISA)")));
  return layer;
}

namespace {

// Where a name is written: the point on surface of the feature's outer rings. Holes are
// dropped first, since real data has rings that cancel their polygon (a quantised municipality
// whose hole repeats its outline has area 0 and no point on its surface), as for the regions.
// geometry_n is NULL for a single polygon, so single and multi polygons take separate ways.
const QString kLabelPoint = QStringLiteral(
    "point_on_surface(CASE WHEN is_multipart($geometry) THEN "
    "collect_geometries(array_foreach(generate_series(1, num_geometries($geometry)), "
    "make_polygon(exterior_ring(geometry_n($geometry, @element))))) "
    "ELSE make_polygon(exterior_ring($geometry)) END)");

} // namespace

void applyNameLabels(QgsVectorLayer &layer, const QString &labelField, const QString &scoreField) {
  QgsPalLayerSettings settings;
  settings.fieldName = QStringLiteral("CASE WHEN attribute(@atlas_feature, 'kind') = 'region' AND "
                                      "intersects(%1, @atlas_geometry) THEN %2 END")
                           .arg(kLabelPoint, QgsExpression::quotedColumnRef(labelField));
  settings.isExpression = true;
  // On or around that point; a name may run over the neighbours, never over another name.
  settings.geometryGeneratorEnabled = true;
  settings.geometryGenerator = kLabelPoint;
  settings.geometryGeneratorType = QgsWkbTypes::PointGeometry;
  settings.placement = QgsPalLayerSettings::AroundPoint;
  // Every name lies over some neighbourhood: the polygons are no obstacle, only other names.
  settings.obstacleSettings().setIsObstacle(false);
  settings.dist = 0.5;
  settings.priority = 5;
  if (!scoreField.isEmpty()) {
    // Priority 10 for the lowest score, 0 for the highest (the engine's scale): the labels
    // dropped when space is short are those of the best-scoring neighbourhoods.
    const QString score = QgsExpression::quotedColumnRef(scoreField);
    settings.dataDefinedProperties().setProperty(
        QgsPalLayerSettings::Priority,
        QgsProperty::fromExpression(QStringLiteral("coalesce(10 - 10 * (%1 - minimum(%1)) / "
                                                   "nullif(maximum(%1) - minimum(%1), 0), 5)")
                                        .arg(score)));
  }
  QgsTextFormat format;
  format.setSize(7);
  format.setColor(QColor(20, 20, 20));
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.8);
  buffer.setColor(QColor(255, 255, 255, 230));
  format.setBuffer(buffer);
  settings.setFormat(format);
  layer.setLabeling(new QgsVectorLayerSimpleLabeling(settings));
  layer.setLabelsEnabled(true);
}
