#include "geopackagesink.h"

#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsvectorfilewriter.h>

#include <cpl_conv.h>

#include <QFileInfo>

#include <optional>
#include <string>

namespace {

// The GeoPackage file and layer of an "ogr:dbname='...gpkg' table=..." destination.
struct GeoPackageLayer {
  QString file, layer;
};

std::optional<GeoPackageLayer> geoPackageLayer(const QString &destination) {
  if (!destination.startsWith(QLatin1String("ogr:")))
    return std::nullopt;
  const QgsDataSourceUri uri(destination.mid(4));
  if (uri.table().isEmpty() ||
      QFileInfo(uri.database()).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) != 0)
    return std::nullopt;
  return GeoPackageLayer{uri.database(), uri.table()};
}

// A GDAL configuration option for the calling thread only, for the lifetime of the object: the
// Processing dialog runs algorithms in a worker thread, and QGIS's own connections elsewhere must
// keep their settings.
class ThreadGdalOption {
public:
  ThreadGdalOption(const char *key, const char *value) : key_(key) {
    if (const char *old = CPLGetThreadLocalConfigOption(key, nullptr))
      old_ = old;
    CPLSetThreadLocalConfigOption(key, value);
  }
  ~ThreadGdalOption() {
    CPLSetThreadLocalConfigOption(key_, old_.empty() ? nullptr : old_.c_str());
  }
  ThreadGdalOption(const ThreadGdalOption &) = delete;
  ThreadGdalOption &operator=(const ThreadGdalOption &) = delete;

private:
  const char *key_;
  std::string old_;
};

} // namespace

std::unique_ptr<QgsFeatureSink> createOutputSink(const QgsProcessingAlgorithm &algorithm,
                                                 const QVariantMap &parameters, const QString &name,
                                                 QgsProcessingContext &context,
                                                 QString &destination, const QgsFields &fields,
                                                 QgsWkbTypes::Type wkbType,
                                                 const QgsCoordinateReferenceSystem &crs) {
  const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition(name);
  const std::optional<GeoPackageLayer> target = geoPackageLayer(
      QgsProcessingParameters::parameterAsOutputLayer(definition, parameters, context));
  if (!target) {
    return std::unique_ptr<QgsFeatureSink>(QgsProcessingParameters::parameterAsSink(
        definition, parameters, fields, wkbType, crs, context, destination));
  }

  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral("GPKG");
  options.layerName = target->layer;
  options.fileEncoding = QStringLiteral("UTF-8");
  options.actionOnExistingFile = QFileInfo::exists(target->file)
                                     ? QgsVectorFileWriter::CreateOrOverwriteLayer
                                     : QgsVectorFileWriter::CreateOrOverwriteFile;
  options.datasourceOptions = QgsVectorFileWriter::defaultDatasetOptions(options.driverName);
  options.layerOptions = QgsVectorFileWriter::defaultLayerOptions(options.driverName);
  QString file, layer;
  std::unique_ptr<QgsVectorFileWriter> writer;
  {
    // SQLite's default page cache (2 MB) thrashes while a million-feature layer and its R-tree
    // are written; 256 MB keeps them in memory. Read when the file is opened, for this file only.
    const ThreadGdalOption cache("OGR_SQLITE_CACHE", "256");
    writer.reset(QgsVectorFileWriter::create(target->file, fields, wkbType, crs,
                                             context.transformContext(), options,
                                             QgsFeatureSink::SinkFlags(), &file, &layer));
  }
  if (!writer || writer->hasError())
    throw QgsProcessingException(
        QObject::tr("%1: could not create layer %2 in %3: %4")
            .arg(name, target->layer, target->file, writer ? writer->errorMessage() : QString()));
  destination = QStringLiteral("%1|layername=%2").arg(file, layer);

  // What parameterAsSink does for outputs the user asked to open when the run completes.
  const QVariant value = parameters.value(name);
  if (value.canConvert<QgsProcessingOutputLayerDefinition>()) {
    const auto output = value.value<QgsProcessingOutputLayerDefinition>();
    if (output.destinationProject)
      context.addLayerToLoadOnCompletion(
          destination,
          QgsProcessingContext::LayerDetails(
              output.destinationName.isEmpty() ? definition->description() : output.destinationName,
              output.destinationProject, name, QgsProcessingUtils::LayerHint::Vector));
  }
  return std::make_unique<QgsProcessingFeatureSink>(writer.release(), destination, context, true);
}
