// Bad-input matrix, the pipeline: its steps are the algorithms of the other matrix files, so its
// rows check what the pipeline adds: a failing step (points as polygons, a missing field, keys
// that match nothing) or a bad spec stops the run with the step's message and leaves no
// GeoPackage behind; a bad value in a step is treated as in that step's rows
// (docs/robustness.md, "Bad-input matrix"). Cancellation: test_bad_input_cancel.cpp.
#include "bad_input_support.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

std::function<QVariant(const Scratch &)> gpkgOf(Rows rows, const QString &type = "Polygon") {
  return [rows, type](const Scratch &s) {
    return geopackage(s.dir, QStringLiteral("input.gpkg"), rows, type);
  };
}

QString specWith(const QString &from, const QString &to) {
  QString spec = kPipelineSpec;
  spec.replace(from, to);
  return QStringLiteral("@spec:") + spec;
}

std::vector<Case> cases() {
  std::vector<Case> c;
  Rows points = grid(2);
  for (std::size_t i = 0; i < points.size(); ++i)
    points[i].wkt = QStringLiteral("POINT(%1 %2)").arg(130500 + 1000 * (i % 2)).arg(395500);
  c.push_back(make("PointsForPolygons", QStringLiteral("pipeline"),
                   gpkgOf(points, QStringLiteral("Point")), false,
                   {QStringLiteral("INPUT must be a polygon layer"),
                    QStringLiteral("The resilience:jointable step failed")}));
  c.push_back(make("MissingFieldInAStep", QStringLiteral("pipeline"), gpkgOf(grid()), false,
                   {QStringLiteral("FIELD: field 'nope' does not exist")},
                   {{QStringLiteral("SPEC"), specWith(QStringLiteral("\"FIELD\": \"x\""),
                                                      QStringLiteral("\"FIELD\": \"nope\""))}}));
  // No polygon matches the table: the join reports it, and every x is NULL, so the hot spots
  // step has no valid value and stops, naming the field.
  c.push_back(
      make("KeysMatchNothing", QStringLiteral("pipeline"), gpkgOf(grid()), false,
           {QStringLiteral("No polygon matched any table row"),
            QStringLiteral("Getis-Ord Gi* needs at least 3 features with a valid 'x' "
                           "value, found 0")},
           {{QStringLiteral("SPEC"), specWith(QStringLiteral("\"INPUT_KEY\": \"code\""),
                                              QStringLiteral("\"INPUT_KEY\": \"name\""))}}));
  // A NULL value at feature 6 is treated as in hotspots_NullValue: the run succeeds.
  c.push_back(make("NullValueInAStep", QStringLiteral("pipeline"),
                   gpkgOf(withValue(grid(), 5, kCode, QStringLiteral("XX"))), true,
                   {QStringLiteral("15 of 16 features computed; 1 with a NULL value")}, {},
                   [](const AlgorithmRun &run, const Scratch &scratch) {
                     EXPECT_EQ(run.results.value(QStringLiteral("LAYERS")).toString(),
                               QStringLiteral("hotspots"));
                     const std::vector<QVariant> z =
                         column(scratch.path(QStringLiteral("result.gpkg|layername=hotspots")),
                                QStringLiteral("gi_z"));
                     ASSERT_EQ(z.size(), 16u);
                     EXPECT_TRUE(z[5].isNull());
                     EXPECT_EQ(nullCount(z), 1);
                   }));
  c.push_back(make("SpecNotJson", QStringLiteral("pipeline"), gpkgOf(grid()), false,
                   {QStringLiteral("spec.json is not a JSON object")},
                   {{QStringLiteral("SPEC"), QStringLiteral("@spec:{\"polygons\": ")}}));
  c.push_back(make("SpecWithoutPolygons", QStringLiteral("pipeline"), gpkgOf(grid()), false,
                   {QStringLiteral("spec.json names no \"polygons\" layer")},
                   {{QStringLiteral("SPEC"), QStringLiteral("@spec:{\"title\": \"x\"}")}}));
  c.push_back(
      make("PolygonsFileMissing", QStringLiteral("pipeline"), gpkgOf(grid()), false,
           {QStringLiteral("/nonexistent/input.gpkg")},
           {{QStringLiteral("SPEC"),
             specWith(QStringLiteral("$INPUT"), QStringLiteral("/nonexistent/input.gpkg"))}}));
  c.push_back(make(
      "FilterKeepsNothing", QStringLiteral("pipeline"), gpkgOf(grid()), false,
      {QStringLiteral("SPEC: the filter \"v\" > 100 keeps no features")},
      {{QStringLiteral("SPEC"),
        specWith(QStringLiteral("\"title\": \"Bad input\","),
                 QStringLiteral("\"title\": \"Bad input\", \"filter\": \"\\\"v\\\" > 100\","))}}));
  // Names no step knows are refused before any step runs (issue 17, item 12): no step header
  // ("— ... —") is in the log.
  const Check nothingRan = [](const AlgorithmRun &run, const Scratch &) {
    EXPECT_FALSE(run.log.contains(QStringLiteral("—"))) << run.log.toStdString();
  };
  c.push_back(make("UnknownSection", QStringLiteral("pipeline"), gpkgOf(grid()), false,
                   {QStringLiteral("SPEC: \"hotspot\" is not a section of a pipeline spec; did "
                                   "you mean hotspots?")},
                   {{QStringLiteral("SPEC"),
                     specWith(QStringLiteral("\"hotspots\":"), QStringLiteral("\"hotspot\":"))}},
                   nothingRan));
  c.push_back(make("UnknownKeyInASection", QStringLiteral("pipeline"), gpkgOf(grid()), false,
                   {QStringLiteral("SPEC: \"hotspots\": PERMUTATONS is not a parameter of "
                                   "resilience:hotspots; did you mean PERMUTATIONS?")},
                   {{QStringLiteral("SPEC"), specWith(QStringLiteral("\"PERMUTATIONS\": 99"),
                                                      QStringLiteral("\"PERMUTATONS\": 99"))}},
                   nothingRan));
  c.push_back(make("UnknownKeyInAJoin", QStringLiteral("pipeline"), gpkgOf(grid()), false,
                   {QStringLiteral("SPEC: join 1: TABLE_KY is not a parameter of "
                                   "resilience:jointable; did you mean TABLE_KEY?")},
                   {{QStringLiteral("SPEC"),
                     specWith(QStringLiteral("\"TABLE_KEY\""), QStringLiteral("\"TABLE_KY\""))}},
                   nothingRan));
  // A folder named like a Dutch city ('s-Hertogenbosch) in the output path (issue 17, item 14).
  c.push_back(make(
      "ApostropheInTheOutputPath", QStringLiteral("pipeline"), gpkgOf(grid()), true, {},
      {{QStringLiteral("OUTPUT"), QStringLiteral("@path:'s-Hertogenbosch.gpkg")}},
      [](const AlgorithmRun &run, const Scratch &scratch) {
        const QString output = scratch.path(QStringLiteral("'s-Hertogenbosch.gpkg"));
        EXPECT_EQ(run.results.value(QStringLiteral("OUTPUT")).toString(), output);
        EXPECT_EQ(
            column(output + QStringLiteral("|layername=hotspots"), QStringLiteral("gi_z")).size(),
            16u);
      }));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputPipeline, cases);

// A failing spec used to delete an existing GeoPackage and PDF of the output's name (issue 17,
// item 1); both stay byte for byte as they were.
TEST(BadInputPipelineOutputs, AFailingStepKeepsTheExistingGeoPackageAndPdf) {
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  const QString output = geopackage(scratch.dir, QStringLiteral("result.gpkg"), grid(2));
  const QString pdf = writeFile(scratch.dir, QStringLiteral("maps.pdf"), QStringLiteral("%PDF"));
  const QByteArray outputBefore = fileHash(output), pdfBefore = fileHash(pdf);
  QString spec = kPipelineSpec;
  spec.replace(QStringLiteral("\"FIELD\": \"x\""), QStringLiteral("\"FIELD\": \"nope\""));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:pipeline"),
                   {{QStringLiteral("SPEC"), pipelineSpec(scratch, spec, input)},
                    {QStringLiteral("OUTPUT"), output},
                    {QStringLiteral("OUTPUT_PDF"), pdf}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("FIELD: field 'nope' does not exist")))
      << run.log.toStdString();
  EXPECT_EQ(fileHash(output), outputBefore);
  EXPECT_EQ(fileHash(pdf), pdfBefore);
  EXPECT_TRUE(QDir(scratch.dir.path()).entryList({QStringLiteral("*partial*")}).isEmpty());
}

// A relative file name is the spec folder's, never the working directory's (issue 17, item 14):
// here elsewhere.csv exists only in the working directory, and the run names the spec folder's.
TEST(BadInputPipelineOutputs, ARelativePathIsTheSpecFoldersOnly) {
  Scratch scratch, workingDirectory;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  QFile::copy(scratch.table(), workingDirectory.path(QStringLiteral("elsewhere.csv")));
  QString spec = kPipelineSpec;
  spec.replace(QStringLiteral("$TABLE"), QStringLiteral("elsewhere.csv"));
  const QString specPath = pipelineSpec(scratch, spec, input);
  const QString previous = QDir::currentPath();
  ASSERT_TRUE(QDir::setCurrent(workingDirectory.dir.path()));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:pipeline"),
                   {{QStringLiteral("SPEC"), specPath},
                    {QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("result.gpkg"))}});
  QDir::setCurrent(previous);
  EXPECT_FALSE(run.ok) << "the working directory's table was used";
  EXPECT_TRUE(run.log.contains(scratch.path(QStringLiteral("elsewhere.csv"))))
      << run.log.toStdString();
}

// OUTPUT naming the GeoPackage of the polygons, whose layer is called like one the pipeline
// writes: refused before anything runs, the polygons untouched (issue 17, item 2).
TEST(BadInputPipelineOutputs, AnOutputLayerThatIsThePolygonsLayerIsRefused) {
  Scratch scratch;
  const QString input =
      geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid(), QStringLiteral("Polygon"),
                 QStringLiteral("EPSG:28992"), QStringLiteral("hotspots"));
  const QByteArray before = fileHash(input);
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:pipeline"),
      {{QStringLiteral("SPEC"),
        pipelineSpec(scratch, kPipelineSpec, input + QStringLiteral("|layername=hotspots"))},
       {QStringLiteral("OUTPUT"), input}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("OUTPUT would overwrite the input SPEC polygons (")))
      << run.log.toStdString();
  EXPECT_EQ(fileHash(input), before);
}

// A filter on the polygons themselves (no join) leaves their GeoPackage byte for byte as it was
// (issue 17, "Messages": QGIS reopened it in WAL mode for the subset string, rewriting it), and
// is a QGIS expression as with a join. v = (7 i mod 11) + 1: 1, 1 and 2 at features 1, 12 and 9,
// so 13 of 16 features have v > 2.
TEST(BadInputPipelineOutputs, AFilterOnThePolygonsLeavesTheirGeoPackageUnchanged) {
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  const QByteArray before = fileHash(input);
  const QString spec =
      writeFile(scratch.dir, QStringLiteral("spec.json"),
                QStringLiteral("{\"polygons\": \"input.gpkg\", \"filter\": \"\\\"v\\\" > 2\",\n"
                               " \"hotspots\": {\"FIELD\": \"v\", \"WEIGHTS\": \"queen\", "
                               "\"PERMUTATIONS\": 99}}"));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:pipeline"),
                   {{QStringLiteral("SPEC"), spec},
                    {QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("result.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("keeps 13 features"))) << run.log.toStdString();
  EXPECT_EQ(
      column(scratch.path(QStringLiteral("result.gpkg|layername=hotspots")), QStringLiteral("v"))
          .size(),
      13u);
  EXPECT_EQ(fileHash(input), before);
}

// A step's own output named in the spec (here the join's UNMATCHED) is staged with the pipeline's
// outputs: when a later step fails it is not left behind, and a file of its name that existed is
// byte for byte what it was. When every step succeeds it is in place, and no temporary file is
// left.
TEST(BadInputPipelineOutputs, AStepsSideOutputGoesOrStaysWithTheRun) {
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  const QString unmatched = scratch.path(QStringLiteral("unmatched.csv"));
  QString spec = kPipelineSpec;
  spec.replace(QStringLiteral("\"KEY_MATCHING\": \"exact\""),
               QStringLiteral("\"KEY_MATCHING\": \"exact\", \"UNMATCHED\": \"unmatched.csv\""));
  QString failing = spec;
  failing.replace(QStringLiteral("\"FIELD\": \"x\""), QStringLiteral("\"FIELD\": \"nope\""));
  const auto runSpec = [&](const QString &text) {
    return runAlgorithm(QStringLiteral("resilience:pipeline"),
                        {{QStringLiteral("SPEC"), pipelineSpec(scratch, text, input)},
                         {QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("result.gpkg"))}});
  };
  const auto partials = [&]() {
    return QDir(scratch.dir.path()).entryList({QStringLiteral("*partial*")});
  };

  AlgorithmRun run = runSpec(failing);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("FIELD: field 'nope' does not exist")))
      << run.log.toStdString();
  EXPECT_FALSE(QFileInfo::exists(unmatched)) << "the failed run left the join's UNMATCHED";
  EXPECT_TRUE(partials().isEmpty()) << partials().join(' ').toStdString();

  writeFile(scratch.dir, QStringLiteral("unmatched.csv"), QStringLiteral("kept,by,the,user\n"));
  const QByteArray before = fileHash(unmatched);
  run = runSpec(failing);
  EXPECT_FALSE(run.ok);
  EXPECT_EQ(fileHash(unmatched), before);
  EXPECT_TRUE(partials().isEmpty()) << partials().join(' ').toStdString();

  run = runSpec(spec);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_NE(fileHash(unmatched), before);
  // Every table row matches a polygon: the file holds the header only.
  QFile written(unmatched);
  ASSERT_TRUE(written.open(QIODevice::ReadOnly));
  EXPECT_EQ(written.readAll().count('\n'), 1) << unmatched.toStdString();
  EXPECT_TRUE(partials().isEmpty()) << partials().join(' ').toStdString();
}
