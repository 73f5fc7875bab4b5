#pragma once
#include "layers/degeneraterings.h"
#include "parameters/namedenumparameter.h"

#include <qgsprocessingalgorithm.h>
#include <qgswkbtypes.h>

#include <memory>
#include <optional>
#include <vector>

class OutputStaging;
class QgsFeatureSink;
class QgsFeatureSource;
struct DatasetLocation;
struct FeatureRows;
struct ResultColumn;

// Base of every algorithm in the provider. It turns the core's errors into
// QgsProcessingException so that nothing else ever crosses into QGIS, declares and reads enum
// parameters by option name, and places the algorithm in the toolbox.
//
// Every run goes through the same guards (docs/robustness.md, "Outputs"): parameters the
// algorithm does not have, yes/no values that are neither and integers out of range are refused
// (checkParameterValues); an output that is one of the run's inputs or another of its outputs is
// refused before anything runs; outputs are written to temporary files beside their targets and
// moved into place only when the run succeeded and was not canceled (outputstaging.h).
class ResilienceAlgorithm : public QgsProcessingAlgorithm {
public:
  // The toolbox entry of name() (toolbox.h): group in workflow order, English and Dutch tags,
  // one-line description, and the icon styles/icons/<name>.svg.
  QString group() const override;
  QString groupId() const override;
  QStringList tags() const override;
  QString shortDescription() const override;
  QIcon icon() const override;
  QString svgIconPath() const override;
  bool checkParameterValues(const QVariantMap &parameters, QgsProcessingContext &context,
                            QString *message = nullptr) const override;
  // helpText() as the dialog's help panel shows it (algorithmhelp.h): escaped, parameters named
  // by their labels, and the paragraph on invalid geometries where the algorithm reads layers.
  QString shortHelpString() const final;
  // The installed README.md or docs/<chapter>.md that explains the algorithm.
  QString helpUrl() const override;

protected:
  // The files and layers a run reads and writes, for the overlap check and the staging of
  // outputs. Default: what the parameters name (datasetlocations.h, parameterLocations); the
  // pipeline adds what its spec names.
  virtual void datasetLocations(const QVariantMap &parameters, QgsProcessingContext &context,
                                QList<DatasetLocation> &inputs,
                                QList<DatasetLocation> &outputs) const;

  // What the algorithm does and how, as plain text: one paragraph per line, parameters named as
  // in scripts (MIN_COVERAGE); shortHelpString() turns the names into the dialog's labels.
  virtual QString helpText() const = 0;

  // What the algorithm does; called by processAlgorithm inside the error translation.
  virtual QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback) = 0;

  void addNamedEnumParameter(const QString &name, const QString &description,
                             const QList<NamedEnumParameter::Option> &options,
                             const QString &defaultOption, bool optional = false);
  // The option name ("cbs", "queen") chosen for an enum parameter declared with
  // addNamedEnumParameter; throws QgsProcessingException naming the parameter when invalid.
  QString enumName(const QVariantMap &parameters, const QString &name) const;

  // Throws QgsProcessingException when the user pressed Cancel, so no output is written after it.
  static void stopIfCanceled(QgsProcessingFeedback *feedback);

  // Writes source's features with `columns` appended (one value per feature, in source order) to
  // the sink parameter `output` and returns its destination. An input field named like a result
  // column is left out with the warning replacedWarning (%1: the field name), so a rerun on an
  // earlier output replaces its results (replacedWarning may be empty where the caller named the
  // columns apart from the input's fields). Progress runs from progressFrom to 100.
  QString writeWithResultColumns(const QVariantMap &parameters, const QString &output,
                                 QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                 QgsFeatureSource &source, const std::vector<ResultColumn> &columns,
                                 const QString &replacedWarning, double progressFrom) const;
  // The same for features that are not a source's as it reads them (polygons read and dissolved,
  // regions made here). Every output that copies features with new fields is written here.
  QString writeWithResultColumns(const QVariantMap &parameters, const QString &output,
                                 QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                 const FeatureRows &rows, const std::vector<ResultColumn> &columns,
                                 const QString &replacedWarning, double progressFrom) const;

  // Declares LANGUAGE (en | nl, default from the QGIS locale) for the texts of styled outputs.
  void addLanguageParameter();
  // Styles an output with styles/<styleName>.qml in the LANGUAGE the user chose (see
  // outputstyles.h): stored in the GeoPackage and applied when QGIS desktop loads it. A
  // legendField names the field in the style's legend labels (StyleOptions::legendSubject).
  void styleResult(const QString &destination, const QString &styleName,
                   const QVariantMap &parameters, QgsProcessingContext &context,
                   QgsProcessingFeedback *feedback, const QString &legendField = QString()) const;

  // What the layers QGIS desktop loads after the run are about, for their names (outputnames.h:
  // "Risk hot spots of <subject>"): by default the FIELD parameter's value. `kind` names the
  // table entry when it is not name() (the bivariate local Moran is "bivariate").
  void setLoadedLayerSubject(const QString &subject, const QString &kind = QString()) const;

  // The geometry type of an output that copies the features of a layer of type `input`: polygons
  // and lines become multi-types, because a layer declared Polygon may hold MultiPolygons (a mixed
  // GeoPackage, a memory layer), which a Polygon GeoPackage layer may not (GDAL warns, other
  // readers refuse). copyGeometryTo converts a feature's geometry to that type.
  // A GeometryCollection (a repaired or mixed feature) keeps only its parts of the output's type
  // (a MultiPolygon layer holds no collections: GDAL writes them with a warning, other readers
  // refuse them); without such parts its geometry is NULL. The run reports both counts.
  // Rings of one to three points are dropped first (degeneraterings.h), and counted.
  static QgsWkbTypes::Type outputWkbType(QgsWkbTypes::Type input);
  void copyGeometryTo(QgsFeature &feature, QgsWkbTypes::Type outputType) const;
  // The same for a geometry (not NULL); whether it changed it (a dropped collection becomes NULL).
  bool conformGeometry(QgsGeometry &geometry, QgsWkbTypes::Type outputType) const;

  // Writes what the sink still buffers and closes it. Data providers such as PostGIS insert
  // buffered rows only now, and QGIS would drop their errors when the sink is destroyed: a
  // refused row must fail the run, not leave an empty table behind a success.
  void closeSink(std::unique_ptr<QgsFeatureSink> &sink, const QVariantMap &parameters,
                 const QString &name) const;

  // A file the run writes that no parameter names in full (a page of printmaps' OUTPUT_FOLDER),
  // staged like the outputs: returns the temporary file to write, moved to `file` only when the
  // run succeeds (outputstaging.h). Throws QgsProcessingException naming `parameter` when another
  // run is writing `file`.
  QString stagedFile(const QString &parameter, const QString &file);

  // The parameters of a run this run starts (a pipeline step) with each destination that this
  // run stages (datasetLocations' outputs, such as a step's UNMATCHED) pointing at its temporary
  // file: it moves into place with this run's outputs, or is removed when this run fails.
  QVariantMap withStagedOutputs(const QgsProcessingAlgorithm &step, const QVariantMap &parameters,
                                QgsProcessingContext &context) const;

private:
  // The staging of the run under way (processAlgorithm), for stagedFile and withStagedOutputs.
  OutputStaging *mStaging = nullptr;
  // Collections copyGeometryTo reduced to their parts, and those left without geometry.
  mutable long long mCollectionsReduced = 0;
  mutable long long mCollectionsDropped = 0;
  // Rings copyGeometryTo dropped because GEOS cannot build them (degeneraterings.h).
  mutable DroppedRings mDroppedRings;
  // setLoadedLayerSubject's choice for this run; unset until the algorithm makes it.
  mutable std::optional<QString> mLoadedLayerSubject;
  mutable QString mLoadedLayerKind;

  // Names every output that QGIS desktop will load after the run after what it holds, in
  // LANGUAGE (or the QGIS locale's language): outputLayerName(), one table for all algorithms.
  void nameLoadedLayers(const QVariantMap &parameters, const QVariantMap &results,
                        QgsProcessingContext &context) const;

  QVariantMap processAlgorithm(const QVariantMap &parameters, QgsProcessingContext &context,
                               QgsProcessingFeedback *feedback) final;
};
