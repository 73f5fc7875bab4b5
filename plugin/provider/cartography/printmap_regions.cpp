#include "cartography/printmap_regions.h"

#include "cartography/printmap_texts.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeedback.h>
#include <qgsfillsymbol.h>
#include <qgsgeometry.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgstextformat.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCollator>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct Region {
  QString name;
  QgsGeometry geometry;
};

const QString kCurrentRegion =
    QStringLiteral("attribute(@atlas_feature, 'kind') = 'region' AND \"name\" = "
                   "attribute(@atlas_feature, 'name')");

// A region is the area its features enclose. Holes are dropped before the union: real data has
// rings that cancel their polygon (a quantised municipality whose hole repeats its outline has
// area 0 and would vanish from its region), while an enclave inside a region changes nothing
// about which page shows it.
QgsGeometry unionOf(const QVector<QgsGeometry> &parts) {
  QVector<QgsGeometry> filled;
  filled.reserve(parts.size());
  for (const QgsGeometry &part : parts)
    if (!part.isEmpty())
      filled << part.removeInteriorRings().makeValid();
  return QgsGeometry::unaryUnion(filled);
}

// The extent of INPUT's geometries; counts the features without one in `withoutGeometry`.
QgsRectangle extentOf(const QgsVectorLayer &input, QgsFeedback *feedback, long &withoutGeometry) {
  QgsRectangle extent;
  extent.setMinimal();
  QgsFeature feature;
  QgsFeatureIterator it = input.getFeatures(QgsFeatureRequest().setNoAttributes());
  while (it.nextFeature(feature) && !(feedback && feedback->isCanceled())) {
    if (feature.hasGeometry() && !feature.geometry().isEmpty())
      extent.combineExtentWith(feature.geometry().boundingBox());
    else
      ++withoutGeometry;
  }
  if (extent.isEmpty())
    throw QgsProcessingException(
        QObject::tr("INPUT %1 has no features with a geometry to map").arg(input.name()));
  return extent;
}

QList<Region> regionsFromField(const QgsVectorLayer &input, const QString &field,
                               QgsFeedback *feedback) {
  const int index = input.fields().lookupField(field);
  if (index < 0)
    throw QgsProcessingException(
        QObject::tr("REGION_FIELD: field '%1' does not exist in INPUT %2 (fields: %3)")
            .arg(field, input.name(), input.fields().names().join(QStringLiteral(", "))));
  QMap<QString, QVector<QgsGeometry>> parts;
  QgsFeature feature;
  QgsFeatureIterator it =
      input.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(QgsAttributeList() << index));
  while (it.nextFeature(feature) && !(feedback && feedback->isCanceled())) {
    const QVariant value = feature.attribute(index);
    if (!value.isNull() && !value.toString().trimmed().isEmpty() && feature.hasGeometry())
      parts[value.toString().trimmed()] << feature.geometry();
  }
  QList<Region> regions;
  for (auto it = parts.cbegin(); it != parts.cend(); ++it)
    regions.append({it.key(), unionOf(it.value())});
  if (regions.isEmpty())
    throw QgsProcessingException(
        QObject::tr("REGION_FIELD: field '%1' is NULL or empty for every feature of INPUT %2")
            .arg(field, input.name()));
  return regions;
}

QList<Region> regionsFromLayer(const QgsVectorLayer &input, const QgsVectorLayer &layer,
                               const QString &field,
                               const QgsCoordinateTransformContext &transformContext) {
  int nameIndex = layer.fields().lookupField(field);
  for (int i = 0; nameIndex < 0 && i < layer.fields().count(); ++i)
    if (layer.fields().at(i).type() == QVariant::String)
      nameIndex = i;
  const QgsCoordinateTransform toInput(layer.crs(), input.crs(), transformContext);
  QList<Region> regions;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while (it.nextFeature(feature)) {
    if (!feature.hasGeometry())
      continue;
    QgsGeometry geometry = feature.geometry().makeValid();
    try {
      geometry.transform(toInput);
    } catch (const QgsCsException &e) {
      throw QgsProcessingException(QObject::tr("REGIONS: feature %1 cannot be transformed to "
                                               "the CRS of INPUT: %2")
                                       .arg(feature.id())
                                       .arg(e.what()));
    }
    const QString name = nameIndex >= 0 ? feature.attribute(nameIndex).toString()
                                        : QObject::tr("Region %1").arg(regions.size() + 1);
    regions.append({name, geometry});
  }
  if (regions.isEmpty())
    throw QgsProcessingException(
        QObject::tr("REGIONS: %1 has no polygons with a geometry").arg(layer.name()));
  return regions;
}

QString fileNameOf(int page, const QString &name) {
  QString safe = name.toLower();
  safe.replace(
      QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
      QStringLiteral("_"));
  return QStringLiteral("%1_%2").arg(page, 2, 10, QLatin1Char('0')).arg(safe);
}

QgsFillSymbol *fill(const QString &colour, const QString &outline, const QString &width) {
  return QgsFillSymbol::createSimple(
      {{QStringLiteral("color"), colour},
       {QStringLiteral("outline_color"), outline},
       {QStringLiteral("outline_width"), width},
       {QStringLiteral("style"),
        colour.isEmpty() ? QStringLiteral("no") : QStringLiteral("solid")}});
}

QgsRuleBasedRenderer *oneRule(QgsFillSymbol *symbol, const QString &filter) {
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(new QgsRuleBasedRenderer::Rule(symbol, 0, 0, filter));
  return new QgsRuleBasedRenderer(root);
}

// Region boundaries on every page, the region names on the overview page.
void styleCoverage(QgsVectorLayer &coverage) {
  coverage.setRenderer(
      oneRule(fill(QString(), QStringLiteral("40,40,40,255"), QStringLiteral("0.6")),
              QStringLiteral("\"kind\" = 'region'")));
  QgsPalLayerSettings label;
  label.fieldName = QStringLiteral("CASE WHEN attribute(@atlas_feature, 'kind') = 'overview' AND "
                                   "\"kind\" = 'region' THEN \"name\" END");
  label.isExpression = true;
  label.placement = QgsPalLayerSettings::OverPoint;
  label.centroidInside = true;
  // The region boundaries must not push the neighbourhoods' names off the region pages.
  label.obstacleSettings().setIsObstacle(false);
  QgsTextFormat format;
  QFont font;
  font.setBold(true);
  format.setFont(font);
  format.setSize(11);
  format.setColor(QColor(30, 30, 30));
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(1.2);
  buffer.setColor(QColor(255, 255, 255, 220));
  format.setBuffer(buffer);
  label.setFormat(format);
  coverage.setLabeling(new QgsVectorLayerSimpleLabeling(label));
  coverage.setLabelsEnabled(true);
}

} // namespace

AtlasLayers buildAtlasLayers(const QgsVectorLayer &input, const QgsVectorLayer *regionLayer,
                             const QString &regionField, const QString &language,
                             const QgsCoordinateTransformContext &transformContext,
                             QgsFeedback *feedback, bool frontPages,
                             const QList<SheetPages> &sheets) {
  long withoutGeometry = 0;
  const QgsRectangle extent = extentOf(input, feedback, withoutGeometry);
  QList<Region> regions;
  if (regionLayer)
    regions = regionsFromLayer(input, *regionLayer, regionField, transformContext);
  else if (!regionField.isEmpty())
    regions = regionsFromField(input, regionField, feedback);
  QCollator collator;
  collator.setNumericMode(true);
  std::stable_sort(regions.begin(), regions.end(), [&](const Region &a, const Region &b) {
    return collator.compare(a.name, b.name) < 0;
  });

  const QString uri = QStringLiteral(
      "MultiPolygon?field=page:integer&field=kind:string&field=name:string&field=file_name:string"
      "&field=sheet:string&field=subject:string&field=sequence:integer");
  AtlasLayers layers;
  layers.coverage = std::make_unique<QgsVectorLayer>(
      uri, inLanguage(language, QStringLiteral("Map pages"), QStringLiteral("Kaartbladen")),
      QStringLiteral("memory"));
  layers.coverage->setCrs(input.crs());
  const QString overviewName =
      inLanguage(language, QStringLiteral("overview"), QStringLiteral("overzicht"));
  QgsFeatureList pages;
  if (frontPages) {
    const QStringList kinds = {QStringLiteral("cover"), QStringLiteral("contents"),
                               QStringLiteral("method")};
    const QStringList names = {
        inLanguage(language, QStringLiteral("Cover"), QStringLiteral("Omslag")),
        inLanguage(language, QStringLiteral("Contents"), QStringLiteral("Inhoud")),
        inLanguage(language, QStringLiteral("Method"), QStringLiteral("Werkwijze"))};
    for (int k = 0; k < 3; ++k) {
      QgsFeature front(layers.coverage->fields());
      front.setAttributes(QgsAttributes()
                          << k - 3 << kinds[k] << names[k] << fileNameOf(k, names[k]) << QString()
                          << QString() << k);
      front.setGeometry(QgsGeometry::fromRect(extent));
      pages << front;
    }
    layers.frontPageCount = 3;
  }
  // The overview's and each region's pages: the main theme's, then one per sheet. The printed
  // order (sequence, the file numbers) counts the front pages; the page field does not.
  const int shift = frontPages ? 3 : 0;
  const auto addPages = [&](int page, const QString &kind, const QString &name,
                            const QString &fileName, const QgsGeometry &geometry) {
    for (int s = 0; s <= sheets.size(); ++s) {
      const int sequence = shift + page * (sheets.size() + 1) + s;
      QgsFeature feature(layers.coverage->fields());
      feature.setAttributes(QgsAttributes()
                            << page << kind << name
                            << fileNameOf(sequence,
                                          s == 0 ? fileName
                                                 : fileName + QLatin1Char(' ') + sheets[s - 1].key)
                            << (s == 0 ? QString() : sheets[s - 1].key)
                            << (s == 0 ? QString() : sheets[s - 1].subject) << sequence);
      feature.setGeometry(geometry);
      pages << feature;
    }
  };
  addPages(0, QStringLiteral("overview"),
           inLanguage(language, QStringLiteral("Overview"), QStringLiteral("Overzicht")),
           overviewName, QgsGeometry::fromRect(extent));

  layers.surroundings = std::make_unique<QgsVectorLayer>(
      QStringLiteral("MultiPolygon?field=name:string"),
      inLanguage(language, QStringLiteral("Surroundings"), QStringLiteral("Omgeving")),
      QStringLiteral("memory"));
  layers.surroundings->setCrs(input.crs());
  // Far enough around the whole area that no page shows its edge.
  const double reach = 3 * std::max(extent.width(), extent.height());
  const QgsGeometry world = QgsGeometry::fromRect(extent.buffered(reach));
  layers.locator = std::make_unique<QgsVectorLayer>(
      QStringLiteral("MultiPolygon?field=name:string"),
      inLanguage(language, QStringLiteral("Locator"), QStringLiteral("Ligging")),
      QStringLiteral("memory"));
  layers.locator->setCrs(input.crs());
  QgsFeatureList masks, located;
  for (int i = 0; i < regions.size(); ++i) {
    addPages(i + 1, QStringLiteral("region"), regions[i].name, regions[i].name,
             regions[i].geometry);
    QgsFeature mask(layers.surroundings->fields());
    mask.setAttributes(QgsAttributes() << regions[i].name);
    mask.setGeometry(world.difference(regions[i].geometry));
    masks << mask;
    QgsFeature where(layers.locator->fields());
    where.setAttributes(QgsAttributes() << regions[i].name);
    where.setGeometry(regions[i].geometry);
    located << where;
  }
  // Without regions the inset shows the whole area in grey.
  if (regions.isEmpty()) {
    QgsFeature all(layers.locator->fields());
    all.setAttributes(QgsAttributes() << QString());
    all.setGeometry(QgsGeometry::fromRect(extent));
    located << all;
  }
  layers.locator->dataProvider()->addFeatures(located);
  layers.locator->updateExtents();
  layers.coverage->dataProvider()->addFeatures(pages);
  layers.surroundings->dataProvider()->addFeatures(masks);
  layers.coverage->updateExtents();
  layers.surroundings->updateExtents();
  layers.regionCount = regions.size();
  layers.pagesPerRegion = sheets.size() + 1;
  layers.withoutGeometry = withoutGeometry;

  styleCoverage(*layers.coverage);
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(
      new QgsRuleBasedRenderer::Rule(fill(QStringLiteral("200,200,200,255"),
                                          QStringLiteral("255,255,255,255"), QStringLiteral("0.2")),
                                     0, 0, QStringLiteral("ELSE")));
  root->appendChild(
      new QgsRuleBasedRenderer::Rule(fill(QStringLiteral("60,60,60,255"),
                                          QStringLiteral("255,255,255,255"), QStringLiteral("0.2")),
                                     0, 0, kCurrentRegion));
  layers.locator->setRenderer(new QgsRuleBasedRenderer(root));
  layers.surroundings->setRenderer(oneRule(
      fill(QStringLiteral("225,225,225,200"), QStringLiteral("0,0,0,0"), QStringLiteral("0")),
      kCurrentRegion));
  return layers;
}
