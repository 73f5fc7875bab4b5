#include "layers/geopackagesink.h"

#include "io/geopackage_rows.h"
#include "io/geopackage_rtree.h"
#include "layers/inprocesslayer.h"
#include "layers/outputdestination.h"
#include "layers/outputfieldnames.h"
#include "layers/outputstaging.h"

#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsvectorfilewriter.h>

#include <cpl_conv.h>

#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <stdexcept>
#include <string>

namespace {

bool isGeoPackageFile(const QString &file) {
  return QFileInfo(file).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0;
}

// The GeoPackage file and layer of an "ogr:dbname='...gpkg' table=..." destination, or of a plain
// "out.gpkg" (wholeFile: the file is replaced, as QGIS replaces it).
struct GeoPackageLayer {
  QString file, layer;
  bool wholeFile = false;
};

std::optional<GeoPackageLayer> geoPackageLayer(const QString &destination) {
  if (!destination.startsWith(QLatin1String("ogr:"))) {
    // A provider prefix ("memory:", "postgis:") is what QGIS tells apart from a file this way
    // (QgsProcessingUtils::parseDestinationString); "C:/..." is a file.
    static const QRegularExpression provider(QStringLiteral("^.{3,}?:"));
    if (destination.contains(QLatin1Char('|')) || provider.match(destination).hasMatch() ||
        !isGeoPackageFile(destination))
      return std::nullopt;
    // QGIS names the layer of a plain file after the file (QgsVectorFileWriter): the target's
    // name, not that of the temporary file the run writes (outputstaging.h).
    return GeoPackageLayer{destination, QFileInfo(OutputStaging::finalPath(destination)).baseName(),
                           true};
  }
  const QgsDataSourceUri uri(destination.mid(4));
  if (uri.table().isEmpty() || !isGeoPackageFile(uri.database()))
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

// Whether writes to `file` may skip waiting for the disk (SQLite's synchronous=OFF): for the
// temporary files outputs are written to (outputstaging.h), which OutputStaging::commit() syncs
// once before they replace their targets, and for files this process created, so a power cut
// while writing can harm nothing but the output being written. Waiting for the disk took 30 of
// the 38 s that writing a million polygons took on the development VM.
bool mayWriteWithoutSync(const QString &file) {
  static QMutex mutex;
  static QSet<QString> createdHere;
  const QString path = QFileInfo(file).absoluteFilePath();
  if (OutputStaging::isStagingFile(path))
    return true;
  const QMutexLocker lock(&mutex);
  if (!QFileInfo::exists(path))
    createdHere.insert(path);
  return createdHere.contains(path);
}

// How a field's values are bound to its GeoPackage column: as QgsVectorFileWriter converts them
// for OGR (toLongLong, toDouble, toString).
enum class ColumnKind { Integer, Real, Text };

std::optional<ColumnKind> columnKind(QVariant::Type type) {
  switch (type) {
  case QVariant::Int:
  case QVariant::UInt:
  case QVariant::LongLong:
  case QVariant::ULongLong:
  case QVariant::Bool:
    return ColumnKind::Integer;
  case QVariant::Double:
    return ColumnKind::Real;
  case QVariant::String:
    return ColumnKind::Text;
  default:
    return std::nullopt; // dates, times, lists, binary: QgsVectorFileWriter formats them
  }
}

// The kinds of all fields, or nothing when a field needs QgsVectorFileWriter: a type above, a
// field named like the geometry column, or a field "fid" that is not an integer (QGIS writes an
// integer "fid" as the feature ids, in the layer's id column, which the rows then fill too, and
// refuses any other).
std::optional<std::vector<ColumnKind>> rowColumnKinds(const QgsFields &fields) {
  std::vector<ColumnKind> kinds;
  for (const QgsField &field : fields) {
    const std::optional<ColumnKind> kind = columnKind(field.type());
    if (!kind || field.name().compare(QLatin1String("geom"), Qt::CaseInsensitive) == 0 ||
        (field.name().compare(QLatin1String("fid"), Qt::CaseInsensitive) == 0 &&
         kind != ColumnKind::Integer))
      return std::nullopt;
    kinds.push_back(*kind);
  }
  return kinds;
}

// The features written straight into the GeoPackage layer (io/geopackage_rows.h), with the values
// and the geometry QgsVectorFileWriter would write: a single geometry in a multi layer becomes a
// multi geometry, nothing else is converted. About twice as fast as QgsVectorFileWriter, which
// builds an OGR feature and parses each geometry again.
class RowWriting {
public:
  RowWriting(std::unique_ptr<resilience::GeoPackageRowWriter> rows, std::vector<ColumnKind> kinds,
             QgsWkbTypes::Type wkbType)
      : mRows(std::move(rows)), mKinds(std::move(kinds)), mWkbType(wkbType) {}

  // Throws std::runtime_error with SQLite's message.
  void write(const QgsFeature &feature) {
    const QgsAttributes attributes = feature.attributes();
    for (std::size_t i = 0; i < mKinds.size() && i < static_cast<std::size_t>(attributes.size());
         ++i) {
      const QVariant &value = attributes.at(static_cast<int>(i));
      if (value.isNull())
        continue;
      switch (mKinds[i]) {
      case ColumnKind::Integer:
        mRows->setInteger(i, value.toLongLong());
        break;
      case ColumnKind::Real:
        mRows->setReal(i, value.toDouble());
        break;
      case ColumnKind::Text: {
        const QByteArray text = value.toString().toUtf8();
        mRows->setText(i, text.constData(), static_cast<std::size_t>(text.size()));
        break;
      }
      }
    }
    if (!feature.hasGeometry()) {
      mRows->addRow(nullptr, 0, std::nullopt);
      return;
    }
    QgsGeometry geometry = feature.geometry();
    if (QgsWkbTypes::isMultiType(mWkbType) && !geometry.isMultipart() &&
        QgsWkbTypes::flatType(geometry.wkbType()) ==
            QgsWkbTypes::flatType(QgsWkbTypes::singleType(mWkbType)))
      geometry.convertToMultiType();
    std::optional<resilience::Envelope> box;
    if (!geometry.isEmpty()) {
      const QgsRectangle extent = geometry.boundingBox();
      box = resilience::Envelope{extent.xMinimum(), extent.xMaximum(), extent.yMinimum(),
                                 extent.yMaximum()};
    }
    const QByteArray wkb = geometry.asWkb(QgsAbstractGeometry::FlagExportTrianglesAsPolygons);
    mRows->addRow(reinterpret_cast<const unsigned char *>(wkb.constData()),
                  static_cast<std::size_t>(wkb.size()), box);
  }
  // The rows' boxes, for their spatial index.
  std::vector<resilience::BoxEntry> finish() { return mRows->finish(); }

private:
  std::unique_ptr<resilience::GeoPackageRowWriter> mRows;
  std::vector<ColumnKind> mKinds;
  QgsWkbTypes::Type mWkbType;
};

// The writer of one GeoPackage layer: RowWriting, with its spatial index packed in bulk from the
// rows' boxes once they are written (geopackage_rtree.h: 16 s -> 2 s per million polygons), or
// else QgsVectorFileWriter with GDAL's index. flushBuffer() closes the layer and finishes the
// index; it is called once, by closeSink(). (Handing the features to a writing
// thread of its own was tried: no faster at a million.)
class GeoPackageLayerSink : public QgsFeatureSink {
public:
  GeoPackageLayerSink(std::unique_ptr<QgsVectorFileWriter> writer, std::unique_ptr<RowWriting> rows,
                      std::unique_ptr<resilience::GeoPackageBulkRTree> index)
      : mWriter(std::move(writer)), mRows(std::move(rows)), mIndex(std::move(index)) {}

  bool addFeature(QgsFeature &feature, Flags flags = Flags()) override {
    if (mWriter)
      return mWriter->addFeature(feature, flags);
    if (!mRows)
      return false;
    try {
      mRows->write(feature);
      return true;
    } catch (const std::runtime_error &e) {
      mError = QString::fromStdString(e.what());
      mRows.reset(); // rolls the rows back
      return false;
    }
  }
  bool addFeatures(QgsFeatureList &features, Flags flags = Flags()) override {
    for (QgsFeature &feature : features)
      if (!addFeature(feature, flags))
        return false;
    return true;
  }
  bool flushBuffer() override {
    if (!mWriter && !mRows)
      return mError.isEmpty();
    std::vector<resilience::BoxEntry> boxes;
    try {
      if (mRows)
        boxes = mRows->finish();
    } catch (const std::runtime_error &e) {
      mError = QString::fromStdString(e.what());
    }
    mRows.reset();
    if (mWriter && (!mWriter->flushBuffer() || mWriter->hasError()))
      mError = mWriter->lastError();
    mWriter.reset(); // closes the GeoPackage: the index is filled through a connection of its own
    if (mIndex && mError.isEmpty()) {
      try {
        mIndex->finish(std::move(boxes)); // only rows written straight have an index here
      } catch (const std::runtime_error &e) {
        mError = QString::fromStdString(e.what());
      }
    }
    mIndex.reset();
    return mError.isEmpty();
  }
  QString lastError() const override {
    return mWriter && mError.isEmpty() ? mWriter->lastError() : mError;
  }

private:
  std::unique_ptr<QgsVectorFileWriter> mWriter;
  std::unique_ptr<RowWriting> mRows;
  std::unique_ptr<resilience::GeoPackageBulkRTree> mIndex;
  QString mError;
};

// The sink for the destination parameter `name` names (createOutputSink, without a twin).
std::unique_ptr<QgsFeatureSink> destinationSink(const QgsProcessingAlgorithm &algorithm,
                                                const QVariantMap &parameters, const QString &name,
                                                QgsProcessingContext &context, QString &destination,
                                                const QgsFields &fields, QgsWkbTypes::Type wkbType,
                                                const QgsCoordinateReferenceSystem &crs) {
  requireFieldNamesFit(algorithm, parameters, name, context, fields);
  const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition(name);
  if (namesInProcessLayer(parameters.value(name))) {
    std::unique_ptr<QgsFeatureSink> sink =
        createInProcessSink(definition->description(), fields, wkbType, crs, context, destination);
    if (!sink)
      throw QgsProcessingException(
          QObject::tr("%1: an in-process layer is written only inside resilience:pipeline")
              .arg(name));
    return sink;
  }
  const std::optional<GeoPackageLayer> target =
      geoPackageLayer(outputDestination(definition, parameters.value(name), context));
  if (!target) {
    return std::unique_ptr<QgsFeatureSink>(QgsProcessingParameters::parameterAsSink(
        definition, parameters, fields, wkbType, crs, context, destination));
  }

  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral("GPKG");
  options.layerName = target->layer;
  options.fileEncoding = QStringLiteral("UTF-8");
  options.actionOnExistingFile = QFileInfo::exists(target->file) && !target->wholeFile
                                     ? QgsVectorFileWriter::CreateOrOverwriteLayer
                                     : QgsVectorFileWriter::CreateOrOverwriteFile;
  options.datasourceOptions = QgsVectorFileWriter::defaultDatasetOptions(options.driverName);
  options.layerOptions = QgsVectorFileWriter::defaultLayerOptions(options.driverName);
  // The features go straight into the layer's table unless a field needs QgsVectorFileWriter;
  // then its spatial index is packed in bulk afterwards (GDAL's own index triggers call SQL
  // functions that only GDAL's connections have). QgsVectorFileWriter writes the other layers
  // with GDAL's index.
  const std::optional<std::vector<ColumnKind>> kinds = rowColumnKinds(fields);
  const bool bulkIndex = kinds && wkbType != QgsWkbTypes::NoGeometry;
  if (bulkIndex)
    options.layerOptions.replaceInStrings(QStringLiteral("SPATIAL_INDEX=YES"),
                                          QStringLiteral("SPATIAL_INDEX=NO"));
  const bool withoutSync = mayWriteWithoutSync(target->file);
  QString file, layer;
  // SQLite's default page cache (2 MB) thrashes while QgsVectorFileWriter writes a
  // million-feature layer; 256 MB keeps it in memory. Read when the file is opened, for this file
  // only.
  std::unique_ptr<QgsVectorFileWriter> writer;
  {
    const ThreadGdalOption cache("OGR_SQLITE_CACHE", "256");
    std::optional<ThreadGdalOption> sync;
    if (withoutSync)
      sync.emplace("OGR_SQLITE_SYNCHRONOUS", "OFF");
    writer.reset(QgsVectorFileWriter::create(target->file, fields, wkbType, crs,
                                             context.transformContext(), options,
                                             QgsFeatureSink::SinkFlags(), &file, &layer));
    if (!writer || writer->hasError())
      throw QgsProcessingException(
          QObject::tr("%1: could not create layer %2 in %3: %4")
              .arg(name, target->layer, target->file, writer ? writer->errorMessage() : QString()));
  }
  std::unique_ptr<resilience::GeoPackageBulkRTree> index;
  std::unique_ptr<RowWriting> rows;
  if (kinds) {
    // The layer exists, empty: GDAL gives it its index now, and the rows are appended.
    writer.reset();
    std::vector<std::string> columns;
    for (const QgsField &field : fields)
      columns.push_back(field.name().toStdString());
    try {
      if (bulkIndex)
        index = std::make_unique<resilience::GeoPackageBulkRTree>(
            file.toStdString(), layer.toStdString(), !withoutSync);
      rows = std::make_unique<RowWriting>(
          std::make_unique<resilience::GeoPackageRowWriter>(file.toStdString(), layer.toStdString(),
                                                            columns, !withoutSync),
          *kinds, wkbType);
    } catch (const std::runtime_error &e) {
      throw QgsProcessingException(QStringLiteral("%1: %2").arg(name, e.what()));
    }
  }
  // As parameterAsSink names them: a plain file by its name alone.
  destination = target->wholeFile ? file : QStringLiteral("%1|layername=%2").arg(file, layer);

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
  return std::make_unique<GeoPackageLayerSink>(std::move(writer), std::move(rows),
                                               std::move(index));
}

} // namespace

std::unique_ptr<QgsFeatureSink> createOutputSink(const QgsProcessingAlgorithm &algorithm,
                                                 const QVariantMap &parameters, const QString &name,
                                                 QgsProcessingContext &context,
                                                 QString &destination, const QgsFields &fields,
                                                 QgsWkbTypes::Type wkbType,
                                                 const QgsCoordinateReferenceSystem &crs) {
  std::unique_ptr<QgsFeatureSink> sink =
      destinationSink(algorithm, parameters, name, context, destination, fields, wkbType, crs);
  return withRequestedTwin(std::move(sink), context, name,
                           algorithm.parameterDefinition(name)->description(), fields, wkbType,
                           crs);
}
