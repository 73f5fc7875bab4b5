#include "test_support.h"

#include <QProcess>

#include <QJsonObject>

#include <QJsonDocument>

#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>

namespace resilience::testing {

QByteArray fileHash(const QString &path) {
  QFile file(path);
  file.open(QIODevice::ReadOnly);
  return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &content) {
  const QString path = dir.filePath(name);
  QFile file(path);
  file.open(QIODevice::WriteOnly);
  QTextStream(&file) << content;
  return path;
}

QgsFeature featureWhere(QgsVectorLayer &layer, const QString &expression) {
  QgsFeature feature;
  layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)).nextFeature(feature);
  return feature;
}

std::vector<QVariant> column(const QString &source, const QString &field) {
  auto layer = openLayer(source);
  std::vector<QVariant> values;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().addOrderBy(QStringLiteral("$id")));
  QgsFeature feature;
  while (it.nextFeature(feature))
    values.push_back(feature.attribute(field));
  return values;
}

QString withExpressionField(const QString &dataset, const QString &field,
                            const QString &expression) {
  auto *layer =
      new QgsVectorLayer(testdata(dataset), QFileInfo(dataset).baseName(), QStringLiteral("ogr"));
  layer->addExpressionField(expression, QgsField(field, QVariant::Double));
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

QString ncWithSidr74() {
  return withExpressionField(QStringLiteral("nc.gpkg"), QStringLiteral("SIDR74"),
                             QStringLiteral("1000 * \"SID74\" / \"BIR74\""));
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, int timeoutSeconds) {
  QProcess process;
  process.setProcessEnvironment(environment);
  process.start(program, arguments);
  ProcessResult result;
  result.finished = process.waitForFinished(timeoutSeconds * 1000);
  if (!result.finished) {
    process.kill();
    process.waitForFinished();
  }
  result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  result.out = QString::fromUtf8(process.readAllStandardOutput());
  result.err = QString::fromUtf8(process.readAllStandardError());
  return result;
}

QStringList resilienceAlgorithmIds(const QString &listJson) {
  QStringList ids = QJsonDocument::fromJson(listJson.toUtf8())
                        .object()
                        .value(QStringLiteral("providers"))
                        .toObject()
                        .value(QStringLiteral("resilience"))
                        .toObject()
                        .value(QStringLiteral("algorithms"))
                        .toObject()
                        .keys();
  ids.sort();
  return ids;
}

QVariantMap municipalityJoin(const QVariant &output, const QString &unmatched) {
  QVariantMap parameters{
      {QStringLiteral("INPUT"),
       testdata(QStringLiteral("nl_gemeenten_2015.gpkg|layername=gemeenten"))},
      {QStringLiteral("INPUT_KEY"), QStringLiteral("gemeentecode")},
      {QStringLiteral("TABLE"), testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv"))},
      {QStringLiteral("TABLE_KEY"), QStringLiteral("gemeentecode")},
      {QStringLiteral("KEY_MATCHING"), QStringLiteral("cbs")},
      {QStringLiteral("OUTPUT"), output}};
  if (!unmatched.isEmpty())
    parameters.insert(QStringLiteral("UNMATCHED"), unmatched);
  return parameters;
}

QString unitSquareLayer(const QString &name, const QString &fields, const QString &textPrefix,
                        const std::vector<std::vector<double>> &rows) {
  auto *layer = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:28992&") + fields, name,
                                   QStringLiteral("memory"));
  QgsFeatureList features;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    QgsFeature f(layer->fields());
    QgsAttributes attributes;
    attributes << textPrefix + QString::number(i);
    for (double v : rows[i])
      attributes << (std::isnan(v) ? QVariant(QVariant::Double) : QVariant(v));
    f.setAttributes(attributes);
    f.setGeometry(QgsGeometry::fromWkt(
        QStringLiteral("POLYGON((%1 0, %2 0, %2 1, %1 1, %1 0))").arg(i).arg(i + 1)));
    features << f;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

AlgorithmRun runEditedSpec(const QTemporaryDir &folder, const std::function<void(QString &)> &edit,
                           const QVariantMap &extra) {
  AlgorithmRun failed;
  QFile original(testdata(QStringLiteral("noord_brabant_pipeline.json")));
  if (!original.open(QIODevice::ReadOnly)) {
    failed.log = QStringLiteral("cannot read the bundled spec");
    return failed;
  }
  QString spec = QString::fromUtf8(original.readAll());
  edit(spec);
  // Paths in the spec are relative to it: point them at testdata from the temporary folder.
  for (const QString &file :
       {QStringLiteral("nl_gemeenten_2015.gpkg"),
        QStringLiteral("nl_gemeenten_2015_kerncijfers.csv"),
        QStringLiteral("brabant_regions_2015.csv"), QStringLiteral("noord_brabant_indicators.csv"),
        QStringLiteral("noord_brabant_risks.csv")})
    spec.replace(QLatin1Char('"') + file, QLatin1Char('"') + testdata(file));
  const QString specPath = folder.filePath(QStringLiteral("edited.json"));
  QFile file(specPath);
  if (!file.open(QIODevice::WriteOnly)) {
    failed.log = QStringLiteral("cannot write ") + specPath;
    return failed;
  }
  QTextStream(&file) << spec;
  file.close();
  QVariantMap parameters = extra;
  parameters.insert(QStringLiteral("SPEC"), specPath);
  parameters.insert(QStringLiteral("OUTPUT"), folder.filePath(QStringLiteral("resilience.gpkg")));
  return runAlgorithm(QStringLiteral("resilience:pipeline"), parameters);
}

} // namespace resilience::testing
