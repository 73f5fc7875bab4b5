#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace resilience::testing;

namespace {

// A small polygon layer in the project: Tilburg (land and water part), Breda, and Lelystad.
QString messyPolygons() {
  auto *layer = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=code:string&field=name:string"),
      QStringLiteral("messy"), QStringLiteral("memory"));
  const QStringList codes = {QStringLiteral("GM0855"), QStringLiteral("GM0855"),
                             QStringLiteral("GM0758"), QStringLiteral("GM0995")};
  QgsFeatureList features;
  for (int i = 0; i < codes.size(); ++i) {
    QgsFeature f(layer->fields());
    f.setAttributes(QgsAttributes() << codes[i] << QStringLiteral("part %1").arg(i));
    f.setGeometry(QgsGeometry::fromWkt(
        QStringLiteral("POLYGON((%1 0, %2 0, %2 1, %1 1, %1 0))").arg(i).arg(i + 1)));
    features << f;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

} // namespace

TEST(JoinTable, MunicipalityKeyFiguresReachEveryPolygonIncludingWaterParts) {
  QTemporaryDir dir;
  const QString input = testdata(QStringLiteral("nl_gemeenten_2015.gpkg"));
  const QByteArray inputHashBefore = fileHash(input);
  const QString output = dir.filePath(QStringLiteral("joined.gpkg"));
  const QString unmatched = dir.filePath(QStringLiteral("unmatched.gpkg"));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:jointable"), municipalityJoin(output, unmatched));
  ASSERT_TRUE(run.ok) << run.log.toStdString();

  // Counts from the data itself (ogrinfo/sqlite on the two files): 484 polygons = 393 land parts
  // ('NEE') + 90 water parts ('JA') sharing their municipality's code + 1 water area ('B') coded
  // GM9999, which belongs to no municipality and has no table row. The table has 393 rows, one per
  // municipality code; Almere has -99999999 in two car columns.
  EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 483);
  EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_WITHOUT_DATA")).toInt(), 1);
  EXPECT_EQ(run.results.value(QStringLiteral("ROWS_UNMATCHED")).toInt(), 0);
  EXPECT_EQ(run.results.value(QStringLiteral("VALUES_SET_NULL")).toInt(), 2);

  auto layer = openLayer(run.results.value(QStringLiteral("OUTPUT")).toString());
  ASSERT_TRUE(layer->isValid());
  EXPECT_EQ(layer->featureCount(), 484);
  // Every input attribute is kept; the table's own name column is renamed, not dropped.
  for (const char *field : {"gemeentecode", "gemeentenaam", "water", "gemeentenaam_2",
                            "aantal_inwoners", "gemiddelde_huishoudsgrootte"})
    EXPECT_GE(layer->fields().lookupField(QString::fromLatin1(field)), 0) << field;
  EXPECT_EQ(layer->fields().field(QStringLiteral("aantal_inwoners")).type(), QVariant::LongLong);
  EXPECT_EQ(layer->fields().field(QStringLiteral("gemiddelde_huishoudsgrootte")).type(),
            QVariant::Double);

  // Values straight from the CSV row of Appingedam: 12011 inhabitants, household size 2.1.
  const QgsFeature appingedam = featureWhere(*layer, QStringLiteral("gemeentecode = 'GM0003'"));
  EXPECT_EQ(appingedam.attribute(QStringLiteral("aantal_inwoners")).toLongLong(), 12011);
  EXPECT_DOUBLE_EQ(appingedam.attribute(QStringLiteral("gemiddelde_huishoudsgrootte")).toDouble(),
                   2.1);
  // Almere's sentinel became NULL, not -99999999.
  const QgsFeature almere =
      featureWhere(*layer, QStringLiteral("gemeentecode = 'GM0034' AND water = 'NEE'"));
  EXPECT_TRUE(almere.attribute(QStringLiteral("personenautos_per_km2")).isNull());

  // All 90 municipal water parts carry their municipality's inhabitants; GM9999 has none.
  int waterWithData = 0;
  QgsFeature feature;
  QgsFeatureIterator it =
      layer->getFeatures(QgsFeatureRequest().setFilterExpression(QStringLiteral("water <> 'NEE'")));
  while (it.nextFeature(feature))
    waterWithData += feature.attribute(QStringLiteral("aantal_inwoners")).isNull() ? 0 : 1;
  EXPECT_EQ(waterWithData, 90);
  EXPECT_TRUE(featureWhere(*layer, QStringLiteral("gemeentecode = 'GM9999'"))
                  .attribute(QStringLiteral("aantal_inwoners"))
                  .isNull());

  // The style travels inside the GeoPackage as its default style.
  QStringList ids, names, descriptions;
  QString error;
  EXPECT_GE(layer->listStylesInDatabase(ids, names, descriptions, error), 1) << error.toStdString();
  EXPECT_TRUE(names.contains(QStringLiteral("neighbourhoods")));

  EXPECT_EQ(fileHash(input), inputHashBefore) << "the input must never be modified";
  EXPECT_TRUE(run.log.contains(QStringLiteral("Polygons matched: 483 of 484")));
}

TEST(JoinTable, MessyCsvCodesDecimalCommasMarkersAndUnmatchedRows) {
  QTemporaryDir dir;
  // Tilburg as a bare number, Breda as gwb_code_8, Eindhoven (no polygon), a blank key.
  const QString table = writeFile(dir, QStringLiteral("messy.csv"),
                                  QStringLiteral("code,share,count,note\n"
                                                 "855,\"12,5\",x,a\n"
                                                 "0758,\"1.234,5\",\"1.234.567\",b\n"
                                                 "772,.,-99999997,c\n"
                                                 " ,3,4,d\n"));
  const QString output = dir.filePath(QStringLiteral("out.gpkg"));
  const QString unmatched = dir.filePath(QStringLiteral("unmatched.gpkg"));
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:jointable"),
      {{QStringLiteral("INPUT"), messyPolygons()},
       {QStringLiteral("INPUT_KEY"), QStringLiteral("code")},
       {QStringLiteral("TABLE"), table},
       {QStringLiteral("TABLE_KEY"), QStringLiteral("code")},
       {QStringLiteral("FIELDS"), QStringList{QStringLiteral("share"), QStringLiteral("count")}},
       {QStringLiteral("KEY_MATCHING"), 2}, // by index: cbs
       {QStringLiteral("OUTPUT"), output},
       {QStringLiteral("UNMATCHED"), unmatched}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 3);
  EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_WITHOUT_DATA")).toInt(), 1);
  EXPECT_EQ(run.results.value(QStringLiteral("ROWS_UNMATCHED")).toInt(), 2);
  EXPECT_EQ(run.results.value(QStringLiteral("VALUES_SET_NULL")).toInt(), 3); // x . -99999997

  auto layer = openLayer(output);
  ASSERT_TRUE(layer->isValid());
  EXPECT_EQ(layer->fields().field(QStringLiteral("share")).type(), QVariant::Double);
  EXPECT_EQ(layer->fields().lookupField(QStringLiteral("note")), -1) << "FIELDS limits the join";
  QList<QgsFeature> tilburg;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures(
      QgsFeatureRequest().setFilterExpression(QStringLiteral("code = 'GM0855'")));
  while (it.nextFeature(f))
    tilburg << f;
  ASSERT_EQ(tilburg.size(), 2);
  for (const QgsFeature &part : tilburg) {
    EXPECT_DOUBLE_EQ(part.attribute(QStringLiteral("share")).toDouble(), 12.5);
    EXPECT_TRUE(part.attribute(QStringLiteral("count")).isNull());
  }
  const QgsFeature breda = featureWhere(*layer, QStringLiteral("code = 'GM0758'"));
  EXPECT_DOUBLE_EQ(breda.attribute(QStringLiteral("share")).toDouble(), 1234.5);
  EXPECT_DOUBLE_EQ(breda.attribute(QStringLiteral("count")).toDouble(), 1234567.0);
  EXPECT_TRUE(featureWhere(*layer, QStringLiteral("code = 'GM0995'"))
                  .attribute(QStringLiteral("share"))
                  .isNull());

  auto rows = openLayer(unmatched);
  ASSERT_TRUE(rows->isValid());
  EXPECT_EQ(rows->featureCount(), 2);
  const QgsFeature eindhoven = featureWhere(*rows, QStringLiteral("\"row\" = 3"));
  EXPECT_EQ(eindhoven.attribute(QStringLiteral("reason")).toString(),
            QStringLiteral("no polygon has key 'GM0772'"));
}

TEST(JoinTable, DuplicateTableKeysFailNamingTheKeys) {
  QTemporaryDir dir;
  const QString table = writeFile(dir, QStringLiteral("dup.csv"),
                                  QStringLiteral("code,v\nGM0855,1\n855,2\nGM0758,3\n"));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:jointable"),
                   {{QStringLiteral("INPUT"), messyPolygons()},
                    {QStringLiteral("INPUT_KEY"), QStringLiteral("code")},
                    {QStringLiteral("TABLE"), table},
                    {QStringLiteral("TABLE_KEY"), QStringLiteral("code")},
                    {QStringLiteral("KEY_MATCHING"), QStringLiteral("cbs")},
                    {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("o.gpkg"))}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("'GM0855' (rows 1 2)"))) << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("o.gpkg")))) << "no half-written output";
}

TEST(JoinTable, BadParametersGiveSpecificMessages) {
  QTemporaryDir dir;
  const QString table =
      writeFile(dir, QStringLiteral("t.csv"), QStringLiteral("code,v\nGM0855,1\n"));
  QVariantMap parameters = {{QStringLiteral("INPUT"), messyPolygons()},
                            {QStringLiteral("INPUT_KEY"), QStringLiteral("code")},
                            {QStringLiteral("TABLE"), table},
                            {QStringLiteral("TABLE_KEY"), QStringLiteral("gemeente")},
                            {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("o.gpkg"))}};
  AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:jointable"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("field 'gemeente' does not exist")))
      << run.log.toStdString();

  parameters[QStringLiteral("TABLE_KEY")] = QStringLiteral("code");
  parameters[QStringLiteral("KEY_MATCHING")] = QStringLiteral("fuzzy");
  run = runAlgorithm(QStringLiteral("resilience:jointable"), parameters);
  EXPECT_FALSE(run.ok) << "an unknown option name is rejected before running";

  parameters[QStringLiteral("KEY_MATCHING")] = QStringLiteral("trimmed");
  parameters[QStringLiteral("INPUT")] =
      testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv"));
  parameters[QStringLiteral("INPUT_KEY")] = QStringLiteral("gemeentecode");
  run = runAlgorithm(QStringLiteral("resilience:jointable"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("must be a polygon layer"))) << run.log.toStdString();
}

// Issue 17 item 16 on the real municipalities: 90 codes have a land and a water part (sqlite on
// the GeoPackage: 90 codes with 2 features, 180 features; 394 distinct codes). A statistic on the
// joined layer warns that it counts those 180 features twice; DISSOLVE_SHARED_KEYS gives one
// multipolygon per code, 394 features, each municipality once.
TEST(JoinTable, SharedKeysAreReportedByStatisticsAndDissolvedOnRequest) {
  QTemporaryDir dir;
  const AlgorithmRun joined =
      runAlgorithm(QStringLiteral("resilience:jointable"),
                   municipalityJoin(dir.filePath(QStringLiteral("joined.gpkg")), QString()));
  ASSERT_TRUE(joined.ok) << joined.log.toStdString();
  const AlgorithmRun hotspots =
      runAlgorithm(QStringLiteral("resilience:hotspots"),
                   {{QStringLiteral("INPUT"), joined.results.value(QStringLiteral("OUTPUT"))},
                    {QStringLiteral("FIELD"), QStringLiteral("aantal_inwoners")},
                    {QStringLiteral("WEIGHTS"), QStringLiteral("knn")},
                    {QStringLiteral("K"), 6},
                    {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("hot.gpkg"))}});
  ASSERT_TRUE(hotspots.ok) << hotspots.log.toStdString();
  EXPECT_TRUE(hotspots.log.contains(
      QStringLiteral("180 features share their gemeentecode with another feature and hold the "
                     "same aantal_inwoners (90 key(s)")))
      << hotspots.log.toStdString();

  QVariantMap parameters =
      municipalityJoin(dir.filePath(QStringLiteral("dissolved.gpkg")), QString());
  parameters.insert(QStringLiteral("DISSOLVE_SHARED_KEYS"), true);
  const AlgorithmRun dissolved = runAlgorithm(QStringLiteral("resilience:jointable"), parameters);
  ASSERT_TRUE(dissolved.ok) << dissolved.log.toStdString();
  EXPECT_TRUE(dissolved.log.contains(QStringLiteral(
      "DISSOLVE_SHARED_KEYS: 180 polygons that share a key became 90 multipolygons")))
      << dissolved.log.toStdString();
  auto layer = openLayer(dissolved.results.value(QStringLiteral("OUTPUT")).toString());
  EXPECT_EQ(layer->featureCount(), 394);
  EXPECT_EQ(dissolved.results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 393);
}
