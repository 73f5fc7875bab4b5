// The one-step pipeline on the bundled Noord-Brabant data, as the README's demo runs it.
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <sqlite3.h>

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <map>

using namespace resilience::testing;

namespace {

// Three made-up facilities in Noord-Brabant (RD New): no real facility locations ship with the
// project.
QString madeUpFacilities() {
  auto *layer = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:28992&field=name:string"),
                                   QStringLiteral("facilities"), QStringLiteral("memory"));
  QgsFeatureList features;
  const QList<QPair<double, double>> points = {
      {133000, 397000}, {112000, 400000}, {160000, 383000}};
  for (const auto &[x, y] : points) {
    QgsFeature feature(layer->fields());
    feature.setAttributes(QgsAttributes() << QStringLiteral("library"));
    feature.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(x, y)));
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

std::string rtreeCheck(const QString &geopackage, const QString &layer) {
  sqlite3 *db = nullptr;
  sqlite3_open_v2(geopackage.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
  const QString sql = QStringLiteral("SELECT rtreecheck('rtree_%1_geom')").arg(layer);
  sqlite3_stmt *statement = nullptr;
  std::string result = "no index";
  if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW)
    result = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return result;
}

// The layer's spatial index (packed in bulk, algorithms/io/geopackage_rtree.h) passes SQLite's own
// rtreecheck() and answers a rectangle query (QGIS -> OGR -> the R-tree) as a full scan does:
// every feature whose geometry meets the rectangle, and none whose bounding box misses it (OGR
// may or may not test the geometry itself).
void expectSpatialIndexWorks(const QString &geopackage, const QString &layer) {
  EXPECT_EQ(rtreeCheck(geopackage, layer), "ok") << layer.toStdString();
  auto result = openLayer(geopackage + QStringLiteral("|layername=") + layer);
  QgsRectangle rectangle = result->extent();
  rectangle.scale(0.3);
  const QgsGeometry area = QgsGeometry::fromRect(rectangle);
  std::set<QgsFeatureId> meeting, boxMeeting, indexed;
  QgsFeature feature;
  QgsFeatureIterator all = result->getFeatures();
  while (all.nextFeature(feature)) {
    if (feature.hasGeometry() && feature.geometry().intersects(area))
      meeting.insert(feature.id());
    if (feature.hasGeometry() && feature.geometry().boundingBox().intersects(rectangle))
      boxMeeting.insert(feature.id());
  }
  QgsFeatureIterator filtered = result->getFeatures(QgsFeatureRequest().setFilterRect(rectangle));
  while (filtered.nextFeature(feature))
    indexed.insert(feature.id());
  EXPECT_FALSE(meeting.empty()) << layer.toStdString();
  EXPECT_TRUE(std::includes(indexed.begin(), indexed.end(), meeting.begin(), meeting.end()))
      << layer.toStdString();
  EXPECT_TRUE(std::includes(boxMeeting.begin(), boxMeeting.end(), indexed.begin(), indexed.end()))
      << layer.toStdString();
}

// The feature tables of a GeoPackage, as its gpkg_contents lists them.
std::vector<std::string> featureTables(const QString &geopackage) {
  sqlite3 *db = nullptr;
  sqlite3_open_v2(geopackage.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt *statement = nullptr;
  std::vector<std::string> tables;
  if (sqlite3_prepare_v2(db, "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'",
                         -1, &statement, nullptr) == SQLITE_OK)
    while (sqlite3_step(statement) == SQLITE_ROW)
      tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return tables;
}

} // namespace

// A plain "hotspots.gpkg" output (not a layer of a GeoPackage, as the pipeline writes) is written
// by the same fast GeoPackage sink: its layer is named after the file, as QGIS names it
// (QgsVectorFileWriter), not after the temporary file the run wrote before moving it into place,
// and its spatial index, packed in bulk, works.
TEST(GeoPackageOutputs, APlainFileNamesItsLayerAfterTheFileAndHasAWorkingIndex) {
  QTemporaryDir dir;
  const QString output = dir.filePath(QStringLiteral("hotspots.gpkg"));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:hotspots"),
                   {{QStringLiteral("INPUT"), testdata(QStringLiteral("columbus.shp"))},
                    {QStringLiteral("FIELD"), QStringLiteral("CRIME")},
                    {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
                    {QStringLiteral("OUTPUT"), output}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("OUTPUT")).toString(), output);
  EXPECT_EQ(featureTables(output), std::vector<std::string>{"hotspots"});
  auto result = openLayer(output);
  ASSERT_TRUE(result->isValid());
  EXPECT_EQ(result->featureCount(), 49); // Columbus's 49 neighbourhoods
  expectSpatialIndexWorks(output, QStringLiteral("hotspots"));
}

TEST(Pipeline, NoordBrabantDemoWritesEveryLayerStyledAndThePdf) {
  QTemporaryDir dir;
  const QString output = dir.filePath(QStringLiteral("resilience.gpkg"));
  const QString pdf = dir.filePath(QStringLiteral("maps.pdf"));
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:pipeline"),
      {{QStringLiteral("SPEC"), testdata(QStringLiteral("noord_brabant_pipeline.json"))},
       {QStringLiteral("FACILITIES"), madeUpFacilities()},
       {QStringLiteral("OUTPUT"), output},
       {QStringLiteral("OUTPUT_PDF"), pdf}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  // 66 Noord-Brabant municipalities of 2015 (testdata/brabant_regions_2015.csv), land parts only.
  EXPECT_TRUE(run.log.contains(QStringLiteral("keeps 66 features"))) << run.log.toStdString();
  for (const char *layer : {"scores", "flags", "smoothed", "hotspots", "clusters", "accessibility",
                            "bivariate", "regions"}) {
    auto result = openLayer(output + QStringLiteral("|layername=") + QString::fromLatin1(layer));
    ASSERT_TRUE(result->isValid()) << layer;
    EXPECT_EQ(result->featureCount(),
              QString::fromLatin1(layer) == QLatin1String("regions") ? 4 : 66)
        << layer;
    QStringList ids, names, descriptions;
    QString error;
    EXPECT_GE(result->listStylesInDatabase(ids, names, descriptions, error), 1) << layer;
    expectSpatialIndexWorks(output, QString::fromLatin1(layer));
  }
  // Each step adds its fields to the previous step's layer: the last one has them all (the
  // bivariate step's lisa_* replace the first local Moran's).
  auto last = openLayer(output + QStringLiteral("|layername=bivariate"));
  for (const char *field :
       {"regio", "resilience", "resilience_class", "resilience_smooth", "gi_bin", "lisa_cluster",
        "acc_nearest_m", "flags_total", "stacking_class"})
    EXPECT_GE(last->fields().lookupField(QString::fromLatin1(field)), 0) << field;
  // The regions report the share of residents with 3 or more risk flags.
  const std::vector<QVariant> stacked =
      column(output + QStringLiteral("|layername=regions"), QStringLiteral("share_stacked"));
  ASSERT_EQ(stacked.size(), 4u);
  for (const QVariant &share : stacked)
    EXPECT_TRUE(!share.isNull() && share.toDouble() >= 0.0 && share.toDouble() <= 1.0);
  EXPECT_TRUE(QFile::exists(pdf));
}

namespace {

// An edit that adds "layers": [names] to the spec.
std::function<void(QString &)> withLayers(const QString &names) {
  return [names](QString &spec) {
    spec.replace(QStringLiteral("\"title\":"),
                 QStringLiteral("\"layers\": [%1], \"title\":").arg(names));
  };
}

} // namespace

TEST(Pipeline, AFailingStepLeavesNoOutputBehind) {
  QTemporaryDir dir;
  const AlgorithmRun run = runEditedSpec(dir, [](QString &spec) {
    spec.replace(QStringLiteral("\"hotspots\": {\"FIELD\": \"resilience\""),
                 QStringLiteral("\"hotspots\": {\"FIELD\": \"no_such_field\""));
  });
  const QString output = dir.filePath(QStringLiteral("resilience.gpkg"));
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("no_such_field"))) << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(output))
      << "a failed pipeline must not leave a half-written GeoPackage";
}

// "layers" keeps only the named layers; the last one still carries every step's fields.
TEST(Pipeline, LayersKeepsOnlyTheNamedLayers) {
  QTemporaryDir dir;
  const AlgorithmRun run =
      runEditedSpec(dir, withLayers(QStringLiteral("\"clusters\", \"regions\"")));
  const QString output = dir.filePath(QStringLiteral("resilience.gpkg"));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("LAYERS")).toString(),
            QStringLiteral("clusters,regions"));
  // Without FACILITIES there is no acc_nearest_m for the bivariate step to read.
  EXPECT_TRUE(run.log.contains(
      QStringLiteral("No FACILITIES given: the bivariate step with acc_nearest_m is skipped")))
      << run.log.toStdString();
  QgsVectorLayer file(output, QStringLiteral("file"), QStringLiteral("ogr"));
  QStringList names;
  for (const QString &sublayer : file.dataProvider()->subLayers())
    names << sublayer.split(QgsDataProvider::sublayerSeparator()).value(1);
  names.removeAll(QStringLiteral("layer_styles"));
  names.sort();
  EXPECT_EQ(names, QStringList({QStringLiteral("clusters"), QStringLiteral("regions")}));
  auto clusters = openLayer(output + QStringLiteral("|layername=clusters"));
  EXPECT_EQ(clusters->featureCount(), 66);
  for (const char *field : {"regio", "resilience", "resilience_smooth", "gi_bin", "lisa_cluster"})
    EXPECT_GE(clusters->fields().lookupField(QString::fromLatin1(field)), 0) << field;
}

TEST(Pipeline, AnUnknownLayerNameIsRefusedBeforeAnythingRuns) {
  QTemporaryDir dir;
  const AlgorithmRun run = runEditedSpec(dir, withLayers(QStringLiteral("\"clusters\", \"lisa\"")));
  const QString output = dir.filePath(QStringLiteral("resilience.gpkg"));
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("\"layers\" names lisa"))) << run.log.toStdString();
  EXPECT_FALSE(run.log.contains(QStringLiteral("Join indicator table"))) << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(output));
}

TEST(Pipeline, NeighbourhoodStepsShareTheirWeightsWithTheSameResults) {
  // The demo's hot spots and LISA both use queen contiguity on the same polygons: the LISA step
  // reuses the weights, and its values equal those of resilience:localmoran run on its own on
  // the pipeline's hot-spot layer, which builds its weights afresh.
  QTemporaryDir dir;
  const QString output = dir.filePath(QStringLiteral("resilience.gpkg"));
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:pipeline"),
      {{QStringLiteral("SPEC"), testdata(QStringLiteral("noord_brabant_pipeline.json"))},
       {QStringLiteral("OUTPUT"), output}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.log.count(QStringLiteral("its weights are reused")), 1) << run.log.toStdString();

  const QString alone = dir.filePath(QStringLiteral("alone.gpkg"));
  const AlgorithmRun standalone =
      runAlgorithm(QStringLiteral("resilience:localmoran"),
                   {{QStringLiteral("INPUT"), output + QStringLiteral("|layername=hotspots")},
                    {QStringLiteral("FIELD"), QStringLiteral("resilience")},
                    {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
                    {QStringLiteral("PERMUTATIONS"), 999},
                    {QStringLiteral("SEED"), 2015},
                    {QStringLiteral("OUTPUT"), alone}});
  ASSERT_TRUE(standalone.ok) << standalone.log.toStdString();
  EXPECT_FALSE(standalone.log.contains(QStringLiteral("reused")));
  for (const char *field : {"lisa_i", "lisa_z", "lisa_p_sim", "lisa_cluster"}) {
    const auto inPipeline =
        column(output + QStringLiteral("|layername=clusters"), QString::fromLatin1(field));
    ASSERT_EQ(inPipeline.size(), 66u);
    EXPECT_EQ(column(alone, QString::fromLatin1(field)), inPipeline) << field;
  }
}

// "baseline": the first run writes the baseline file beside the spec, a second run scores on it
// (the section's SPEC is replaced, and said so) and gives the same scores as the first; a run that
// fails after creating the baseline removes it with the other outputs.
TEST(Pipeline, BaselineIsWrittenOnceThenUsed) {
  QTemporaryDir dir;
  const auto withBaseline = [](QString &spec) {
    spec.replace(
        QStringLiteral("\"title\":"),
        QStringLiteral("\"baseline\": \"brabant_baseline.json\", \"layers\": [\"scores\"], "
                       "\"title\":"));
  };
  const QString baseline = dir.filePath(QStringLiteral("brabant_baseline.json"));
  const AlgorithmRun first = runEditedSpec(dir, withBaseline);
  ASSERT_TRUE(first.ok) << first.log.toStdString();
  EXPECT_TRUE(first.log.contains(QStringLiteral("does not exist yet: this run writes it")))
      << first.log.toStdString();
  ASSERT_TRUE(QFile::exists(baseline));
  const QString output = dir.filePath(QStringLiteral("resilience.gpkg"));
  const auto scores =
      column(output + QStringLiteral("|layername=scores"), QStringLiteral("resilience"));
  const auto classes =
      column(output + QStringLiteral("|layername=scores"), QStringLiteral("resilience_class"));
  ASSERT_EQ(scores.size(), 66u);

  const AlgorithmRun second = runEditedSpec(dir, withBaseline);
  ASSERT_TRUE(second.ok) << second.log.toStdString();
  EXPECT_TRUE(second.log.contains(QStringLiteral("which replaces the section's SPEC")))
      << second.log.toStdString();
  EXPECT_EQ(column(output + QStringLiteral("|layername=scores"), QStringLiteral("resilience")),
            scores);
  EXPECT_EQ(
      column(output + QStringLiteral("|layername=scores"), QStringLiteral("resilience_class")),
      classes);

  QTemporaryDir failing;
  const AlgorithmRun failed = runEditedSpec(failing, [&](QString &spec) {
    withBaseline(spec);
    spec.replace(QStringLiteral("\"hotspots\": {\"FIELD\": \"resilience\""),
                 QStringLiteral("\"hotspots\": {\"FIELD\": \"no_such_field\""));
  });
  EXPECT_FALSE(failed.ok);
  EXPECT_FALSE(QFile::exists(failing.filePath(QStringLiteral("brabant_baseline.json"))))
      << "a baseline the failed run created is removed";
}

// The demo's synthetic second year (testdata/SOURCES.md: benefit recipients raised by construction
// in Zuidoost-Brabant, lowered in West-Brabant) scored on the 2015 baseline, then
// resilience:change: the constructed deterioration must show as the lowest mean change of the four
// regions, and every Zuidoost-Brabant municipality worse than in 2015.
TEST(Pipeline, SyntheticSecondYearOnTheBaselineShowsTheConstructedChange) {
  QTemporaryDir year2015, year2019;
  const QString baseline = year2015.filePath(QStringLiteral("baseline_2015.json"));
  const auto withBaseline = [&](QString &spec) {
    spec.replace(
        QStringLiteral("\"title\":"),
        QStringLiteral("\"baseline\": \"%1\", \"layers\": [\"scores\"], \"title\":").arg(baseline));
  };
  const AlgorithmRun first = runEditedSpec(year2015, withBaseline);
  ASSERT_TRUE(first.ok) << first.log.toStdString();
  const AlgorithmRun second = runEditedSpec(year2019, [&](QString &spec) {
    withBaseline(spec);
    spec.replace(QStringLiteral("\"nl_gemeenten_2015_kerncijfers.csv"),
                 QLatin1Char('"') +
                     testdata(QStringLiteral("nl_gemeenten_2019_SYNTHETIC_kerncijfers.csv")));
  });
  ASSERT_TRUE(second.ok) << second.log.toStdString();
  EXPECT_TRUE(second.log.contains(QStringLiteral("Scoring on the baseline")));

  const QString scores = QStringLiteral("|layername=scores");
  const AlgorithmRun joined = runAlgorithm(
      QStringLiteral("resilience:jointable"),
      {{QStringLiteral("INPUT"), year2019.filePath(QStringLiteral("resilience.gpkg")) + scores},
       {QStringLiteral("INPUT_KEY"), QStringLiteral("gemeentecode")},
       {QStringLiteral("TABLE"), year2015.filePath(QStringLiteral("resilience.gpkg")) + scores},
       {QStringLiteral("TABLE_KEY"), QStringLiteral("gemeentecode")},
       {QStringLiteral("FIELDS"), QStringList{QStringLiteral("resilience")}},
       {QStringLiteral("OUTPUT"), year2019.filePath(QStringLiteral("both.gpkg"))}});
  ASSERT_TRUE(joined.ok) << joined.log.toStdString();
  const AlgorithmRun change =
      runAlgorithm(QStringLiteral("resilience:change"),
                   {{QStringLiteral("INPUT"), joined.results.value(QStringLiteral("OUTPUT"))},
                    {QStringLiteral("FIELD_BEFORE"), QStringLiteral("resilience_2")},
                    {QStringLiteral("FIELD_AFTER"), QStringLiteral("resilience")},
                    {QStringLiteral("OUTPUT"), year2019.filePath(QStringLiteral("change.gpkg"))}});
  ASSERT_TRUE(change.ok) << change.log.toStdString();
  const QString out = change.results.value(QStringLiteral("OUTPUT")).toString();
  const auto region = column(out, QStringLiteral("regio"));
  const auto delta = column(out, QStringLiteral("change"));
  ASSERT_EQ(region.size(), 66u);
  std::map<QString, std::pair<double, int>> byRegion;
  int zuidoostWorse = 0, zuidoost = 0;
  for (std::size_t i = 0; i < region.size(); ++i) {
    auto &[sum, count] = byRegion[region[i].toString()];
    sum += delta[i].toDouble();
    ++count;
    if (region[i].toString() == QLatin1String("Zuidoost-Brabant")) {
      ++zuidoost;
      zuidoostWorse += delta[i].toDouble() < 0;
    }
  }
  ASSERT_EQ(byRegion.size(), 4u);
  const double zuidoostMean = byRegion.at(QStringLiteral("Zuidoost-Brabant")).first / zuidoost;
  for (const auto &[name, sumCount] : byRegion) {
    if (name != QLatin1String("Zuidoost-Brabant")) {
      EXPECT_LT(zuidoostMean, sumCount.first / sumCount.second) << name.toStdString();
    }
  }
  EXPECT_EQ(zuidoostWorse, zuidoost);
}

// "years": the spec's own data is 2015, the synthetic 2019 table a later year. The pipeline scores
// 2019 on the 2015 baseline, finds its risk hot spots (hotspots_2019) and writes change, emerging
// hot spots and LISA Markov on resilience_2015 and resilience_2019. Those scores and hot spots
// equal the two years' own pipeline runs (2015: this run's scores and hotspots layers; 2019: a run
// of the 2019 spec on the same baseline).
TEST(Pipeline, YearsAreScoredOnTheFirstYearsBaselineAndCompared) {
  QTemporaryDir dir, later;
  const QString baseline = dir.filePath(QStringLiteral("baseline_2015.json"));
  const QString synthetic = testdata(QStringLiteral("nl_gemeenten_2019_SYNTHETIC_kerncijfers.csv"));
  const AlgorithmRun run = runEditedSpec(dir, [&](QString &spec) {
    spec.replace(
        QStringLiteral("\"title\":"),
        QStringLiteral("\"baseline\": \"%1\", \"year\": \"2015\", \"years\": [{\"year\": \"2019\", "
                       "\"table\": \"%2\"}], \"change\": {}, \"emerginghotspots\": {\"WEIGHTS\": "
                       "\"queen\", \"TIME_NEIGHBOURS\": 0}, \"lisamarkov\": {\"WEIGHTS\": "
                       "\"queen\", \"SPATIAL_CLASSES\": 2}, \"layers\": [\"scores\", \"hotspots\", "
                       "\"change\", \"emerging\", \"lisamarkov\"], \"title\":")
            .arg(baseline, synthetic));
  });
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("LAYERS")).toString(),
            QStringLiteral("scores,hotspots,hotspots_2019,change,emerging,lisamarkov"));
  const QString output = dir.filePath(QStringLiteral("resilience.gpkg"));
  const QString change = output + QStringLiteral("|layername=change");
  const auto code = column(change, QStringLiteral("gemeentecode"));
  const auto before = column(change, QStringLiteral("resilience_2015"));
  const auto after = column(change, QStringLiteral("resilience_2019"));
  ASSERT_EQ(code.size(), 66u);
  EXPECT_EQ(before,
            column(output + QStringLiteral("|layername=scores"), QStringLiteral("resilience")));
  for (std::size_t i = 0; i < code.size(); ++i)
    EXPECT_NEAR(column(change, QStringLiteral("change"))[i].toDouble(),
                after[i].toDouble() - before[i].toDouble(), 1e-12);

  const AlgorithmRun second = runEditedSpec(later, [&](QString &spec) {
    spec.replace(QStringLiteral("\"title\":"),
                 QStringLiteral("\"baseline\": \"%1\", \"layers\": [\"scores\", \"hotspots\"], "
                                "\"title\":")
                     .arg(baseline));
    spec.replace(QStringLiteral("\"nl_gemeenten_2015_kerncijfers.csv"),
                 QLatin1Char('"') + synthetic);
  });
  ASSERT_TRUE(second.ok) << second.log.toStdString();
  const QString scores2019 =
      later.filePath(QStringLiteral("resilience.gpkg")) + QStringLiteral("|layername=scores");
  EXPECT_EQ(column(scores2019, QStringLiteral("gemeentecode")), code);
  EXPECT_EQ(column(scores2019, QStringLiteral("resilience")), after);

  // Every year's risk hot spots: the 2019 ones are those of the 2019 run's own hotspots step, and
  // the over-time layers carry both years' gi_z and risk_bin.
  const QString hotspots2015 = output + QStringLiteral("|layername=hotspots");
  const QString hotspots2019 = output + QStringLiteral("|layername=hotspots_2019");
  const QString own2019 =
      later.filePath(QStringLiteral("resilience.gpkg")) + QStringLiteral("|layername=hotspots");
  // As text: the same number whether the field is an int or a 64-bit integer, NULL as "".
  const auto texts = [](const QString &source, const QString &field) {
    QStringList out;
    for (const QVariant &value : column(source, field))
      out << value.toString();
    return out;
  };
  for (const QString &field : {QStringLiteral("gi_z"), QStringLiteral("risk_bin")}) {
    const QStringList ofYear = texts(hotspots2019, field);
    ASSERT_EQ(ofYear.size(), 66);
    EXPECT_EQ(ofYear, texts(own2019, field)) << field.toStdString();
    EXPECT_EQ(texts(change, field + QStringLiteral("_2019")), ofYear) << field.toStdString();
    EXPECT_EQ(texts(change, field + QStringLiteral("_2015")), texts(hotspots2015, field))
        << field.toStdString();
  }
  EXPECT_EQ(column(hotspots2019, QStringLiteral("resilience")), after);
  EXPECT_NE(column(hotspots2019, QStringLiteral("risk_bin")),
            column(hotspots2015, QStringLiteral("risk_bin")))
      << "the synthetic change moves some hot spots";

  const auto category =
      column(output + QStringLiteral("|layername=emerging"), QStringLiteral("ehs_category"));
  ASSERT_EQ(category.size(), 66u);
  for (const QVariant &c : category)
    EXPECT_FALSE(c.toString().isEmpty());
  const auto path =
      column(output + QStringLiteral("|layername=lisamarkov"), QStringLiteral("lm_path"));
  ASSERT_EQ(path.size(), 66u);
  EXPECT_EQ(path[0].toString().size(), 5) << "two states, e.g. HH>LL";
}

namespace {

// The 2015 key figures and the synthetic 2019 ones as one long table with a column jaar, the 2019
// rows first (the order of the rows does not matter).
QString longKeyFigures(const QTemporaryDir &dir) {
  QStringList lines;
  for (const auto &[file, year] :
       {std::pair{QStringLiteral("nl_gemeenten_2019_SYNTHETIC_kerncijfers.csv"), 2019},
        std::pair{QStringLiteral("nl_gemeenten_2015_kerncijfers.csv"), 2015}}) {
    QFile in(testdata(file));
    if (!in.open(QIODevice::ReadOnly))
      return QString();
    const QStringList rows =
        QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int r = 0; r < rows.size(); ++r) {
      const QString row = rows[r].trimmed(); // the 2015 file ends its lines with CR LF
      if (r == 0 && lines.isEmpty())
        lines << row + QStringLiteral(",jaar");
      else if (r > 0)
        lines << QStringLiteral("%1,%2").arg(row).arg(year);
    }
  }
  return writeFile(dir, QStringLiteral("kerncijfers_2015_2019.csv"),
                   lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

// The years of the YearsAre... test: 2015 and 2019, change and emerging hot spots, with the given
// extra keys.
std::function<void(QString &)> overTime(const QString &baseline, const QString &years) {
  return [=](QString &spec) {
    spec.replace(QStringLiteral("\"title\":"),
                 QStringLiteral("\"baseline\": \"%1\", \"year\": \"2015\", %2, \"change\": {}, "
                                "\"emerginghotspots\": {\"WEIGHTS\": \"queen\", "
                                "\"TIME_NEIGHBOURS\": 0}, \"layers\": [\"scores\", \"hotspots\", "
                                "\"change\", \"emerging\"], \"title\":")
                     .arg(baseline, years));
  };
}

} // namespace

// "year_field": one long table holding every year (gemeentecode, jaar, the indicators) in the first
// join instead of a table per year. Each year joins only its own rows, so every layer equals that
// of the table-per-year run on the same two tables: the scores, both years' hot spots, the change
// and the emerging hot spots, and the baseline file the first year wrote.
TEST(Pipeline, ALongTableOfEveryYearGivesWhatATablePerYearGives) {
  QTemporaryDir perYear, longForm;
  const QString synthetic = testdata(QStringLiteral("nl_gemeenten_2019_SYNTHETIC_kerncijfers.csv"));
  const AlgorithmRun tables = runEditedSpec(
      perYear,
      overTime(
          perYear.filePath(QStringLiteral("baseline.json")),
          QStringLiteral("\"years\": [{\"year\": \"2019\", \"table\": \"%1\"}]").arg(synthetic)));
  ASSERT_TRUE(tables.ok) << tables.log.toStdString();
  const QString longTable = longKeyFigures(longForm);
  ASSERT_FALSE(longTable.isEmpty());
  const AlgorithmRun rows = runEditedSpec(longForm, [&](QString &spec) {
    overTime(longForm.filePath(QStringLiteral("baseline.json")),
             QStringLiteral("\"year_field\": \"jaar\", \"years\": [2019]"))(spec);
    spec.replace(QStringLiteral("\"nl_gemeenten_2015_kerncijfers.csv\""),
                 QStringLiteral("\"%1\"").arg(longTable));
  });
  ASSERT_TRUE(rows.ok) << rows.log.toStdString();
  EXPECT_TRUE(rows.log.contains(QStringLiteral("Year 2015: 393 rows of")));
  EXPECT_TRUE(rows.log.contains(QStringLiteral("Year 2019: 393 rows of")));
  EXPECT_EQ(rows.results.value(QStringLiteral("LAYERS")).toString(),
            QStringLiteral("scores,hotspots,hotspots_2019,change,emerging"));
  EXPECT_EQ(rows.results.value(QStringLiteral("LAYERS")),
            tables.results.value(QStringLiteral("LAYERS")));

  const QList<QPair<QString, QString>> compared = {
      {QStringLiteral("scores"), QStringLiteral("resilience")},
      {QStringLiteral("scores"), QStringLiteral("resilience_class")},
      {QStringLiteral("hotspots"), QStringLiteral("risk_bin")},
      {QStringLiteral("hotspots_2019"), QStringLiteral("gi_z")},
      {QStringLiteral("hotspots_2019"), QStringLiteral("risk_bin")},
      {QStringLiteral("change"), QStringLiteral("gemeentecode")},
      {QStringLiteral("change"), QStringLiteral("resilience_2015")},
      {QStringLiteral("change"), QStringLiteral("resilience_2019")},
      {QStringLiteral("change"), QStringLiteral("risk_bin_2019")},
      {QStringLiteral("change"), QStringLiteral("change_class")},
      {QStringLiteral("emerging"), QStringLiteral("ehs_category")}};
  for (const auto &[layer, field] : compared) {
    const auto fromRows =
        column(longForm.filePath(QStringLiteral("resilience.gpkg|layername=")) + layer, field);
    ASSERT_EQ(fromRows.size(), 66u) << layer.toStdString() << " " << field.toStdString();
    EXPECT_EQ(fromRows,
              column(perYear.filePath(QStringLiteral("resilience.gpkg|layername=")) + layer, field))
        << layer.toStdString() << " " << field.toStdString();
  }
  QFile a(perYear.filePath(QStringLiteral("baseline.json")));
  QFile b(longForm.filePath(QStringLiteral("baseline.json")));
  ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
  EXPECT_EQ(a.readAll(), b.readAll());
}

// A long table is checked before anything is scored: the year column must exist, and every year
// must have rows (the message lists the years the table has).
TEST(Pipeline, ALongTableWithoutTheYearOrItsColumnIsRefused) {
  QTemporaryDir dir;
  const QString longTable = longKeyFigures(dir);
  ASSERT_FALSE(longTable.isEmpty());
  const auto withLongTable = [&](const QString &years) {
    return [&, years](QString &spec) {
      overTime(dir.filePath(QStringLiteral("baseline.json")), years)(spec);
      spec.replace(QStringLiteral("\"nl_gemeenten_2015_kerncijfers.csv\""),
                   QStringLiteral("\"%1\"").arg(longTable));
    };
  };
  const AlgorithmRun noColumn = runEditedSpec(
      dir, withLongTable(QStringLiteral("\"year_field\": \"jaartal\", \"years\": [2019]")));
  EXPECT_FALSE(noColumn.ok);
  EXPECT_TRUE(noColumn.log.contains(QStringLiteral("\"year_field\" jaartal is not a field of")))
      << noColumn.log.toStdString();
  const AlgorithmRun noRows = runEditedSpec(
      dir, withLongTable(QStringLiteral("\"year_field\": \"jaar\", \"years\": [2023]")));
  EXPECT_FALSE(noRows.ok);
  EXPECT_TRUE(noRows.log.contains(QStringLiteral("has no rows with jaar = 2023 (its years: 2015")))
      << noRows.log.toStdString();
  const AlgorithmRun noFirstYear = runEditedSpec(dir, [&](QString &spec) {
    withLongTable(QStringLiteral("\"year_field\": \"jaar\", \"years\": [2019]"))(spec);
    spec.replace(QStringLiteral("\"year\": \"2015\", "), QString());
  });
  EXPECT_FALSE(noFirstYear.ok);
  EXPECT_TRUE(noFirstYear.log.contains(
      QStringLiteral("\"year_field\" jaar needs \"year\": the first year's value")))
      << noFirstYear.log.toStdString();
  EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("resilience.gpkg"))));
  EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("baseline.json"))));
}
