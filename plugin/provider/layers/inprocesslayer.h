#pragma once
// Layers that one step of the pipeline hands to the next inside the process, instead of QGIS
// memory layers. A memory layer checks and converts every attribute of every feature it is given
// (QgsMemoryProvider::addFeatures) and files each feature in a QMap: about 2 s per step at a
// million neighbourhoods with 35 fields, for a layer the next step reads once and drops. An
// in-process layer keeps the features as written, in order, with ids 1..n as a memory layer
// numbers them, in columns that the next step's output shares (inprocessrows.h), and is read
// through QgsFeatureSource like any layer.
//
// A step writes one when its OUTPUT is kInProcessOutput; the destination it returns names the
// layer, and that name is what the next step gets as INPUT. Only the pipeline asks for them; a
// consumer that needs a QGIS layer (a filter, the print maps) gets a memory layer copied from it.
#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfeaturesink.h>
#include <qgsfeaturesource.h>
#include <qgsfields.h>
#include <qgswkbtypes.h>

#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

struct ResultColumn;
class QgsGeometry;

class QgsProcessingAlgorithm;
class QgsProcessingFeatureSource;
class QgsProcessingContext;
class QgsVectorLayer;

// The OUTPUT value that asks a step for an in-process layer.
extern const QString kInProcessOutput;

// Whether value names an in-process layer (whether or not it still exists).
bool namesInProcessLayer(const QVariant &value);

// The parameters for algorithm.checkParameterValues: QGIS's check of a feature-source parameter
// (QgsProcessingParameterFeatureSource::checkValueIsAcceptable) takes a text for the name of a
// QGIS layer and refuses one it cannot find, so an in-process layer's name is given to it as an
// expression, which it leaves to the algorithm. The algorithm itself gets the names as they are.
QVariantMap withInProcessLayersChecked(const QgsProcessingAlgorithm &algorithm,
                                       QVariantMap parameters);

// While a scope for a context lives, steps run with that context may write in-process layers;
// the layers they wrote go with the scope at the latest (a failed run leaves none behind).
class InProcessLayerScope {
public:
  explicit InProcessLayerScope(const QgsProcessingContext &context);
  ~InProcessLayerScope();
  InProcessLayerScope(const InProcessLayerScope &) = delete;
  InProcessLayerScope &operator=(const InProcessLayerScope &) = delete;

private:
  const QgsProcessingContext *mContext;
};

// A sink that fills a new in-process layer called `name`; destination is set to the value that
// names it. Features keep their attributes as given (they must match `fields`, as the writers of
// this plugin make them) and are numbered 1..n in the order they come. Null outside a scope for
// context.
std::unique_ptr<QgsFeatureSink> createInProcessSink(const QString &name, const QgsFields &fields,
                                                    QgsWkbTypes::Type wkbType,
                                                    const QgsCoordinateReferenceSystem &crs,
                                                    const QgsProcessingContext &context,
                                                    QString &destination);

// While it lives, the next sink a step opens for `parameter` with `context` (createOutputSink)
// also keeps what it writes as an in-process layer, twin(): the next step reads that instead of
// reading the written layer back from its file. The twin exists once the step has opened its
// sink, inside a scope for context; an untaken request goes with this object.
class InProcessTwinRequest {
public:
  InProcessTwinRequest(const QgsProcessingContext &context, const QString &parameter);
  ~InProcessTwinRequest();
  InProcessTwinRequest(const InProcessTwinRequest &) = delete;
  InProcessTwinRequest &operator=(const InProcessTwinRequest &) = delete;

  // The twin's name, or an empty text when the step opened no such sink.
  QString twin() const;

private:
  const QgsProcessingContext *mContext;
  QString mParameter;
  QString mTwin;
};

// sink, or sink wrapped to fill the twin requested for (context, parameter) as well.
std::unique_ptr<QgsFeatureSink>
withRequestedTwin(std::unique_ptr<QgsFeatureSink> sink, const QgsProcessingContext &context,
                  const QString &parameter, const QString &name, const QgsFields &fields,
                  QgsWkbTypes::Type wkbType, const QgsCoordinateReferenceSystem &crs);

// The in-process layer named by value as a feature source for a step, or null when value names
// none (or one already dropped).
std::unique_ptr<QgsProcessingFeatureSource> inProcessSource(const QVariant &value,
                                                            const QgsProcessingContext &context);

// The value naming the in-process layer `source` reads (a source inProcessSource gave), or an
// empty text for any other source.
QString inProcessLayerOf(const QgsFeatureSource &source);

// For an output that copies every feature of the in-process layer `origin`, in order, with its
// fields at `kept` followed by `results` (a value per feature each; `fields` names them all):
// the output's in-process layer shares origin's columns and geometries instead of copying each
// feature (inprocessrows.h); `conform` adapts a geometry to `wkbType` and says whether it changed
// it. When the output `parameter` of `parameters` is an in-process layer, it is made so and its
// name returned. When the output is written elsewhere with a twin requested for it
// (InProcessTwinRequest), the twin is made so and the sink the step then opens for the output
// (createOutputSink) adds none; an empty text is returned, as it is when nothing could be made
// (origin dropped, a size that differs, no scope) and the step writes its output as usual.
QString deriveInProcessOutput(const QString &origin, const QVariantMap &parameters,
                              const QString &parameter, const QString &name,
                              const QgsFields &fields, QgsWkbTypes::Type wkbType,
                              const QgsAttributeList &kept,
                              const std::vector<ResultColumn> &results,
                              const std::function<bool(QgsGeometry &)> &conform,
                              const QgsProcessingContext &context);

// A memory layer with a copy of the in-process layer's features, for consumers that need a QGIS
// layer; null when value names none.
std::unique_ptr<QgsVectorLayer> inProcessLayerCopy(const QVariant &value);

// Frees the in-process layer named by value once no reader holds it; nothing for other values.
void dropInProcessLayer(const QVariant &value);
