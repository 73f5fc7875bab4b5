#include "bad_input_support.h"

#include "test_support.h"

#include <qgscoordinatetransform.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QFile>

#include <gdal.h>
#include <ogr_api.h>

namespace resilience::testing::badinput {

const QStringList kFields = {QStringLiteral("code:string"),   QStringLiteral("v:double"),
                             QStringLiteral("events:double"), QStringLiteral("pop:double"),
                             QStringLiteral("name:string"),   QStringLiteral("region:string")};

namespace {
constexpr double kX0 = 130000.0, kY0 = 395000.0, kSide = 1000.0;

QString uri(const QString &geometryType, const QString &crs, const QStringList &fields) {
  QStringList query;
  if (!crs.isEmpty())
    query << QStringLiteral("crs=%1").arg(crs);
  for (const QString &field : fields)
    query << QStringLiteral("field=%1").arg(field);
  return geometryType + QLatin1Char('?') + query.join(QLatin1Char('&'));
}

QgsVectorLayer *buildLayer(const Rows &rows, const QString &geometryType, const QString &crs) {
  auto *layer = new QgsVectorLayer(uri(geometryType, crs, kFields), QStringLiteral("lyr"),
                                   QStringLiteral("memory"));
  // A memory layer given no crs would be taken as EPSG:4326.
  if (crs.isEmpty())
    layer->setCrs(QgsCoordinateReferenceSystem());
  QgsFeatureList features;
  for (const Row &row : rows) {
    QgsFeature feature(layer->fields());
    if (!row.wkt.isEmpty())
      feature.setGeometry(QgsGeometry::fromWkt(row.wkt));
    feature.setAttributes(row.attributes.toVector());
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  return layer;
}
} // namespace

QString square(int c, int r) {
  const double x = kX0 + c * kSide, y = kY0 + r * kSide;
  return QgsGeometry::fromRect(QgsRectangle(x, y, x + kSide, y + kSide)).asWkt();
}

Rows grid(int n) {
  Rows rows;
  for (int i = 0; i < n * n; ++i)
    rows.push_back({square(i % n, i / n),
                    {QStringLiteral("BU%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                     static_cast<double>((i * 7) % 11 + 1), static_cast<double>(i % 5),
                     1000.0 + 100.0 * i, QStringLiteral("n%1").arg(i),
                     i % n < n / 2 ? QStringLiteral("GM1") : QStringLiteral("GM2")}});
  return rows;
}

Rows inWgs84(Rows rows) {
  const QgsCoordinateTransform transform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:28992")),
                                         QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                         QgsProject::instance()->transformContext());
  for (Row &row : rows) {
    if (row.wkt.isEmpty())
      continue;
    QgsGeometry geometry = QgsGeometry::fromWkt(row.wkt);
    geometry.transform(transform);
    row.wkt = geometry.asWkt(12);
  }
  return rows;
}

Rows withValue(Rows rows, int index, int column, const QVariant &value) {
  rows.at(static_cast<std::size_t>(index)).attributes[column] = value;
  return rows;
}

Rows withGeometry(Rows rows, int index, const QString &wkt) {
  rows.at(static_cast<std::size_t>(index)).wkt = wkt;
  return rows;
}

QString memoryLayer(const Rows &rows, const QString &geometryType, const QString &crs) {
  QgsVectorLayer *layer = buildLayer(rows, geometryType, crs);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

QString geopackage(const QTemporaryDir &dir, const QString &fileName, const Rows &rows,
                   const QString &geometryType, const QString &crs, const QString &layerName) {
  std::unique_ptr<QgsVectorLayer> layer(buildLayer(rows, geometryType, crs));
  const QString path = dir.filePath(fileName);
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral("GPKG");
  options.layerName = layerName;
  if (QFile::exists(path))
    options.actionOnExistingFile = QgsVectorFileWriter::CreateOrOverwriteLayer;
  QString error;
  const auto result = QgsVectorFileWriter::writeAsVectorFormatV3(
      layer.get(), path, QgsProject::instance()->transformContext(), options, &error);
  EXPECT_EQ(result, QgsVectorFileWriter::NoError) << error.toStdString();
  return path;
}

namespace {
// Declares every layer of the GeoPackage at path to be in srs_id 0 ("Undefined geographic SRS").
void undefineSrs(const QString &path) {
  GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                               nullptr, nullptr);
  ASSERT_NE(ds, nullptr) << path.toStdString();
  for (const char *sql :
       {"UPDATE gpkg_geometry_columns SET srs_id = 0", "UPDATE gpkg_contents SET srs_id = 0"}) {
    OGRLayerH result = GDALDatasetExecuteSQL(ds, sql, nullptr, nullptr);
    if (result)
      GDALDatasetReleaseResultSet(ds, result);
  }
  GDALClose(ds);
}
} // namespace

QString geopackageWithoutCrs(const QTemporaryDir &dir, const QString &fileName, const Rows &rows,
                             const QString &geometryType) {
  const QString path = geopackage(dir, fileName, rows, geometryType);
  undefineSrs(path);
  return path;
}

QString facilitiesWithoutCrs(const QTemporaryDir &dir) {
  auto *layer = QgsProject::instance()->mapLayer<QgsVectorLayer *>(facilities());
  const QString path = dir.filePath(QStringLiteral("facilities.gpkg"));
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral("GPKG");
  options.layerName = QStringLiteral("facilities");
  QString error;
  const auto result = QgsVectorFileWriter::writeAsVectorFormatV3(
      layer, path, QgsProject::instance()->transformContext(), options, &error);
  EXPECT_EQ(result, QgsVectorFileWriter::NoError) << error.toStdString();
  undefineSrs(path);
  return path;
}

QString facilities(const QString &crs) {
  auto *layer =
      new QgsVectorLayer(uri(QStringLiteral("Point"), crs,
                             {QStringLiteral("cap:double"), QStringLiteral("label:string")}),
                         QStringLiteral("facilities"), QStringLiteral("memory"));
  const QgsCoordinateTransform transform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:28992")),
                                         QgsCoordinateReferenceSystem(crs),
                                         QgsProject::instance()->transformContext());
  QgsFeatureList features;
  for (int j = 0; j < 4; ++j) {
    QgsFeature feature(layer->fields());
    QgsGeometry point =
        QgsGeometry::fromPointXY(QgsPointXY(kX0 + 500.0 + 1000.0 * j, kY0 + 500.0 + 1000.0 * j));
    point.transform(transform);
    feature.setGeometry(point);
    feature.setAttributes(QgsAttributes() << 10.0 + j << QStringLiteral("f%1").arg(j));
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

QString regions(const QString &crs, double eastShift) {
  const QgsCoordinateTransform transform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:28992")),
                                         QgsCoordinateReferenceSystem(crs),
                                         QgsProject::instance()->transformContext());
  auto *layer =
      new QgsVectorLayer(uri(QStringLiteral("Polygon"), crs, {QStringLiteral("name:string")}),
                         QStringLiteral("regions"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (int half = 0; half < 2; ++half) {
    QgsFeature feature(layer->fields());
    QgsGeometry polygon = QgsGeometry::fromRect(QgsRectangle(
        kX0 + eastShift + 2000.0 * half, kY0, kX0 + eastShift + 2000.0 * (half + 1), kY0 + 4000.0));
    polygon.transform(transform);
    feature.setGeometry(polygon);
    feature.setAttributes(QgsAttributes()
                          << (half == 0 ? QStringLiteral("West") : QStringLiteral("East")));
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

QString Scratch::table(const QString &content) const {
  QString text = content;
  if (text.isEmpty()) {
    text = QStringLiteral("code,x\n");
    for (int i = 0; i < 16; ++i)
      text += QStringLiteral("BU%1,%2\n").arg(i + 1, 4, 10, QLatin1Char('0')).arg(1.5 * i);
  }
  return writeFile(dir, QStringLiteral("table.csv"), text);
}

const QString kPipelineSpec = QStringLiteral(
    "{\"title\": \"Bad input\", \"polygons\": \"$INPUT\",\n"
    " \"join\": [{\"TABLE\": \"$TABLE\", \"INPUT_KEY\": \"code\", \"TABLE_KEY\": \"code\",\n"
    "            \"KEY_MATCHING\": \"exact\"}],\n"
    " \"hotspots\": {\"FIELD\": \"x\", \"WEIGHTS\": \"queen\", \"PERMUTATIONS\": 99}}\n");

QString pipelineSpec(const Scratch &scratch, const QString &text, const QVariant &input) {
  QString spec = text;
  spec.replace(QStringLiteral("$INPUT"), input.toString());
  spec.replace(QStringLiteral("$TABLE"), scratch.table());
  return writeFile(scratch.dir, QStringLiteral("spec.json"), spec);
}

QString mainOutput(const QString &algorithm) {
  if (algorithm == QLatin1String("globalmoran"))
    return QStringLiteral("OUTPUT_HTML");
  if (algorithm == QLatin1String("printmaps"))
    return QStringLiteral("OUTPUT_PDF");
  return QStringLiteral("OUTPUT");
}

QVariantMap defaults(const QString &algorithm, const QVariant &input, const Scratch &scratch) {
  const QString output = scratch.path(QStringLiteral("output.gpkg"));
  const QString field = QStringLiteral("v");
  if (algorithm == QLatin1String("weights"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("weights.gal"))}};
  if (algorithm == QLatin1String("hotspots"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("FIELD"), field},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("localmoran"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("FIELD"), field},
            {QStringLiteral("PERMUTATIONS"), 99},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("localgeary"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("FIELDS"), QStringList{field}},
            {QStringLiteral("PERMUTATIONS"), 99},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("riskflags"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("SPEC"), writeFile(scratch.dir, QStringLiteral("risks.csv"),
                                               QStringLiteral("field,domain,direction,weight\n"
                                                              "%1,personal,+,1\npop,social,+,1\n")
                                                   .arg(field))},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("globalmoran"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("FIELD"), field},
            {QStringLiteral("PERMUTATIONS"), 99},
            {QStringLiteral("OUTPUT_HTML"), scratch.path(QStringLiteral("report.html"))}};
  if (algorithm == QLatin1String("smooth"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("METHOD"), QStringLiteral("kernel")},
            {QStringLiteral("FIELD"), field},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("compositeindex"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("INDICATORS"), QVariantList{QVariantList{"v", "social", "+", 1},
                                                        QVariantList{"pop", "social", "-", 1}}},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("accessibility"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("FACILITIES"), facilities()},
            {QStringLiteral("CAPACITY"), QStringLiteral("cap")},
            {QStringLiteral("POPULATION"), QStringLiteral("pop")},
            {QStringLiteral("DISTANCE"), 1500.0},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("siteselection"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("POPULATION"), QStringLiteral("pop")},
            {QStringLiteral("NEED"), field},
            {QStringLiteral("CANDIDATES"), facilities()},
            {QStringLiteral("K"), 2},
            {QStringLiteral("DISTANCE"), 1500.0},
            {QStringLiteral("OUTPUT"), output},
            {QStringLiteral("OUTPUT_DEMAND"), scratch.path(QStringLiteral("demand.gpkg"))}};
  if (algorithm == QLatin1String("aggregate"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("REGION_FIELD"), QStringLiteral("region")},
            {QStringLiteral("SCORE_FIELD"), field},
            {QStringLiteral("POPULATION"), QStringLiteral("pop")},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("printmaps"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("SHOW"), field},
            {QStringLiteral("DPI"), 50},
            {QStringLiteral("OUTPUT_PDF"), scratch.path(QStringLiteral("maps.pdf"))}};
  if (algorithm == QLatin1String("jointable"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("INPUT_KEY"), QStringLiteral("code")},
            {QStringLiteral("TABLE"), scratch.table()},
            {QStringLiteral("TABLE_KEY"), QStringLiteral("code")},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("change"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("FIELD_BEFORE"), field},
            {QStringLiteral("FIELD_AFTER"), QStringLiteral("events")},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("emerginghotspots") || algorithm == QLatin1String("lisamarkov"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("FIELDS"),
             QStringList{field, QStringLiteral("events"), QStringLiteral("pop")}},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("harmonise"))
    return {{QStringLiteral("INPUT"), input},
            {QStringLiteral("TARGET"), regions()},
            {QStringLiteral("EXTENSIVE"), QStringList{QStringLiteral("pop")}},
            {QStringLiteral("INTENSIVE"), QStringList{field}},
            {QStringLiteral("OUTPUT"), output}};
  if (algorithm == QLatin1String("pipeline"))
    return {{QStringLiteral("SPEC"), QStringLiteral("@spec:") + kPipelineSpec},
            {QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("result.gpkg"))}};
  ADD_FAILURE() << "no defaults for " << algorithm.toStdString();
  return {};
}

namespace {
// "@regions" and "@facilities", optionally with ":<crs>", are layers built when the test runs;
// "@table:<csv text>" and "@gal:<text>" are files in the scratch folder; "@regions:far" are
// regions 100 km east of the grid.
QVariant resolved(const QVariant &value, const Scratch &scratch) {
  const QString text = value.type() == QVariant::String ? value.toString() : QString();
  if (!text.startsWith(QLatin1Char('@')))
    return value;
  if (text.startsWith(QLatin1String("@spec:")))
    return value; // written by runCase, which knows the input
  if (text.startsWith(QLatin1String("@path:")))
    return scratch.path(text.mid(6));
  if (text.startsWith(QLatin1String("@table:")))
    return scratch.table(text.mid(7));
  if (text.startsWith(QLatin1String("@gal:")))
    return writeFile(scratch.dir, QStringLiteral("weights.gal"), text.mid(5));
  if (text == QLatin1String("@facilities:undefined"))
    return facilitiesWithoutCrs(scratch.dir);
  if (text == QLatin1String("@regions:far"))
    return regions(QStringLiteral("EPSG:28992"), 100000.0);
  const QString name = text.section(QLatin1Char(':'), 0, 0);
  const QString crs = text.contains(QLatin1Char(':')) ? text.section(QLatin1Char(':'), 1)
                                                      : QStringLiteral("EPSG:28992");
  if (name == QLatin1String("@regions"))
    return regions(crs);
  if (name == QLatin1String("@facilities"))
    return facilities(crs);
  ADD_FAILURE() << "unknown placeholder " << text.toStdString();
  return value;
}
} // namespace

void runCase(const Case &c) {
  Scratch scratch;
  ASSERT_TRUE(scratch.dir.isValid());
  const QVariant input = c.input(scratch);
  QVariantMap parameters = defaults(c.algorithm, input, scratch);
  for (auto it = c.extra.constBegin(); it != c.extra.constEnd(); ++it) {
    if (it.value().isValid())
      parameters.insert(it.key(), resolved(it.value(), scratch));
    else
      parameters.remove(it.key());
  }
  // The pipeline reads its input from the spec: "@spec:<json>" with $INPUT and $TABLE.
  const QString spec = parameters.value(QStringLiteral("SPEC")).toString();
  if (spec.startsWith(QLatin1String("@spec:")))
    parameters.insert(QStringLiteral("SPEC"), pipelineSpec(scratch, spec.mid(6), input));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:") + c.algorithm, parameters, c.geometryCheck);
  ASSERT_EQ(run.ok, c.succeeds) << run.log.toStdString();
  for (const QString &message : c.messages) {
    EXPECT_TRUE(run.log.contains(message)) << "expected '" << message.toStdString() << "' in:\n"
                                           << run.log.toStdString();
  }
  if (!c.succeeds) {
    for (const char *name :
         {"OUTPUT", "OUTPUT_PDF", "OUTPUT_HTML", "SCATTERPLOT", "UNMATCHED", "OUTPUT_DEMAND"}) {
      const QString path = parameters.value(QString::fromLatin1(name)).toString();
      if (path.startsWith(scratch.dir.path())) {
        EXPECT_FALSE(QFile::exists(path))
            << name << " left behind after a failure: " << path.toStdString();
      }
    }
  }
  if (c.check)
    c.check(run, scratch);
}

std::vector<QVariant> outputColumn(const AlgorithmRun &run, const QString &field) {
  return column(run.results.value(QStringLiteral("OUTPUT")).toString(), field);
}

int nullCount(const std::vector<QVariant> &values) {
  int count = 0;
  for (const QVariant &value : values)
    count += value.isNull();
  return count;
}

Case make(const std::string &name, const QString &algorithm, Input input, bool succeeds,
          const QStringList &messages, const QVariantMap &extra, Check check) {
  return {algorithm.toStdString() + "_" + name,
          algorithm,
          std::move(input),
          extra,
          succeeds,
          messages,
          std::move(check)};
}

QVariant gridLayer(const Scratch &) {
  return memoryLayer(grid());
}

} // namespace resilience::testing::badinput
