// In-process layers (layers/inprocesslayer.h): what one pipeline step hands the next instead of a
// QGIS memory layer. They must read back as written, answer QGIS feature requests (ids, a
// rectangle, an expression, another CRS) as a memory layer does, exist only inside a scope, and
// give the pipeline the same results as layers written to the GeoPackage.
#include "layers/inprocesslayer.h"
#include "layers/inprocessrows.h"
#include "layers/resultcolumn.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproxyfeaturesink.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace resilience::testing;

namespace {

QgsFields squareFields() {
  QgsFields fields;
  fields.append(QgsField(QStringLiteral("code"), QVariant::String));
  fields.append(QgsField(QStringLiteral("value"), QVariant::Double));
  return fields;
}

// Three unit squares in RD New at x = 155000, 155010, 155020 (y = 463000), values 1, 2, NULL.
QString writeSquares(const QgsProcessingContext &context) {
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink = createInProcessSink(
      QStringLiteral("Squares"), squareFields(), QgsWkbTypes::MultiPolygon,
      QgsCoordinateReferenceSystem(QStringLiteral("EPSG:28992")), context, destination);
  EXPECT_TRUE(sink);
  if (!sink)
    return destination;
  const QVariantList values{1.0, 2.0, QVariant(QVariant::Double)};
  for (int i = 0; i < 3; ++i) {
    QgsFeature feature(squareFields());
    feature.setId(100 + i); // the layer numbers its features 1..n, as a memory layer does
    feature.setAttributes(QgsAttributes() << QStringLiteral("BU0%1").arg(i) << values[i]);
    const double x = 155000 + 10 * i;
    feature.setGeometry(QgsGeometry::fromWkt(QStringLiteral("MultiPolygon(((%1 463000, %2 463000, "
                                                            "%2 463001, %1 463001, %1 463000)))")
                                                 .arg(x)
                                                 .arg(x + 1)));
    EXPECT_TRUE(sink->addFeature(feature));
  }
  return destination;
}

std::vector<QgsFeatureId> idsOf(QgsFeatureIterator it) {
  std::vector<QgsFeatureId> ids;
  QgsFeature feature;
  while (it.nextFeature(feature))
    ids.push_back(feature.id());
  return ids;
}

} // namespace

TEST(InProcessLayers, ReadBackAsWrittenNumberedOneToN) {
  QgsProcessingContext context;
  const InProcessLayerScope scope(context);
  const QString name = writeSquares(context);
  ASSERT_TRUE(namesInProcessLayer(name));
  const std::unique_ptr<QgsProcessingFeatureSource> source = inProcessSource(name, context);
  ASSERT_TRUE(source);
  EXPECT_EQ(source->sourceName(), QStringLiteral("Squares"));
  EXPECT_EQ(source->featureCount(), 3);
  EXPECT_EQ(source->wkbType(), QgsWkbTypes::MultiPolygon);
  EXPECT_EQ(source->sourceCrs().authid(), QStringLiteral("EPSG:28992"));
  EXPECT_EQ(source->fields().names(), squareFields().names());
  // The union of the three squares: x 155000..155021, y 463000..463001.
  EXPECT_EQ(source->sourceExtent(), QgsRectangle(155000, 463000, 155021, 463001));

  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  const QStringList codes{QStringLiteral("BU00"), QStringLiteral("BU01"), QStringLiteral("BU02")};
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(it.nextFeature(feature));
    EXPECT_EQ(feature.id(), i + 1);
    EXPECT_EQ(feature.attribute(QStringLiteral("code")).toString(), codes[i]);
    EXPECT_DOUBLE_EQ(feature.geometry().area(), 1.0);
  }
  EXPECT_TRUE(feature.attribute(QStringLiteral("value")).isNull());
  EXPECT_FALSE(it.nextFeature(feature));
}

TEST(InProcessLayers, AnswerRequestsForIdsRectanglesExpressionsSubsetsAndAnotherCrs) {
  QgsProcessingContext context;
  const InProcessLayerScope scope(context);
  const std::unique_ptr<QgsProcessingFeatureSource> source =
      inProcessSource(writeSquares(context), context);
  ASSERT_TRUE(source);
  EXPECT_EQ(idsOf(source->getFeatures(QgsFeatureRequest(2))), std::vector<QgsFeatureId>{2});
  EXPECT_EQ(idsOf(source->getFeatures(QgsFeatureRequest(QgsFeatureIds{3, 1, 7}))),
            (std::vector<QgsFeatureId>{1, 3}));
  // A rectangle from x = 155005 to 155015 holds only the second square.
  EXPECT_EQ(
      idsOf(source->getFeatures(QgsFeatureRequest(QgsRectangle(155005, 462990, 155015, 463010)))),
      std::vector<QgsFeatureId>{2});
  EXPECT_EQ(idsOf(source->getFeatures(QgsFeatureRequest(QgsExpression("value >= 2")))),
            std::vector<QgsFeatureId>{2});

  // Only the attributes asked for, without geometry, as QGIS providers answer.
  QgsFeatureRequest subset(2);
  subset.setSubsetOfAttributes(QgsAttributeList{1});
  subset.setFlags(QgsFeatureRequest::NoGeometry | QgsFeatureRequest::SubsetOfAttributes);
  QgsFeature read;
  ASSERT_TRUE(source->getFeatures(subset).nextFeature(read));
  EXPECT_EQ(read.attribute(1), QVariant(2.0));
  EXPECT_TRUE(read.attribute(0).isNull()) << "not asked for";
  EXPECT_FALSE(read.hasGeometry());

  // RD New's origin of Amersfoort, (155000, 463000), is 52.15517440 N, 5.38720621 E (the
  // published definition of the Rijksdriehoeksstelsel, through RDNAPTRANS). Without that grid PROJ
  // shifts the datum with seven Helmert parameters, good to about a metre: 1e-5 degrees.
  QgsFeatureRequest wgs84(1);
  wgs84.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                          context.transformContext());
  QgsFeature feature;
  ASSERT_TRUE(source->getFeatures(wgs84).nextFeature(feature));
  const QgsRectangle box = feature.geometry().boundingBox();
  EXPECT_NEAR(box.xMinimum(), 5.38720621, 1e-5);
  EXPECT_NEAR(box.yMinimum(), 52.15517440, 1e-5);
}

TEST(InProcessLayers, ExistOnlyInsideTheirScopeAndOutliveNoReader) {
  QgsProcessingContext context;
  QString name;
  std::unique_ptr<QgsProcessingFeatureSource> reader;
  {
    const InProcessLayerScope scope(context);
    name = writeSquares(context);
    reader = inProcessSource(name, context);
    dropInProcessLayer(name);
    EXPECT_FALSE(inProcessSource(name, context)) << "dropped, so no longer found";
    EXPECT_EQ(idsOf(reader->getFeatures()), (std::vector<QgsFeatureId>{1, 2, 3}))
        << "a reader that has it keeps it";
    const QString left = writeSquares(context);
    ASSERT_TRUE(inProcessSource(left, context));
    name = left;
  }
  EXPECT_FALSE(inProcessSource(name, context)) << "a layer left behind goes with the scope";

  QString destination;
  EXPECT_FALSE(createInProcessSink(QStringLiteral("Outside"), squareFields(),
                                   QgsWkbTypes::MultiPolygon, QgsCoordinateReferenceSystem(),
                                   context, destination))
      << "no scope, no in-process layer";
  const AlgorithmRun outside = runAlgorithm(
      QStringLiteral("resilience:jointable"),
      {{QStringLiteral("INPUT"), testdata(QStringLiteral("nl_gemeenten_2015.gpkg")) +
                                     QStringLiteral("|layername=gemeenten")},
       {QStringLiteral("TABLE"), testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv"))},
       {QStringLiteral("INPUT_KEY"), QStringLiteral("gemeentecode")},
       {QStringLiteral("TABLE_KEY"), QStringLiteral("gemeentecode")},
       {QStringLiteral("OUTPUT"), kInProcessOutput}});
  EXPECT_FALSE(outside.ok);
  EXPECT_TRUE(outside.log.contains(QStringLiteral("only inside resilience:pipeline")))
      << outside.log.toStdString();
}

TEST(InProcessLayers, PassQgisParameterChecksAndCopyIntoAMemoryLayer) {
  QgsProcessingContext context;
  const InProcessLayerScope scope(context);
  const QString name = writeSquares(context);
  const std::unique_ptr<QgsProcessingAlgorithm> hotspots(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:hotspots")));
  ASSERT_TRUE(hotspots);
  const QVariantMap parameters{{QStringLiteral("INPUT"), name},
                               {QStringLiteral("FIELD"), QStringLiteral("value")},
                               {QStringLiteral("OUTPUT"), QgsProcessing::TEMPORARY_OUTPUT}};
  QString message;
  EXPECT_FALSE(hotspots->checkParameterValues(parameters, context, &message))
      << "QGIS looks the plain name up as a QGIS layer";
  EXPECT_TRUE(hotspots->checkParameterValues(withInProcessLayersChecked(*hotspots, parameters),
                                             context, &message))
      << message.toStdString();

  const std::unique_ptr<QgsVectorLayer> copy = inProcessLayerCopy(name);
  ASSERT_TRUE(copy);
  EXPECT_EQ(copy->providerType(), QStringLiteral("memory"));
  EXPECT_EQ(copy->featureCount(), 3);
  EXPECT_EQ(copy->getFeature(2).attribute(QStringLiteral("value")).toDouble(), 2.0);
  EXPECT_EQ(copy->extent(), QgsRectangle(155000, 463000, 155021, 463001));
}

TEST(InProcessLayers, AWrittenLayerKeepsATwinOnlyWhenAskedAndOnlyOnce) {
  QgsProcessingContext context;
  const InProcessLayerScope scope(context);
  const QgsCoordinateReferenceSystem rd(QStringLiteral("EPSG:28992"));
  const auto memorySink = [&](std::unique_ptr<QgsVectorLayer> &layer) {
    layer.reset(new QgsVectorLayer(QStringLiteral("MultiPolygon?crs=EPSG:28992"),
                                   QStringLiteral("written"), QStringLiteral("memory")));
    layer->dataProvider()->addAttributes(squareFields().toList());
    layer->updateFields();
    return std::unique_ptr<QgsFeatureSink>(new QgsProxyFeatureSink(layer->dataProvider()));
  };
  const auto writeThree = [](QgsFeatureSink &sink) {
    for (int i = 0; i < 3; ++i) {
      QgsFeature feature(squareFields());
      feature.setAttributes(QgsAttributes() << QStringLiteral("BU0%1").arg(i) << double(i));
      feature.setGeometry(
          QgsGeometry::fromWkt(QStringLiteral("MultiPolygon(((0 0, 1 0, 1 1, 0 0)))")));
      ASSERT_TRUE(sink.addFeature(feature));
    }
  };
  std::unique_ptr<QgsVectorLayer> first, second;
  QString twin;
  {
    const InProcessTwinRequest request(context, QStringLiteral("OUTPUT"));
    std::unique_ptr<QgsFeatureSink> sink =
        withRequestedTwin(memorySink(first), context, QStringLiteral("OUTPUT"),
                          QStringLiteral("Written"), squareFields(), QgsWkbTypes::MultiPolygon, rd);
    writeThree(*sink);
    std::unique_ptr<QgsFeatureSink> again =
        withRequestedTwin(memorySink(second), context, QStringLiteral("OUTPUT"),
                          QStringLiteral("Again"), squareFields(), QgsWkbTypes::MultiPolygon, rd);
    EXPECT_EQ(dynamic_cast<QgsProxyFeatureSink *>(again.get())->destinationSink(),
              second->dataProvider())
        << "the request is taken by the first sink";
    twin = request.twin();
  }
  EXPECT_EQ(first->featureCount(), 3) << "the layer is written as before";
  const std::unique_ptr<QgsProcessingFeatureSource> source = inProcessSource(twin, context);
  ASSERT_TRUE(source);
  EXPECT_EQ(source->sourceName(), QStringLiteral("Written"));
  EXPECT_EQ(idsOf(source->getFeatures(QgsFeatureRequest(QgsExpression("value = 2")))),
            std::vector<QgsFeatureId>{3});

  const InProcessTwinRequest unused(context, QStringLiteral("OTHER"));
  EXPECT_TRUE(unused.twin().isEmpty()) << "no sink opened, no twin";
  QgsProcessingContext outside;
  const InProcessTwinRequest noScope(outside, QStringLiteral("OUTPUT"));
  std::unique_ptr<QgsVectorLayer> third;
  withRequestedTwin(memorySink(third), outside, QStringLiteral("OUTPUT"), QString(), squareFields(),
                    QgsWkbTypes::MultiPolygon, rd);
  EXPECT_TRUE(noScope.twin().isEmpty()) << "no scope, no twin";
}

TEST(InProcessLayers, KeepNumbersAsNumbersAndAnythingElseAsGiven) {
  InProcessColumn numbers(QVariant::Double);
  numbers.append(1.5);
  numbers.append(QVariant());
  EXPECT_EQ(numbers.value(0), QVariant(1.5));
  EXPECT_TRUE(numbers.value(1).isNull());
  EXPECT_EQ(numbers.value(1).type(), QVariant::Double) << "a NULL Double, as a memory layer's";
  // An infinity is no plain number: the column keeps QVariants from then on, the earlier values
  // as they read before.
  numbers.append(std::numeric_limits<double>::infinity());
  numbers.append(QStringLiteral("text"));
  EXPECT_EQ(numbers.value(0), QVariant(1.5));
  EXPECT_TRUE(numbers.value(1).isNull());
  EXPECT_TRUE(std::isinf(numbers.value(2).toDouble()));
  EXPECT_EQ(numbers.value(3), QVariant(QStringLiteral("text")));

  InProcessColumn codes(QVariant::String);
  codes.append(QStringLiteral("BU08280101"));
  EXPECT_EQ(codes.value(0), QVariant(QStringLiteral("BU08280101")));

  // Labels keep a byte per feature naming one of their texts, and read back as those texts.
  const char *classes[] = {"Low-Low", "Not significant", "High-High"};
  const ResultColumn labels = ResultColumn::labels(QStringLiteral("cluster"), 5,
                                                   [&](std::size_t i) { return classes[i % 3]; });
  EXPECT_EQ(labels.size(), 5u);
  EXPECT_EQ(labels.categories.size(), 3u);
  const InProcessColumn kept(labels);
  EXPECT_EQ(kept.value(3), QVariant(QStringLiteral("Low-Low")));
  EXPECT_EQ(kept.value(4), QVariant(QStringLiteral("Not significant")));
  // More texts than a byte names: a QVariant each, the same texts.
  std::vector<std::string> names;
  for (int i = 0; i < 300; ++i)
    names.push_back("class " + std::to_string(i));
  const ResultColumn many = ResultColumn::labels(
      QStringLiteral("many"), 600, [&](std::size_t i) { return names[i % 300].c_str(); });
  EXPECT_EQ(many.size(), 600u);
  EXPECT_EQ(many.value(0), QVariant(QStringLiteral("class 0")));
  EXPECT_EQ(many.value(299), QVariant(QStringLiteral("class 299")));
  EXPECT_EQ(InProcessColumn(many).value(599), QVariant(QStringLiteral("class 299")));

  // A result column's NaN is NULL (ResultColumn::value).
  const InProcessColumn z(ResultColumn::numbers(QStringLiteral("z"), {0.25, std::nan(""), -3.0}));
  EXPECT_EQ(z.value(0), QVariant(0.25));
  EXPECT_TRUE(z.value(1).isNull());
  EXPECT_EQ(z.value(2), QVariant(-3.0));
}

TEST(InProcessLayers, AnOutputOfEveryFeatureSharesTheLayerAndAddsItsColumns) {
  QgsProcessingContext context;
  const InProcessLayerScope scope(context);
  const QString squares = writeSquares(context);
  QgsFields fields;
  fields.append(squareFields().at(0));
  fields.append(QgsField(QStringLiteral("z"), QVariant::Double));
  const std::vector<ResultColumn> results =
      resultColumns(ResultColumn::numbers(QStringLiteral("z"), {0.5, std::nan(""), -2.0}));
  // The output's type asks the third square to be 2 wide: the output gets its own copy of it.
  const auto widenThird = [](QgsGeometry &geometry) {
    if (geometry.boundingBox().xMinimum() < 155020)
      return false;
    geometry = QgsGeometry::fromWkt(
        QStringLiteral("MultiPolygon(((155020 463000, 155022 463000, 155022 463001, "
                       "155020 463001, 155020 463000)))"));
    return true;
  };
  const QVariantMap inProcess{{QStringLiteral("OUTPUT"), kInProcessOutput}};
  const QString derived = deriveInProcessOutput(
      squares, inProcess, QStringLiteral("OUTPUT"), QStringLiteral("Scores"), fields,
      QgsWkbTypes::MultiPolygon, QgsAttributeList{0}, results, widenThird, context);
  ASSERT_TRUE(namesInProcessLayer(derived));
  {
    const std::unique_ptr<QgsProcessingFeatureSource> origin = inProcessSource(squares, context);
    ASSERT_TRUE(origin);
    EXPECT_EQ(origin->sourceExtent(), QgsRectangle(155000, 463000, 155021, 463001))
        << "the layer it shares is left as it was";
  }
  dropInProcessLayer(squares); // what the output shares stays with it
  const std::unique_ptr<QgsProcessingFeatureSource> source = inProcessSource(derived, context);
  ASSERT_TRUE(source);
  EXPECT_EQ(source->sourceName(), QStringLiteral("Scores"));
  EXPECT_EQ(source->fields().names(), fields.names());
  EXPECT_EQ(source->sourceExtent(), QgsRectangle(155000, 463000, 155022, 463001));
  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  const QVariantList z{0.5, QVariant(), -2.0};
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(it.nextFeature(feature));
    EXPECT_EQ(feature.attribute(0).toString(), QStringLiteral("BU0%1").arg(i));
    EXPECT_EQ(feature.attribute(1).isNull(), z[i].isNull());
    if (!z[i].isNull()) {
      EXPECT_EQ(feature.attribute(1).toDouble(), z[i].toDouble());
    }
    EXPECT_DOUBLE_EQ(feature.geometry().area(), i == 2 ? 2.0 : 1.0);
  }

  const auto keep = [](QgsGeometry &) { return false; };
  EXPECT_TRUE(
      deriveInProcessOutput(derived, inProcess, QStringLiteral("OUTPUT"), QString(), fields,
                            QgsWkbTypes::MultiPolygon, QgsAttributeList{0},
                            resultColumns(ResultColumn::numbers(QStringLiteral("z"), {1.0, 2.0})),
                            keep, context)
          .isEmpty())
      << "two values for three features: written feature by feature instead";

  // Written to a file with a twin asked for: the twin is made so, the file is left to the step.
  const InProcessTwinRequest request(context, QStringLiteral("OUTPUT"));
  const QVariantMap toFile{{QStringLiteral("OUTPUT"), QStringLiteral("/tmp/scores.gpkg")}};
  EXPECT_TRUE(deriveInProcessOutput(derived, toFile, QStringLiteral("OUTPUT"),
                                    QStringLiteral("Twin"), fields, QgsWkbTypes::MultiPolygon,
                                    QgsAttributeList{0, 1}, {}, keep, context)
                  .isEmpty());
  const std::unique_ptr<QgsProcessingFeatureSource> twin = inProcessSource(request.twin(), context);
  ASSERT_TRUE(twin);
  EXPECT_EQ(twin->sourceName(), QStringLiteral("Twin"));
  EXPECT_EQ(idsOf(twin->getFeatures(QgsFeatureRequest(QgsExpression("z < 0")))),
            std::vector<QgsFeatureId>{3});
}

TEST(InProcessLayers, AWrittenOutputAndItsTwinMadeFromColumnsReportARepairOnce) {
  // Three unit squares in a row (queen neighbours); the first has a hole of three points, a ring
  // that encloses no area: dropped from the written layer and from its twin, and reported once.
  QgsProcessingContext context;
  const InProcessLayerScope scope(context);
  QString input;
  std::unique_ptr<QgsFeatureSink> sink = createInProcessSink(
      QStringLiteral("Squares"), squareFields(), QgsWkbTypes::MultiPolygon,
      QgsCoordinateReferenceSystem(QStringLiteral("EPSG:28992")), context, input);
  ASSERT_TRUE(sink);
  for (int i = 0; i < 3; ++i) {
    QgsFeature feature(squareFields());
    feature.setAttributes(QgsAttributes() << QStringLiteral("BU0%1").arg(i) << double(i + 1));
    const QString hole = i == 0 ? QStringLiteral(", (0.2 0.2, 0.4 0.2, 0.2 0.2)") : QString();
    feature.setGeometry(
        QgsGeometry::fromWkt(QStringLiteral("MultiPolygon(((%1 0, %2 0, %2 1, %1 1, %1 0)%3))")
                                 .arg(i)
                                 .arg(i + 1)
                                 .arg(hole)));
    ASSERT_EQ(feature.geometry().constGet()->ringCount(), i == 0 ? 2 : 1);
    ASSERT_TRUE(sink->addFeature(feature));
  }
  sink.reset();
  QTemporaryDir dir;
  const QString written = dir.filePath(QStringLiteral("hotspots.gpkg"));
  const InProcessTwinRequest twin(context, QStringLiteral("OUTPUT"));
  std::unique_ptr<QgsProcessingAlgorithm> hotspots(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:hotspots")));
  ASSERT_TRUE(hotspots);
  RecordingFeedback feedback;
  bool ok = false;
  hotspots->run({{QStringLiteral("INPUT"), input},
                 {QStringLiteral("FIELD"), QStringLiteral("value")},
                 {QStringLiteral("OUTPUT"), written}},
                context, &feedback, &ok);
  ASSERT_TRUE(ok) << feedback.joined().toStdString();
  EXPECT_TRUE(feedback.joined().contains(
      QStringLiteral("1 ring(s) of fewer than four points were dropped from 1 feature(s)")))
      << feedback.joined().toStdString();
  const std::unique_ptr<QgsProcessingFeatureSource> kept = inProcessSource(twin.twin(), context);
  ASSERT_TRUE(kept);
  QgsFeature first;
  ASSERT_TRUE(kept->getFeatures(QgsFeatureRequest(1)).nextFeature(first));
  EXPECT_EQ(first.geometry().constGet()->ringCount(), 1);
  const std::unique_ptr<QgsVectorLayer> file = openLayer(written);
  ASSERT_TRUE(file && file->isValid());
  EXPECT_EQ(featureWhere(*file, QStringLiteral("code = 'BU00'")).geometry().constGet()->ringCount(),
            1);
}

TEST(InProcessLayers, ThePipelineGivesWhatItGivesWithEveryLayerWritten) {
  // The demo spec run twice: writing only the regions (so scores, flags, smoothing, hot spots and
  // LISA clusters pass in-process layers from step to step, and the print maps draw a copy of the
  // last), and writing every layer (each step reads the twin of the layer the one before wrote).
  // Same values either way; Pipeline.NeighbourhoodStepsShareTheirWeightsWithTheSameResults
  // compares a step that read a twin with one that read the written layer.
  QTemporaryDir dir;
  QFile specFile(testdata(QStringLiteral("noord_brabant_pipeline.json")));
  ASSERT_TRUE(specFile.open(QIODevice::ReadOnly));
  QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();
  spec.insert(QStringLiteral("layers"), QJsonArray{QStringLiteral("regions")});
  // The spec's files are named relative to its folder, which is now the temporary one.
  QJsonArray joins = spec.value(QStringLiteral("join")).toArray();
  for (int j = 0; j < joins.size(); ++j) {
    QJsonObject join = joins[j].toObject();
    join.insert(QStringLiteral("TABLE"), testdata(join.value(QStringLiteral("TABLE")).toString()));
    joins[j] = join;
  }
  spec.insert(QStringLiteral("join"), joins);
  spec.insert(QStringLiteral("polygons"), testdata(QStringLiteral("nl_gemeenten_2015.gpkg")) +
                                              QStringLiteral("|layername=gemeenten"));
  for (const char *section : {"compositeindex", "riskflags"}) {
    QJsonObject parameters = spec.value(QLatin1String(section)).toObject();
    parameters.insert(QStringLiteral("SPEC"),
                      testdata(parameters.value(QStringLiteral("SPEC")).toString()));
    spec.insert(QLatin1String(section), parameters);
  }
  const QString specPath = dir.filePath(QStringLiteral("regions_only.json"));
  QFile out(specPath);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(QJsonDocument(spec).toJson());
  out.close();

  const QString inProcess = dir.filePath(QStringLiteral("in_process.gpkg"));
  const QString pdf = dir.filePath(QStringLiteral("maps.pdf"));
  const AlgorithmRun few =
      runAlgorithm(QStringLiteral("resilience:pipeline"), {{QStringLiteral("SPEC"), specPath},
                                                           {QStringLiteral("OUTPUT"), inProcess},
                                                           {QStringLiteral("OUTPUT_PDF"), pdf}});
  ASSERT_TRUE(few.ok) << few.log.toStdString();
  EXPECT_GT(QFileInfo(pdf).size(), 10000);
  const QString written = dir.filePath(QStringLiteral("written.gpkg"));
  const AlgorithmRun all = runAlgorithm(
      QStringLiteral("resilience:pipeline"),
      {{QStringLiteral("SPEC"), testdata(QStringLiteral("noord_brabant_pipeline.json"))},
       {QStringLiteral("OUTPUT"), written}});
  ASSERT_TRUE(all.ok) << all.log.toStdString();
  for (const char *field : {"regio", "score_mean_w", "n_hotspots", "share_stacked"}) {
    const auto expected =
        column(written + QStringLiteral("|layername=regions"), QString::fromLatin1(field));
    ASSERT_FALSE(expected.empty()) << field;
    EXPECT_EQ(column(inProcess + QStringLiteral("|layername=regions"), QString::fromLatin1(field)),
              expected)
        << field;
  }
}
