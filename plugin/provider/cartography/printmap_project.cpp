#include "cartography/printmap_project.h"

#include "cartography/printmap_tablebook.h"
#include "layers/outputstaging.h"

#include <qgsexception.h>
#include <qgslayertree.h>
#include <qgslayoutmanager.h>
#include <qgspathresolver.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {

const QString kOutputProject = QStringLiteral("OUTPUT_PROJECT");
const QString kOutputTableBook = QStringLiteral("OUTPUT_TABLEBOOK");

// The tables of the layers GeoPackage, one per helper layer of the map book.
const QStringList kLayerTables = {
    QStringLiteral("pages"),   QStringLiteral("surroundings"), QStringLiteral("locator"),
    QStringLiteral("theme"),   QStringLiteral("no_data"),      QStringLiteral("facilities"),
    QStringLiteral("overlay"), QStringLiteral("figures"),      QStringLiteral("lowest")};

// While it lives, the projects written name `to` where they referred to `from`.
class PathRenamed {
public:
  PathRenamed(const QString &from, const QString &to)
      : mId(QgsPathResolver::setPathWriter([from, to](const QString &path) {
          return path.startsWith(from) ? to + path.mid(from.size()) : path;
        })) {}
  ~PathRenamed() { QgsPathResolver::removePathWriter(mId); }
  PathRenamed(const PathRenamed &) = delete;
  PathRenamed &operator=(const PathRenamed &) = delete;

private:
  QString mId;
};

// A layer the project can keep: memory layers are written to the GeoPackage (table `table`),
// file layers are cloned; both keep the map book's style and labels.
QgsVectorLayer *keepable(QgsVectorLayer *layer, const QString &table, const QString &gpkg,
                         bool &gpkgExists, const QgsCoordinateTransformContext &transformContext) {
  if (!layer)
    return nullptr;
  if (layer->providerType() != QLatin1String("memory"))
    return layer->clone();
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral("GPKG");
  options.layerName = table;
  options.actionOnExistingFile = gpkgExists ? QgsVectorFileWriter::CreateOrOverwriteLayer
                                            : QgsVectorFileWriter::CreateOrOverwriteFile;
  QString error;
  if (QgsVectorFileWriter::writeAsVectorFormatV3(layer, gpkg, transformContext, options, &error) !=
      QgsVectorFileWriter::NoError)
    throw QgsProcessingException(
        QObject::tr("OUTPUT_PROJECT: layer '%1' could not be written to %2: %3")
            .arg(layer->name(), gpkg, error));
  gpkgExists = true;
  auto *kept = new QgsVectorLayer(QStringLiteral("%1|layername=%2").arg(gpkg, table), layer->name(),
                                  QStringLiteral("ogr"));
  kept->setRenderer(layer->renderer() ? layer->renderer()->clone() : nullptr);
  if (layer->labeling())
    kept->setLabeling(layer->labeling()->clone());
  kept->setLabelsEnabled(layer->labelsEnabled());
  return kept;
}

} // namespace

QString projectLayersPath(const QString &projectPath) {
  // Named after the project the run leaves behind, not the temporary file it writes first
  // (OutputStaging): the layers file is not renamed, and the project refers to it.
  const QFileInfo info(OutputStaging::finalPath(projectPath));
  return info.dir().filePath(info.completeBaseName() + QStringLiteral("_layers.gpkg"));
}

void addMapBookLocations(const QString &tableBookPath, const QString &projectPath,
                         const QString &language, QList<DatasetLocation> &outputs) {
  if (!tableBookPath.isEmpty()) {
    for (auto it = outputs.begin(); it != outputs.end();)
      it = it->parameter == kOutputTableBook ? outputs.erase(it) : it + 1;
    for (const QString &file : tableBookFiles(tableBookPath, language).files)
      if (const auto location = outputLocation(kOutputTableBook, file))
        outputs << *location;
  }
  if (projectPath.isEmpty())
    return;
  if (const auto layers = outputLocation(kOutputProject, projectLayersPath(projectPath)))
    for (const QString &table : kLayerTables)
      outputs << DatasetLocation{kOutputProject, layers->file, table, false, QString()};
}

void writeMapBookProject(const QString &path, const PrintMapSpec &spec,
                         const std::function<void(QgsPrintLayout *)> &addFrontPages,
                         const QgsCoordinateTransformContext &transformContext) {
  // The layers go into the run's temporary GeoPackage (a copy of the file when it existed).
  const QString gpkg = OutputStaging::writtenAt(projectLayersPath(path));
  bool gpkgExists = QFile::exists(gpkg);
  PrintMapSpec kept = spec;
  kept.coverage =
      keepable(spec.coverage, QStringLiteral("pages"), gpkg, gpkgExists, transformContext);
  kept.surroundings = keepable(spec.surroundings, QStringLiteral("surroundings"), gpkg, gpkgExists,
                               transformContext);
  kept.locator =
      keepable(spec.locator, QStringLiteral("locator"), gpkg, gpkgExists, transformContext);
  kept.theme = keepable(spec.theme, QStringLiteral("theme"), gpkg, gpkgExists, transformContext);
  kept.noData =
      keepable(spec.noData, QStringLiteral("no_data"), gpkg, gpkgExists, transformContext);
  kept.facilities =
      keepable(spec.facilities, QStringLiteral("facilities"), gpkg, gpkgExists, transformContext);
  kept.overlay =
      keepable(spec.overlay, QStringLiteral("overlay"), gpkg, gpkgExists, transformContext);
  kept.figures =
      keepable(spec.figures, QStringLiteral("figures"), gpkg, gpkgExists, transformContext);
  kept.lowest = keepable(spec.lowest, QStringLiteral("lowest"), gpkg, gpkgExists, transformContext);
  // The optional pages' layers, each kept once (a sheet's legend names layers of its map).
  QList<QgsVectorLayer *> sheetLayers;
  for (MapSheet &sheet : kept.sheets) {
    QHash<QgsVectorLayer *, QgsVectorLayer *> keptOf;
    for (QgsVectorLayer *&layer : sheet.layers) {
      QgsVectorLayer *copy =
          keepable(layer, QStringLiteral("%1_%2").arg(sheet.key).arg(keptOf.size() + 1), gpkg,
                   gpkgExists, transformContext);
      keptOf.insert(layer, copy);
      sheetLayers << copy;
      layer = copy;
    }
    for (QgsVectorLayer *&layer : sheet.legend)
      layer = keptOf.value(layer);
  }

  QgsProject project;
  project.setCrs(spec.theme->crs());
  project.setTitle(spec.title);
  // The subject first, the helper layers below it; all of them owned by the project.
  QList<QgsMapLayer *> layers;
  for (QgsVectorLayer *layer :
       {kept.facilities, kept.overlay, kept.theme, kept.noData, kept.coverage, kept.locator,
        kept.surroundings, kept.figures, kept.lowest})
    if (layer)
      layers << layer;
  for (QgsVectorLayer *layer : sheetLayers)
    layers << layer;
  project.addMapLayers(layers);
  QgsPrintLayout *layout = buildPrintLayout(&project, kept);
  addFrontPages(layout);
  layout->setName(spec.title);
  project.layoutManager()->addLayout(layout);
  const PathRenamed finalLayers(gpkg, projectLayersPath(path));
  if (!project.write(path))
    throw QgsProcessingException(
        QObject::tr("OUTPUT_PROJECT: could not write %1: %2").arg(path, project.error()));
}
