#pragma once
// Outputs are written to temporary files next to their targets and moved into place only when the
// run succeeds (issue 17, items 1, 3 and 4). A failed, canceled or killed run leaves every file it
// did not create as it was: an existing GeoPackage keeps its other layers (the run writes into a
// copy, which replaces it), an existing PDF or shapefile stays until the new one is complete, and
// what a run leaves behind when it is killed outright is a "<name>-partial-<pid>-<n>.<ext>" file,
// never a half-written output under the target's name.
//
// One run writes a target at a time: a target another run (in this or another process) is writing
// is refused at once, naming it, instead of two runs mixing their rows.
//
// A run started by another run's step (the pipeline's steps) writes straight into its parent's
// temporary files; they move into place with the parent's. A step (on the parent's thread) does
// not stage again a target its parent stages.
//
// A PostGIS table ("postgis:" destination) is staged the same way: the run writes a new table
// "<name>_partial_<pid>_<n>" in the target's schema, which replaces the target (dropped and
// renamed in one transaction) only when the run succeeds; otherwise it is dropped. No other table
// is ever dropped or altered: an existing table of the target's name stays as it was until the
// run has succeeded, as an existing file does.
#include "layers/datasetlocations.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <vector>

class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;

class OutputStaging {
public:
  // Takes the outputs' locks and prepares a temporary file for each output file. A GeoPackage
  // output of a layer (outputLocation's layer non-empty) that exists is copied first, so its other
  // layers survive. Throws QgsProcessingException naming the parameter when the target's folder
  // does not exist, another run holds the target, or the copy fails; nothing is written then.
  explicit OutputStaging(const QList<DatasetLocation> &outputs);
  // Removes every temporary file not committed (failure, cancel, exception).
  ~OutputStaging();
  OutputStaging(const OutputStaging &) = delete;
  OutputStaging &operator=(const OutputStaging &) = delete;

  // parameters with each destination pointing at its temporary file.
  QVariantMap redirect(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                       QgsProcessingContext &context) const;

  // Stages one more file while the run is under way (a file no parameter names in full, as the
  // pages printmaps writes into its OUTPUT_FOLDER) and returns the temporary file to write
  // instead; it moves into place with the others on commit(). Throws as the constructor does.
  QString stageFile(const QString &parameter, const QString &file);

  // Moves every temporary file into place (after writing it to disk) and rewrites results and the
  // layers to load on completion to name the targets. Closes this run's layers on the temporary
  // files first. Throws QgsProcessingException when a target cannot be replaced; the targets
  // already moved stay moved, the others are left as they were.
  void commit(QVariantMap &results, QgsProcessingContext &context);

  // True for a temporary file an unfinished run in this process is writing (GeoPackageLayerSink
  // writes those without waiting for the disk: commit() syncs them once).
  static bool isStagingFile(const QString &file);
  // The file a run writes for its output `path` when the output is not one of its destination
  // parameters (the table book's CSV files, the project's layers GeoPackage, both declared by the
  // algorithm's datasetLocations): the temporary file of this run's staging, or of the run on this
  // thread that this run is a step of; `path` itself when no such run stages it.
  static QString writtenAt(const QString &path);
  // The path a file written now will have when the run succeeds (for links between outputs, as
  // a report's to its scatterplot); other paths unchanged.
  static QString finalPath(const QString &path);

  struct Target;
  struct TableTarget;

private:
  void stage(const QList<DatasetLocation> &outputs);
  void stageTable(const DatasetLocation &output);
  void commitTables(QVariantMap &results, QgsProcessingContext &context);
  // Removes what was not committed, releases the locks.
  void release();

  std::vector<std::unique_ptr<Target>> mTargets;
  std::vector<std::unique_ptr<TableTarget>> mTables;
  bool mCommitted = false;
};
