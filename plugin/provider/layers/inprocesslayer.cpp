#include "layers/inprocesslayer.h"

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

struct InProcessRows {
  QString name;
  QgsFields fields;
  QgsWkbTypes::Type wkbType = QgsWkbTypes::Unknown;
  QgsCoordinateReferenceSystem crs;
  QVector<QgsFeature> features; // feature id i + 1 at index i
  QgsRectangle extent;
};

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
  }
  ~RowsIterator() override { close(); }

  bool fetchFeature(QgsFeature &feature) override {
    feature.setValid(false);
    if (mClosed)
      return false;
    while (const QgsFeature *candidate = nextCandidate()) {
      if (!inFilterRect(*candidate))
        continue;
      feature = *candidate;
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
  const QgsFeature *nextCandidate() {
    const QVector<QgsFeature> &features = mRows->features;
    if (!mByIds)
      return mPosition < features.size() ? &features[mPosition++] : nullptr;
    while (mPosition < mIds.size()) {
      const QgsFeatureId id = mIds[mPosition++];
      if (id >= 1 && id <= features.size())
        return &features[static_cast<int>(id - 1)];
    }
    return nullptr;
  }
  bool inFilterRect(const QgsFeature &feature) const {
    if (mFilterRect.isNull())
      return true;
    if (!feature.hasGeometry())
      return false;
    if (mRectangleEngine)
      return mRectangleEngine->intersects(feature.geometry().constGet());
    return feature.geometry().boundingBoxIntersects(mFilterRect);
  }

  std::shared_ptr<const InProcessRows> mRows;
  QgsCoordinateTransform mTransform;
  QgsRectangle mFilterRect;
  QgsGeometry mRectangle;
  std::unique_ptr<QgsGeometryEngine> mRectangleEngine;
  QVector<QgsFeatureId> mIds;
  bool mByIds = false;
  int mPosition = 0;
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
  long long featureCount() const override { return mRows->features.size(); }
  QgsRectangle sourceExtent() const override { return mRows->extent; }

private:
  std::shared_ptr<const InProcessRows> mRows;
};

class RowsSink final : public QgsFeatureSink {
public:
  explicit RowsSink(std::shared_ptr<InProcessRows> rows) : mRows(std::move(rows)) {}

  bool addFeature(QgsFeature &feature, QgsFeatureSink::Flags) override {
    const int fieldCount = mRows->fields.count();
    QgsAttributes attributes = feature.attributes();
    if (attributes.size() > fieldCount) {
      mError = QObject::tr("Feature has %1 attributes where %2 has %3 fields")
                   .arg(attributes.size())
                   .arg(mRows->name)
                   .arg(fieldCount);
      return false;
    }
    if (attributes.size() < fieldCount) {
      attributes.resize(fieldCount);
      feature.setAttributes(attributes);
    }
    feature.setId(mRows->features.size() + 1);
    feature.setFields(mRows->fields, false);
    feature.setValid(true);
    if (mRows->wkbType == QgsWkbTypes::NoGeometry)
      feature.clearGeometry();
    if (feature.hasGeometry())
      mRows->extent.combineExtentWith(feature.geometry().boundingBox());
    mRows->features.append(feature);
    return true;
  }
  bool addFeatures(QgsFeatureList &features, QgsFeatureSink::Flags flags) override {
    for (QgsFeature &feature : features)
      if (!addFeature(feature, flags))
        return false;
    return true;
  }
  QString lastError() const override { return mError; }

private:
  std::shared_ptr<InProcessRows> mRows;
  QString mError;
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
  return std::make_unique<QgsProcessingFeatureSource>(new RowsSource(rows), context, true);
}

std::unique_ptr<QgsVectorLayer> inProcessLayerCopy(const QVariant &value) {
  const std::shared_ptr<const InProcessRows> rows = findRows(value);
  if (!rows)
    return nullptr;
  std::unique_ptr<QgsVectorLayer> layer(QgsMemoryProviderUtils::createMemoryLayer(
      rows->name, rows->fields, rows->wkbType, rows->crs));
  QgsFeatureList batch;
  for (const QgsFeature &feature : rows->features) {
    batch.append(feature);
    if (batch.size() == 1024 || &feature == &rows->features.constLast()) {
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
