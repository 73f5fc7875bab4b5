#include "cartography/outputstyles.h"

#include "io/geopackage_styles.h"

#include "parameters/namedenumparameter.h"
#include "resourcepaths.h"

#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsmaplayer.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsproviderregistry.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbol.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace {

Qgis::SymbolType symbolTypeFor(QgsWkbTypes::GeometryType geometry) {
  switch (geometry) {
  case QgsWkbTypes::PointGeometry:
    return Qgis::SymbolType::Marker;
  case QgsWkbTypes::LineGeometry:
    return Qgis::SymbolType::Line;
  default:
    return Qgis::SymbolType::Fill;
  }
}

// The geometry type's default symbol in the colour of the style's symbol: a class keeps its
// colour and legend text whatever the output's geometry.
QgsSymbol *convertedSymbol(const QgsSymbol *source, QgsWkbTypes::GeometryType geometry) {
  QgsSymbol *symbol = QgsSymbol::defaultSymbol(geometry);
  symbol->setColor(source->color());
  return symbol;
}

void adaptSymbolsToGeometry(QgsFeatureRenderer *renderer, QgsWkbTypes::GeometryType geometry) {
  if (geometry == QgsWkbTypes::NullGeometry || geometry == QgsWkbTypes::UnknownGeometry)
    return;
  const Qgis::SymbolType wanted = symbolTypeFor(geometry);
  if (auto *single = dynamic_cast<QgsSingleSymbolRenderer *>(renderer)) {
    if (single->symbol() && single->symbol()->type() != wanted)
      single->setSymbol(convertedSymbol(single->symbol(), geometry));
  } else if (auto *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>(renderer)) {
    const QgsCategoryList categories = categorized->categories();
    for (int i = 0; i < categories.size(); ++i)
      if (categories[i].symbol() && categories[i].symbol()->type() != wanted)
        categorized->updateCategorySymbol(i, convertedSymbol(categories[i].symbol(), geometry));
  } else if (auto *graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>(renderer)) {
    const QgsRangeList ranges = graduated->ranges();
    for (int i = 0; i < ranges.size(); ++i)
      if (ranges[i].symbol() && ranges[i].symbol()->type() != wanted)
        graduated->updateRangeSymbol(i, convertedSymbol(ranges[i].symbol(), geometry));
  }
}

// The risk styles' labels name the field their statistic was computed on ("{field}").
void replaceLegendSubject(QgsFeatureRenderer *renderer, const QString &subject) {
  const QString placeholder = QStringLiteral("{field}");
  if (auto *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>(renderer)) {
    const QgsCategoryList categories = categorized->categories();
    for (int i = 0; i < categories.size(); ++i)
      if (categories[i].label().contains(placeholder))
        categorized->updateCategoryLabel(
            i, QString(categories[i].label()).replace(placeholder, subject));
  } else if (auto *graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>(renderer)) {
    const QgsRangeList ranges = graduated->ranges();
    for (int i = 0; i < ranges.size(); ++i)
      if (ranges[i].label().contains(placeholder))
        graduated->updateRangeLabel(i, QString(ranges[i].label()).replace(placeholder, subject));
  }
}

void replaceClassField(QgsFeatureRenderer *renderer, const QString &field) {
  if (auto *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>(renderer))
    categorized->setClassAttribute(field);
  else if (auto *graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>(renderer))
    graduated->setClassAttribute(field);
}

class StylePostProcessor : public QgsProcessingLayerPostProcessorInterface {
public:
  StylePostProcessor(QString styleName, StyleOptions options)
      : mStyleName(std::move(styleName)), mOptions(std::move(options)) {}

  void postProcessLayer(QgsMapLayer *layer, QgsProcessingContext &,
                        QgsProcessingFeedback *feedback) override {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>(layer);
    if (!vectorLayer)
      return;
    QString error;
    if (!applyStyle(*vectorLayer, mStyleName, mOptions, &error) && feedback)
      feedback->reportError(error);
    layer->triggerRepaint();
  }

private:
  QString mStyleName;
  StyleOptions mOptions;
};

// Draws a layer loaded in desktop with the default style stored beside it (GeoPackage
// layer_styles): what the step that wrote it chose, field names and legend texts included.
class StoredStylePostProcessor : public QgsProcessingLayerPostProcessorInterface {
public:
  void postProcessLayer(QgsMapLayer *layer, QgsProcessingContext &,
                        QgsProcessingFeedback *feedback) override {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>(layer);
    if (!vectorLayer)
      return;
    QString error;
    const QString qml = QgsProviderRegistry::instance()->loadStyle(vectorLayer->providerType(),
                                                                   vectorLayer->source(), error);
    QDomDocument document;
    if (qml.isEmpty() || !document.setContent(qml, &error) ||
        !vectorLayer->importNamedStyle(document, error,
                                       QgsMapLayer::Symbology | QgsMapLayer::Labeling |
                                           QgsMapLayer::Rendering | QgsMapLayer::Legend)) {
      if (feedback)
        feedback->pushWarning(QObject::tr("%1 is shown without its stored style: %2")
                                  .arg(vectorLayer->name(), error));
      return;
    }
    layer->triggerRepaint();
  }
};

bool isGeoPackage(const QString &destination) {
  const QString path = destination.section(QLatin1Char('|'), 0, 0);
  return path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive) && QFileInfo::exists(path);
}

void storeStyleInGeoPackage(const QString &destination, const QString &styleName,
                            const StyleOptions &options, QgsProcessingFeedback *feedback) {
  // The layer may replace its namesake of an earlier run: that run's style of this name goes, or
  // QGIS would ask in a dialog whether to overwrite it, and a headless run would wait forever.
  const QString table = destination.section(QStringLiteral("|layername="), 1, 1);
  if (!table.isEmpty()) {
    try {
      resilience::removeLayerStyle(
          QFile::encodeName(destination.section(QLatin1Char('|'), 0, 0)).toStdString(),
          table.toStdString(), styleName.toStdString());
    } catch (const std::runtime_error &e) {
      feedback->reportError(QString::fromLocal8Bit(e.what()));
      return;
    }
  }
  QgsVectorLayer layer(destination, styleName, QStringLiteral("ogr"));
  if (!layer.isValid()) {
    feedback->reportError(QObject::tr("Could not reopen %1 to store its style").arg(destination));
    return;
  }
  QString error;
  if (!applyStyle(layer, styleName, options, &error)) {
    feedback->reportError(error);
    return;
  }
  layer.saveStyleToDatabase(styleName, QObject::tr("Spatial resilience style"), true, QString(),
                            error);
  if (!error.isEmpty())
    feedback->reportError(
        QObject::tr("Could not store the style in %1: %2").arg(destination, error));
}

// Other file formats (Shapefile, GeoJSON, FlatGeobuf) have no style table: QGIS opens
// <file>.qml beside a file as its default style, and <file>.sld serves web map servers.
void writeSidecarStyles(const QString &destination, const QString &styleName,
                        const StyleOptions &options, QgsProcessingFeedback *feedback) {
  QgsVectorLayer layer(destination, styleName, QStringLiteral("ogr"));
  QString error;
  if (!layer.isValid() || !applyStyle(layer, styleName, options, &error)) {
    feedback->reportError(
        error.isEmpty() ? QObject::tr("Could not reopen %1 to write its style").arg(destination)
                        : error);
    return;
  }
  const QFileInfo file(destination.section(QLatin1Char('|'), 0, 0));
  const QString base = file.dir().filePath(file.completeBaseName());
  bool ok = false;
  layer.saveNamedStyle(base + QStringLiteral(".qml"), ok);
  if (ok)
    layer.saveSldStyle(base + QStringLiteral(".sld"), ok);
  if (!ok)
    feedback->reportError(QObject::tr("Could not write the style files beside %1").arg(base));
}

} // namespace

QString localeStyleLanguage() {
  return QgsApplication::locale().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                                  : QStringLiteral("en");
}

QgsProcessingParameterDefinition *createLanguageParameter(const QString &name) {
  return new NamedEnumParameter(name, QObject::tr("Language of legends and labels"),
                                {{QStringLiteral("en"), QStringLiteral("English")},
                                 {QStringLiteral("nl"), QStringLiteral("Nederlands")}},
                                localeStyleLanguage());
}

QString legendSubject(const QString &field, const QString &language) {
  if (language == QLatin1String("nl") &&
      field.compare(QLatin1String("resilience"), Qt::CaseInsensitive) == 0)
    return QStringLiteral("veerkracht");
  return field;
}

QString styleFilePath(const QString &styleName, const QString &language) {
  const QDir styles(resilienceStylesDirectory());
  const QString translated = styles.filePath(QStringLiteral("%1.%2.qml").arg(styleName, language));
  if (!language.isEmpty() && QFileInfo::exists(translated))
    return translated;
  return styles.filePath(styleName + QStringLiteral(".qml"));
}

bool applyStyle(QgsVectorLayer &layer, const QString &styleName, const StyleOptions &options,
                QString *error) {
  const QString language = options.language.isEmpty() ? localeStyleLanguage() : options.language;
  const QString qmlPath = styleFilePath(styleName, language);
  QString message;
  QDomDocument document;
  QFile file(qmlPath);
  if (!file.open(QIODevice::ReadOnly)) {
    message = QObject::tr("Style %1 is missing; the output is unstyled").arg(qmlPath);
  } else if (!document.setContent(&file, &message)) {
    message = QObject::tr("Style %1 is not valid XML: %2").arg(qmlPath, message);
  } else {
    // Not loadNamedStyle: for a GeoPackage it prefers the default style already stored in the
    // file over the QML asked for. The geometry type tag goes: adaptSymbolsToGeometry handles it.
    QDomElement root = document.documentElement();
    root.removeChild(root.firstChildElement(QStringLiteral("layerGeometryType")));
    // Only what a style draws: importing the Fields category would drop the layer's virtual
    // (expression) fields.
    const QgsMapLayer::StyleCategories categories = QgsMapLayer::Symbology | QgsMapLayer::Labeling |
                                                    QgsMapLayer::Rendering | QgsMapLayer::Legend |
                                                    QgsMapLayer::Diagrams;
    if (!layer.importNamedStyle(document, message, categories))
      message = QObject::tr("Could not apply style %1: %2").arg(qmlPath, message);
    else
      message.clear();
  }
  if (!message.isEmpty()) {
    if (error)
      *error = message;
    return false;
  }
  if (!options.classField.isEmpty())
    replaceClassField(layer.renderer(), options.classField);
  if (!options.legendSubject.isEmpty())
    replaceLegendSubject(layer.renderer(), options.legendSubject);
  adaptSymbolsToGeometry(layer.renderer(), layer.geometryType());
  // The edits above change the renderer in place, which tells no one: a layer already in the
  // project (the desktop adds it before post-processing it) would keep the legend of the style
  // as imported ("Hot spot of low {field}"). Setting the renderer again rebuilds the legend. A
  // table without geometry has no renderer.
  if (layer.renderer())
    layer.setRenderer(layer.renderer()->clone());
  return true;
}

void styleOutput(const QString &destination, const QString &styleName,
                 QgsProcessingContext &context, QgsProcessingFeedback *feedback) {
  styleOutput(destination, styleName, StyleOptions(), context, feedback);
}

void styleOutput(const QString &destination, const QString &styleName, const StyleOptions &options,
                 QgsProcessingContext &context, QgsProcessingFeedback *feedback) {
  QgsProcessingFeedback silent;
  if (!feedback)
    feedback = &silent;
  if (isGeoPackage(destination))
    storeStyleInGeoPackage(destination, styleName, options, feedback);
  else if (QFileInfo(destination.section(QLatin1Char('|'), 0, 0)).isFile())
    writeSidecarStyles(destination, styleName, options, feedback);
  if (context.willLoadLayerOnCompletion(destination))
    context.layerToLoadOnCompletionDetails(destination)
        .setPostProcessor(new StylePostProcessor(styleName, options));
}

void loadWithStoredStyleOnCompletion(const QString &source, const QString &name,
                                     const QString &outputName, QgsProcessingContext &context) {
  if (!context.project())
    return;
  QgsProcessingContext::LayerDetails details(name, context.project(), outputName,
                                             QgsProcessingUtils::LayerHint::Vector);
  details.forceName = true;
  details.setPostProcessor(new StoredStylePostProcessor());
  context.addLayerToLoadOnCompletion(source, details);
}
