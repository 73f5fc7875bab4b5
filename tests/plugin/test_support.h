#pragma once
// Small helpers several plugin tests share: files, hashes, and the attributes of a layer.
#include "qgis_test_environment.h"

#include <qgsfeature.h>
#include <qgsvectorlayer.h>

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <vector>

namespace resilience::testing {

// SHA-256 of a file's bytes, to show that an algorithm left its input untouched.
QByteArray fileHash(const QString &path);

// Writes content to dir/name and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &content);

// The first feature of layer matching expression (an invalid feature when none does).
QgsFeature featureWhere(QgsVectorLayer &layer, const QString &expression);

// One field of every feature of the layer at source, in feature id order.
std::vector<QVariant> column(const QString &source, const QString &field);

// A testdata layer (e.g. "columbus.shp") added to the project with one more Double field computed
// by expression, for NULL, zero and derived values; returns the layer id.
QString withExpressionField(const QString &dataset, const QString &field,
                            const QString &expression);

// North Carolina (testdata/nc.gpkg) added to the project with SIDR74 = 1000 * SID74 / BIR74, the
// rate reference.R analyses; returns the layer id.
QString ncWithSidr74();

// resilience:jointable's parameters for the bundled municipalities of 2015 and their CBS key
// figures (codes matched as CBS writes them), written to `output`; UNMATCHED when given.
QVariantMap municipalityJoin(const QVariant &output, const QString &unmatched = QString());

// A memory layer in the project (EPSG:28992) of unit squares in a row, square i from x = i to
// i + 1, with `fields` (a memory provider field list, "field=code:string&field=a:double", the
// text field first) holding textPrefix + i and then the numbers of rows[i] (NaN = NULL); returns
// its id.
QString unitSquareLayer(const QString &name, const QString &fields, const QString &textPrefix,
                        const std::vector<std::vector<double>> &rows);

// A program run to its end (killed after timeoutSeconds), with its exit code (-1 when it crashed
// or was killed) and both output streams.
struct ProcessResult {
  bool finished = false;
  int exitCode = -1;
  QString out;
  QString err;
};
ProcessResult
runProcess(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutSeconds = 180);

// The sorted algorithm ids of the "resilience" provider in a `list --json` answer (of
// resilience_process or qgis_process).
QStringList resilienceAlgorithmIds(const QString &listJson);

// resilience:pipeline on the bundled spec (testdata/noord_brabant_pipeline.json) with `edit`
// applied to its text and its file names made absolute, written to folder/edited.json and run
// with OUTPUT folder/resilience.gpkg and the `extra` parameters.
AlgorithmRun runEditedSpec(const QTemporaryDir &folder, const std::function<void(QString &)> &edit,
                           const QVariantMap &extra = {});

} // namespace resilience::testing
