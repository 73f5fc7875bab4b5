#include "layers/datasetlocations.h"

#include "layers/inprocesslayer.h"

#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsmaplayer.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsproperty.h>
#include <qgsproviderregistry.h>

#include <gdal.h>

#include <QDir>
#include <QFileInfo>

namespace {

// Absolute, with symbolic links resolved for whatever part of the path exists, so that
// "./a.gpkg", "a.gpkg" and a link to it are one file.
QString canonicalPath(const QString &path) {
  const QFileInfo info(path);
  if (info.exists())
    return info.canonicalFilePath();
  const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
  return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool isGeoPackage(const QString &file) {
  return QFileInfo(file).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0;
}

// The layer QGIS opens for a GeoPackage named without one: its first.
QString firstLayer(const QString &file) {
  GDALDatasetH dataset = GDALOpenEx(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                    nullptr, nullptr, nullptr);
  if (!dataset)
    return QString();
  QString name;
  if (GDALDatasetGetLayerCount(dataset) > 0)
    name = QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset, 0)));
  GDALClose(dataset);
  return name;
}

QString quotedIdentifier(const QString &name) {
  QString quoted = name;
  return QLatin1Char('"') + quoted.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
         QLatin1Char('"');
}

// A PostgreSQL table as a location: the database it is in, its schema-qualified name, and the
// URI to connect with.
DatasetLocation tableLocation(const QString &parameter, const QgsDataSourceUri &uri) {
  DatasetLocation location;
  location.parameter = parameter;
  location.file = QStringLiteral("postgres: dbname=%1 host=%2 port=%3")
                      .arg(uri.database(), uri.host(),
                           uri.port().isEmpty() ? QStringLiteral("5432") : uri.port());
  if (!uri.service().isEmpty())
    location.file += QStringLiteral(" service=") + uri.service();
  location.layer =
      quotedIdentifier(uri.schema().isEmpty() ? QStringLiteral("public") : uri.schema()) +
      QLatin1Char('.') + quotedIdentifier(uri.table());
  location.table = true;
  location.connection = uri.uri(false);
  return location;
}

} // namespace

QString DatasetLocation::text() const {
  if (table)
    return QStringLiteral("%1 table %2").arg(file, layer);
  return layer.isEmpty() ? file : QStringLiteral("%1|layername=%2").arg(file, layer);
}

bool overlaps(const DatasetLocation &a, const DatasetLocation &b) {
  if (a.file != b.file || a.table != b.table)
    return false;
  if (a.table)
    return a.layer == b.layer;
  return a.layer.isEmpty() || b.layer.isEmpty() ||
         a.layer.compare(b.layer, Qt::CaseInsensitive) == 0;
}

std::optional<DatasetLocation> inputLocation(const QString &parameter, const QString &source,
                                             QgsProcessingContext &context) {
  QString text = source;
  QString provider = QStringLiteral("ogr");
  if (QgsMapLayer *layer = QgsProcessingUtils::mapLayerFromString(source, context, false)) {
    text = layer->source();
    provider = layer->providerType();
  }
  if (text.startsWith(QLatin1String("ogr:")))
    text = text.mid(4);
  if (provider == QLatin1String("ogr")) {
    // "postgres://dbname=... table=..." (QgsProcessingUtils::encodeProviderKeyAndUri)
    QString providerKey, uri;
    if (QgsProcessingUtils::decodeProviderKeyAndUri(text, providerKey, uri)) {
      provider = providerKey;
      text = uri;
    }
  }
  if (provider == QLatin1String("postgres")) {
    const QgsDataSourceUri uri(text);
    if (uri.table().isEmpty())
      return std::nullopt; // a query, not a table
    return tableLocation(parameter, uri);
  }
  QString path, layerName;
  if (text.contains(QLatin1String("dbname=")) && provider == QLatin1String("ogr")) {
    const QgsDataSourceUri uri(text);
    path = uri.database();
    layerName = uri.table();
  } else {
    const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri(provider, text);
    path = parts.value(QStringLiteral("path")).toString();
    layerName = parts.value(QStringLiteral("layerName")).toString();
  }
  if (path.isEmpty() || !QFileInfo(path).isFile())
    return std::nullopt;
  DatasetLocation location{parameter, canonicalPath(path), QString(), false, QString()};
  if (isGeoPackage(path))
    location.layer = layerName.isEmpty() ? firstLayer(path) : layerName;
  return location;
}

std::optional<DatasetLocation> outputLocation(const QString &parameter,
                                              const QString &destination) {
  if (destination.isEmpty() || destination == QgsProcessing::TEMPORARY_OUTPUT ||
      namesInProcessLayer(destination) || destination.startsWith(QLatin1String("memory:")) ||
      destination.startsWith(QLatin1String("postgres:")) ||
      destination.startsWith(QLatin1String("spatialite:")))
    return std::nullopt;
  if (destination.startsWith(QLatin1String("postgis:"))) {
    const QgsDataSourceUri uri(destination.mid(8));
    if (uri.table().isEmpty())
      return std::nullopt;
    return tableLocation(parameter, uri);
  }
  if (destination.startsWith(QLatin1String("ogr:"))) {
    const QgsDataSourceUri uri(destination.mid(4));
    if (uri.database().isEmpty())
      return std::nullopt;
    return DatasetLocation{parameter, canonicalPath(uri.database()),
                           isGeoPackage(uri.database()) ? uri.table() : QString(), false,
                           QString()};
  }
  return DatasetLocation{parameter, canonicalPath(destination.section(QLatin1Char('|'), 0, 0)),
                         QString(), false, QString()};
}

QStringList parameterTexts(const QVariant &value, QgsProcessingContext &context) {
  if (value.canConvert<QgsProcessingFeatureSourceDefinition>())
    return {value.value<QgsProcessingFeatureSourceDefinition>().source.valueAsString(
        context.expressionContext())};
  if (value.canConvert<QgsProcessingOutputLayerDefinition>())
    return {value.value<QgsProcessingOutputLayerDefinition>().sink.valueAsString(
        context.expressionContext())};
  if (value.canConvert<QgsProperty>())
    return {value.value<QgsProperty>().valueAsString(context.expressionContext())};
  if (value.type() == QVariant::List || value.type() == QVariant::StringList) {
    QStringList texts;
    for (const QVariant &item : value.toList())
      texts << parameterTexts(item, context);
    return texts;
  }
  if (value.type() == QVariant::String)
    return {value.toString()};
  return {};
}

void parameterLocations(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                        QgsProcessingContext &context, QList<DatasetLocation> &inputs,
                        QList<DatasetLocation> &outputs) {
  for (const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions()) {
    const QVariant value = parameters.value(definition->name());
    if (definition->isDestination()) {
      if (definition->type() == QgsProcessingParameterFolderDestination::typeName())
        continue; // a folder holds the user's other files too: never one dataset
      for (const QString &text : parameterTexts(value, context))
        if (const auto location = outputLocation(definition->name(), text))
          outputs << *location;
      continue;
    }
    for (const QString &text : parameterTexts(value, context))
      if (const auto location = inputLocation(definition->name(), text, context))
        inputs << *location;
  }
}

void refuseOverlaps(const QList<DatasetLocation> &inputs, const QList<DatasetLocation> &outputs) {
  for (int i = 0; i < outputs.size(); ++i) {
    const DatasetLocation &output = outputs.at(i);
    for (const DatasetLocation &input : inputs)
      if (overlaps(output, input))
        throw QgsProcessingException(
            QObject::tr("%1 would overwrite the input %2 (%3): choose another %4")
                .arg(output.parameter, input.parameter, input.text(),
                     output.table ? QObject::tr("table")
                     : output.layer.isEmpty() || input.layer.isEmpty()
                         ? QObject::tr("file")
                         : QObject::tr("file or layer name")));
    for (int j = 0; j < i; ++j)
      if (overlaps(output, outputs.at(j)))
        throw QgsProcessingException(
            QObject::tr("%1 and %2 are both written to %3: give each output its own file%4")
                .arg(outputs.at(j).parameter, output.parameter, output.text(),
                     output.layer.isEmpty() ? QString() : QObject::tr(" or layer")));
  }
}
