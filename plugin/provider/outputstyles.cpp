#include "outputstyles.h"

#include "resourcepaths.h"

#include <qgsmaplayer.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>

namespace {

class StylePostProcessor : public QgsProcessingLayerPostProcessorInterface {
public:
  explicit StylePostProcessor(QString qmlPath) : mQmlPath(std::move(qmlPath)) {}

  void postProcessLayer(QgsMapLayer *layer, QgsProcessingContext &,
                        QgsProcessingFeedback *feedback) override {
    bool ok = false;
    const QString message = layer->loadNamedStyle(mQmlPath, ok);
    if (!ok && feedback)
      feedback->reportError(QObject::tr("Could not apply style %1: %2").arg(mQmlPath, message));
    layer->triggerRepaint();
  }

private:
  QString mQmlPath;
};

bool isGeoPackage(const QString &destination) {
  const QString path = destination.section(QLatin1Char('|'), 0, 0);
  return path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive) && QFileInfo::exists(path);
}

void storeStyleInGeoPackage(const QString &destination, const QString &qmlPath,
                            const QString &styleName, QgsProcessingFeedback *feedback) {
  QgsVectorLayer layer(destination, styleName, QStringLiteral("ogr"));
  if (!layer.isValid()) {
    feedback->reportError(QObject::tr("Could not reopen %1 to store its style").arg(destination));
    return;
  }
  bool ok = false;
  const QString loadMessage = layer.loadNamedStyle(qmlPath, ok);
  if (!ok) {
    feedback->reportError(QObject::tr("Could not read style %1: %2").arg(qmlPath, loadMessage));
    return;
  }
  QString error;
  layer.saveStyleToDatabase(styleName, QObject::tr("Spatial resilience style"), true, QString(),
                            error);
  if (!error.isEmpty())
    feedback->reportError(
        QObject::tr("Could not store the style in %1: %2").arg(destination, error));
}

} // namespace

void styleOutput(const QString &destination, const QString &styleName,
                 QgsProcessingContext &context, QgsProcessingFeedback *feedback) {
  QgsProcessingFeedback silent;
  if (!feedback)
    feedback = &silent;
  const QString qmlPath =
      QDir(resilienceStylesDirectory()).filePath(styleName + QStringLiteral(".qml"));
  if (!QFileInfo::exists(qmlPath)) {
    feedback->reportError(QObject::tr("Style %1 is missing; the output is unstyled").arg(qmlPath));
    return;
  }
  if (isGeoPackage(destination))
    storeStyleInGeoPackage(destination, qmlPath, styleName, feedback);
  if (context.willLoadLayerOnCompletion(destination))
    context.layerToLoadOnCompletionDetails(destination)
        .setPostProcessor(new StylePostProcessor(qmlPath));
}
