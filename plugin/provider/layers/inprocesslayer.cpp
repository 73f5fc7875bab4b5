#include "layers/inprocesslayer.h"

#include "layers/inprocessrows.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsproperty.h>
#include <qgsproxyfeaturesink.h>
#include <qgsrectangle.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QUuid>
#include <QVector>

#include <algorithm>

const QString kInProcessOutput = QStringLiteral("resilience-inprocess:");

namespace {

struct Registered {
  std::shared_ptr<const InProcessRows> rows;
  const QgsProcessingContext *owner = nullptr;
};

// The layers of the runs under way, by the value that names them. A layer belongs to the context
// of the run that wrote it (the pipeline's) and goes with that run's scope at the latest.
QMutex gMutex;
QHash<QString, Registered> gLayers;
QVector<const QgsProcessingContext *> gScopes;
// Twins asked for, by context and parameter: the name each will have.
QHash<QPair<const QgsProcessingContext *, QString>, QString> gTwinRequests;

std::shared_ptr<InProcessRows> newRows(const QString &name, const QgsFields &fields,
                                       QgsWkbTypes::Type wkbType,
                                       const QgsCoordinateReferenceSystem &crs) {
  auto rows = std::make_shared<InProcessRows>();
  rows->name = name;
  rows->fields = fields;
  rows->wkbType = wkbType;
  rows->crs = crs;
  return rows;
}

QString newLayerName() {
  return kInProcessOutput + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::shared_ptr<const InProcessRows> findRows(const QVariant &value) {
  if (!namesInProcessLayer(value))
    return nullptr;
  const QMutexLocker lock(&gMutex);
  const auto found = gLayers.constFind(value.toString());
  return found == gLayers.constEnd() ? nullptr : found->rows;
}

class RowsIterator final : public QgsAbstractFeatureIterator {
public:
  RowsIterator(std::shared_ptr<const InProcessRows> rows, const QgsFeatureRequest &request)
      : QgsAbstractFeatureIterator(request), mRows(std::move(rows)) {
    if (mRequest.destinationCrs().isValid() && mRequest.destinationCrs() != mRows->crs)
      mTransform = QgsCoordinateTransform(mRows->crs, mRequest.destinationCrs(),
                                          mRequest.transformContext());
    try {
      mFilterRect = filterRectToSourceCrs(mTransform);
    } catch (QgsCsException &) {
      close(); // the filter rectangle has no place in the layer's CRS: nothing matches
      return;
    }
    if (!mFilterRect.isNull() && (mRequest.flags() & QgsFeatureRequest::ExactIntersect)) {
      mRectangle = QgsGeometry::fromRect(mFilterRect);
      mRectangleEngine.reset(QgsGeometry::createGeometryEngine(mRectangle.constGet()));
      mRectangleEngine->prepareGeometry();
    }
    // Features asked for by id are looked up, not searched for (ids are positions + 1).
    if (mRequest.filterType() == QgsFeatureRequest::FilterFid) {
      mIds = {mRequest.filterFid()};
      mByIds = true;
    } else if (mRequest.filterType() == QgsFeatureRequest::FilterFids) {
      mIds = QVector<QgsFeatureId>(mRequest.filterFids().cbegin(), mRequest.filterFids().cend());
      std::sort(mIds.begin(), mIds.end());
      mByIds = true;
    }
    mSubset = (mRequest.flags() & QgsFeatureRequest::SubsetOfAttributes) &&
              mRequest.filterType() != QgsFeatureRequest::FilterExpression;
    if (mSubset)
      mAttributes = mRequest.subsetOfAttributes();
    mWithGeometry = !(mRequest.flags() & QgsFeatureRequest::NoGeometry);
  }
  ~RowsIterator() override { close(); }

  bool fetchFeature(QgsFeature &feature) override {
    feature.setValid(false);
    if (mClosed)
      return false;
    for (std::size_t row = nextCandidate(); row < mRows->size(); row = nextCandidate()) {
      if (!inFilterRect(mRows->geometries.at(static_cast<int>(row))))
        continue;
      mRows->fill(feature, row, mSubset ? &mAttributes : nullptr, mWithGeometry);
      geometryToDestinationCrs(feature, mTransform);
      return true;
    }
    close();
    return false;
  }
  bool rewind() override {
    if (mClosed)
      return false;
    mPosition = 0;
    return true;
  }
  bool close() override {
    if (mClosed)
      return false;
    mClosed = true;
    return true;
  }

private:
  // The row of the next feature the request may want; size() after the last.
  std::size_t nextCandidate() {
    const std::size_t size = mRows->size();
    if (!mByIds)
      return mPosition < size ? mPosition++ : size;
    while (mPosition < static_cast<std::size_t>(mIds.size())) {
      const QgsFeatureId id = mIds[static_cast<int>(mPosition++)];
      if (id >= 1 && id <= static_cast<QgsFeatureId>(size))
        return static_cast<std::size_t>(id - 1);
    }
    return size;
  }
  bool inFilterRect(const QgsGeometry &geometry) const {
    if (mFilterRect.isNull())
      return true;
    if (geometry.isNull())
      return false;
    if (mRectangleEngine)
      return mRectangleEngine->intersects(geometry.constGet());
    return geometry.boundingBoxIntersects(mFilterRect);
  }

  std::shared_ptr<const InProcessRows> mRows;
  QgsCoordinateTransform mTransform;
  QgsRectangle mFilterRect;
  QgsGeometry mRectangle;
  std::unique_ptr<QgsGeometryEngine> mRectangleEngine;
  QVector<QgsFeatureId> mIds;
  bool mByIds = false;
  std::size_t mPosition = 0;
  // What the request reads: a subset of the attributes (all of them for an expression, which
  // may name others), the geometry unless it asks for none (it still filters by rectangle).
  bool mSubset = false;
  QgsAttributeList mAttributes;
  bool mWithGeometry = true;
};

class RowsSource final : public QgsFeatureSource {
public:
  explicit RowsSource(std::shared_ptr<const InProcessRows> rows) : mRows(std::move(rows)) {}

  QgsFeatureIterator getFeatures(const QgsFeatureRequest &request) const override {
    return QgsFeatureIterator(new RowsIterator(mRows, request));
  }
  QString sourceName() const override { return mRows->name; }
  QgsCoordinateReferenceSystem sourceCrs() const override { return mRows->crs; }
  QgsFields fields() const override { return mRows->fields; }
  QgsWkbTypes::Type wkbType() const override { return mRows->wkbType; }
  long long featureCount() const override { return static_cast<long long>(mRows->size()); }
  QgsRectangle sourceExtent() const override { return mRows->extent; }

private:
  std::shared_ptr<const InProcessRows> mRows;
};

// The source a step reads an in-process layer through; says which layer it reads
// (inProcessLayerOf).
class InProcessFeatureSource final : public QgsProcessingFeatureSource {
public:
  InProcessFeatureSource(const QString &layer, std::shared_ptr<const InProcessRows> rows,
                         const QgsProcessingContext &context)
      : QgsProcessingFeatureSource(new RowsSource(std::move(rows)), context, true), mLayer(layer) {}
  const QString &layer() const { return mLayer; }

private:
  QString mLayer;
};

class RowsSink final : public QgsFeatureSink {
public:
  explicit RowsSink(std::shared_ptr<InProcessRows> rows) : mBuilder(std::move(rows)) {}

  bool addFeature(QgsFeature &feature, QgsFeatureSink::Flags) override {
    return mBuilder.append(feature);
  }
  bool addFeatures(QgsFeatureList &features, QgsFeatureSink::Flags flags) override {
    for (QgsFeature &feature : features)
      if (!addFeature(feature, flags))
        return false;
    return true;
  }
  QString lastError() const override { return mBuilder.error(); }

private:
  InProcessRowsBuilder mBuilder;
};

// A written layer's sink that also fills its in-process twin.
class TwinSink final : public QgsProxyFeatureSink {
public:
  TwinSink(std::unique_ptr<QgsFeatureSink> written, std::shared_ptr<InProcessRows> rows)
      : QgsProxyFeatureSink(written.get()), mWritten(std::move(written)), mTwin(std::move(rows)) {}

  bool addFeature(QgsFeature &feature, QgsFeatureSink::Flags flags) override {
    QgsFeature twin = feature;
    if (!QgsProxyFeatureSink::addFeature(feature, flags))
      return false;
    return mTwin.addFeature(twin, flags);
  }
  bool addFeatures(QgsFeatureList &features, QgsFeatureSink::Flags flags) override {
    for (QgsFeature &feature : features)
      if (!addFeature(feature, flags))
        return false;
    return true;
  }
  QString lastError() const override {
    const QString written = QgsProxyFeatureSink::lastError();
    return written.isEmpty() ? mTwin.lastError() : written;
  }

private:
  std::unique_ptr<QgsFeatureSink> mWritten;
  RowsSink mTwin;
};

} // namespace

bool namesInProcessLayer(const QVariant &value) {
  return value.type() == QVariant::String && value.toString().startsWith(kInProcessOutput);
}

QVariantMap withInProcessLayersChecked(const QgsProcessingAlgorithm &algorithm,
                                       QVariantMap parameters) {
  for (auto it = parameters.begin(); it != parameters.end(); ++it) {
    const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition(it.key());
    if (definition && !definition->isDestination() && namesInProcessLayer(it.value()))
      it.value() = QVariant::fromValue(
          QgsProperty::fromExpression(QgsExpression::quotedString(it.value().toString())));
  }
  return parameters;
}

InProcessLayerScope::InProcessLayerScope(const QgsProcessingContext &context) : mContext(&context) {
  const QMutexLocker lock(&gMutex);
  gScopes.append(mContext);
}

InProcessLayerScope::~InProcessLayerScope() {
  std::vector<std::shared_ptr<const InProcessRows>> dropped; // freed outside the lock
  const QMutexLocker lock(&gMutex);
  gScopes.removeOne(mContext);
  for (auto it = gLayers.begin(); it != gLayers.end();) {
    if (it->owner == mContext) {
      dropped.push_back(std::move(it->rows));
      it = gLayers.erase(it);
    } else {
      ++it;
    }
  }
}

std::unique_ptr<QgsFeatureSink> createInProcessSink(const QString &name, const QgsFields &fields,
                                                    QgsWkbTypes::Type wkbType,
                                                    const QgsCoordinateReferenceSystem &crs,
                                                    const QgsProcessingContext &context,
                                                    QString &destination) {
  const std::shared_ptr<InProcessRows> rows = newRows(name, fields, wkbType, crs);
  destination = newLayerName();
  const QMutexLocker lock(&gMutex);
  if (!gScopes.contains(&context))
    return nullptr;
  gLayers.insert(destination, {rows, &context});
  return std::make_unique<RowsSink>(rows);
}

InProcessTwinRequest::InProcessTwinRequest(const QgsProcessingContext &context,
                                           const QString &parameter)
    : mContext(&context), mParameter(parameter), mTwin(newLayerName()) {
  const QMutexLocker lock(&gMutex);
  gTwinRequests.insert({mContext, mParameter}, mTwin);
}

InProcessTwinRequest::~InProcessTwinRequest() {
  const QMutexLocker lock(&gMutex);
  gTwinRequests.remove({mContext, mParameter});
}

QString InProcessTwinRequest::twin() const {
  const QMutexLocker lock(&gMutex);
  return gLayers.contains(mTwin) ? mTwin : QString();
}

std::unique_ptr<QgsFeatureSink>
withRequestedTwin(std::unique_ptr<QgsFeatureSink> sink, const QgsProcessingContext &context,
                  const QString &parameter, const QString &name, const QgsFields &fields,
                  QgsWkbTypes::Type wkbType, const QgsCoordinateReferenceSystem &crs) {
  const QMutexLocker lock(&gMutex);
  const QString twin = gTwinRequests.take({&context, parameter});
  if (!sink || twin.isEmpty() || !gScopes.contains(&context))
    return sink;
  const std::shared_ptr<InProcessRows> rows = newRows(name, fields, wkbType, crs);
  gLayers.insert(twin, {rows, &context});
  return std::make_unique<TwinSink>(std::move(sink), rows);
}

std::unique_ptr<QgsProcessingFeatureSource> inProcessSource(const QVariant &value,
                                                            const QgsProcessingContext &context) {
  const std::shared_ptr<const InProcessRows> rows = findRows(value);
  if (!rows)
    return nullptr;
  return std::make_unique<InProcessFeatureSource>(value.toString(), rows, context);
}

QString inProcessLayerOf(const QgsFeatureSource &source) {
  const auto *inProcess = dynamic_cast<const InProcessFeatureSource *>(&source);
  return inProcess ? inProcess->layer() : QString();
}

QString deriveInProcessOutput(const QString &origin, const QVariantMap &parameters,
                              const QString &parameter, const QString &name,
                              const QgsFields &fields, QgsWkbTypes::Type wkbType,
                              const QgsAttributeList &kept,
                              const std::vector<ResultColumn> &results,
                              const std::function<bool(QgsGeometry &)> &conform,
                              const QgsProcessingContext &context) {
  const std::shared_ptr<const InProcessRows> rows = findRows(origin);
  if (!rows || std::any_of(results.begin(), results.end(), [&rows](const ResultColumn &column) {
        return column.size() != rows->size();
      }))
    return QString();
  const bool inProcessOutput = namesInProcessLayer(parameters.value(parameter));
  QString layer;
  {
    const QMutexLocker lock(&gMutex);
    if (!gScopes.contains(&context))
      return QString();
    layer = inProcessOutput ? newLayerName() : gTwinRequests.take({&context, parameter});
  }
  if (layer.isEmpty())
    return QString();
  std::shared_ptr<const InProcessRows> derived =
      derivedRows(*rows, name, fields, wkbType, kept, results, conform);
  const QMutexLocker lock(&gMutex);
  gLayers.insert(layer, {std::move(derived), &context});
  return inProcessOutput ? layer : QString();
}

std::unique_ptr<QgsVectorLayer> inProcessLayerCopy(const QVariant &value) {
  const std::shared_ptr<const InProcessRows> rows = findRows(value);
  if (!rows)
    return nullptr;
  std::unique_ptr<QgsVectorLayer> layer(QgsMemoryProviderUtils::createMemoryLayer(
      rows->name, rows->fields, rows->wkbType, rows->crs));
  QgsFeatureList batch;
  for (std::size_t row = 0; row < rows->size(); ++row) {
    QgsFeature feature;
    rows->fill(feature, row, nullptr, true);
    batch.append(feature);
    if (batch.size() == 1024 || row + 1 == rows->size()) {
      if (!layer->dataProvider()->addFeatures(batch, QgsFeatureSink::FastInsert))
        return nullptr;
      batch.clear();
    }
  }
  layer->updateExtents();
  return layer;
}

void dropInProcessLayer(const QVariant &value) {
  if (!namesInProcessLayer(value))
    return;
  std::shared_ptr<const InProcessRows> dropped; // freed outside the lock
  const QMutexLocker lock(&gMutex);
  const auto found = gLayers.find(value.toString());
  if (found == gLayers.end())
    return;
  dropped = std::move(found->rows);
  gLayers.erase(found);
}
