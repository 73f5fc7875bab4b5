// The join and the hotspot algorithm on a real PostgreSQL/PostGIS server: inputs are read from
// PostGIS tables (QGIS "postgres://" layer sources), results are written back to PostGIS through a
// "postgis:" processing destination, and the rows are read back from the database.
//
// The server is found through PGHOST/PGPORT/PGUSER/PGPASSWORD (defaults 127.0.0.1, 5432,
// resilience, resilience; scripts/ci_postgis.sh starts one and creates that role). The test
// creates a scratch database of its own, loads the test data into it with QGIS's exporter, and
// drops it at the end. Without a reachable server the tests are skipped, not failed.
#include "../core/reference_csv.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsdatasourceuri.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingutils.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayerexporter.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace resilience::testing;

namespace {

QString environment(const char *name, const char *fallback) {
  const QString value = qEnvironmentVariable(name);
  return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

QgsDataSourceUri serverUri(const QString &database,
                           QgsDataSourceUri::SslMode sslMode = QgsDataSourceUri::SslPrefer) {
  QgsDataSourceUri uri;
  uri.setConnection(environment("PGHOST", "127.0.0.1"), environment("PGPORT", "5432"), database,
                    environment("PGUSER", "resilience"), environment("PGPASSWORD", "resilience"),
                    sslMode);
  return uri;
}

// The test's own SQL session. QGIS shares one session per connection string and remembers
// whether PostGIS was there when it first connected; a session opened before CREATE EXTENSION
// keeps using pre-PostGIS-2 function names (asbinary) and reads no features. sslmode=disable
// makes this connection string differ from the layers', so the layers get fresh sessions.
std::unique_ptr<QgsAbstractDatabaseProviderConnection> connect(const QString &database) {
  QgsProviderMetadata *postgres =
      QgsProviderRegistry::instance()->providerMetadata(QStringLiteral("postgres"));
  if (!postgres)
    return nullptr;
  std::unique_ptr<QgsAbstractProviderConnection> connection(postgres->createConnection(
      serverUri(database, QgsDataSourceUri::SslDisable).uri(false), QVariantMap()));
  return std::unique_ptr<QgsAbstractDatabaseProviderConnection>(
      dynamic_cast<QgsAbstractDatabaseProviderConnection *>(connection.release()));
}

QVariant scalar(const QgsAbstractDatabaseProviderConnection &connection, const QString &sql) {
  const QList<QList<QVariant>> rows = connection.executeSql(sql);
  return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
}

// A table's source as QGIS layers and processing name it.
QString tableUri(const QString &database, const QString &table, bool withGeometry) {
  QgsDataSourceUri uri = serverUri(database);
  uri.setDataSource(QStringLiteral("public"), table,
                    withGeometry ? QStringLiteral("geom") : QString());
  return uri.uri(false);
}

// Everything in the database the test may look at: its tables and, per table, a digest of all
// rows in a fixed order, so "unchanged" covers every value and geometry, not just a count.
QString tableDigest(const QgsAbstractDatabaseProviderConnection &connection, const QString &table) {
  return scalar(connection, QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, "
                                           "E'\\n' ORDER BY t::text)) FROM public.%1 t")
                                .arg(table))
      .toString();
}

// Tables, indexes and sequences whose names hold "partial": what a staged output would leave.
QString partialRelations(const QgsAbstractDatabaseProviderConnection &connection) {
  return scalar(connection, QStringLiteral("SELECT string_agg(relname, ',') FROM pg_class "
                                           "WHERE relname LIKE '%partial%'"))
      .toString();
}

QString publicTables(const QgsAbstractDatabaseProviderConnection &connection) {
  return scalar(connection, QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) "
                                           "FROM information_schema.tables "
                                           "WHERE table_schema = 'public' AND "
                                           "table_type = 'BASE TABLE'"))
      .toString();
}

// One scratch database per test run, named after the process so parallel ctest runs never meet.
class PostGis : public ::testing::Test {
protected:
  void SetUp() override {
    maintenance_ = connect(QStringLiteral("postgres"));
    try {
      if (!maintenance_ || scalar(*maintenance_, QStringLiteral("SELECT 1")).toInt() != 1)
        maintenance_.reset();
    } catch (const QgsProviderConnectionException &) {
      maintenance_.reset();
    }
    if (!maintenance_)
      GTEST_SKIP() << "No PostgreSQL server reachable at "
                   << serverUri("postgres").host().toStdString() << ":"
                   << serverUri("postgres").port().toStdString() << " as "
                   << serverUri("postgres").username().toStdString()
                   << " (set PGHOST/PGPORT/PGUSER/PGPASSWORD, or run scripts/ci_postgis.sh)";
    database_ = QStringLiteral("resilience_test_%1").arg(QCoreApplication::applicationPid());
    maintenance_->executeSql(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database_));
    maintenance_->executeSql(QStringLiteral("CREATE DATABASE %1").arg(database_));
    database = connect(database_);
    ASSERT_TRUE(database);
    database->executeSql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"));
  }

  void TearDown() override {
    if (!maintenance_)
      return;
    database.reset();
    maintenance_->executeSql(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database_));
  }

  // Copies a layer into the scratch database with QGIS's own exporter (as DB Manager does).
  // PostGIS refuses rings of fewer than four points, which the CBS water area GM9999 in
  // nl_gemeenten_2015.gpkg has; `repair` passes geometries through makeValid() first and stores
  // NULL where no polygon is left (GM9999 collapses to points).
  void load(const QString &source, const QString &table, bool withGeometry, bool repair = false) {
    QgsVectorLayer file(source, table, QStringLiteral("ogr"));
    ASSERT_TRUE(file.isValid()) << source.toStdString();
    std::unique_ptr<QgsVectorLayer> repaired;
    if (repair) {
      repaired.reset(file.materialize(QgsFeatureRequest()));
      repaired->startEditing();
      QgsFeature feature;
      QgsFeatureIterator it = repaired->getFeatures();
      while (it.nextFeature(feature)) {
        QgsGeometry valid = feature.geometry().makeValid();
        if (valid.type() != QgsWkbTypes::PolygonGeometry)
          valid = QgsGeometry(); // nothing of the area is left: store NULL
        repaired->changeGeometry(feature.id(), valid);
      }
      ASSERT_TRUE(repaired->commitChanges());
    }
    QgsVectorLayer &layer = repaired ? *repaired : file;
    QString error;
    const Qgis::VectorExportResult result =
        QgsVectorLayerExporter::exportLayer(&layer, tableUri(database_, table, withGeometry),
                                            QStringLiteral("postgres"), layer.crs(), false, &error);
    ASSERT_EQ(result, Qgis::VectorExportResult::Success) << error.toStdString();
    ASSERT_EQ(
        scalar(*database, QStringLiteral("SELECT count(*) FROM public.%1").arg(table)).toLongLong(),
        layer.featureCount());
  }

  QString layerSource(const QString &table, bool withGeometry = true) const {
    return QgsProcessingUtils::encodeProviderKeyAndUri(QStringLiteral("postgres"),
                                                       tableUri(database_, table, withGeometry));
  }
  // resilience:smooth writing to `output` rows PostgreSQL refuses: squares whose code field is
  // declared three characters wide but holds "toolong0", "toolong1", ... (a GeoPackage keeps
  // what it is given; the exporter creates varchar(3)).
  AlgorithmRun refusedRows(const QString &output) const {
    const QString squares = scratch.filePath(QStringLiteral("too_long_codes.gpkg"));
    GDALDatasetH dataset = GDALCreate(GDALGetDriverByName("GPKG"), squares.toUtf8().constData(), 0,
                                      0, 0, GDT_Unknown, nullptr);
    OGRSpatialReferenceH crs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(crs, 28992);
    OGRLayerH layer = GDALDatasetCreateLayer(dataset, "squares", crs, wkbPolygon, nullptr);
    OSRDestroySpatialReference(crs);
    OGRFieldDefnH code = OGR_Fld_Create("code", OFTString);
    OGR_Fld_SetWidth(code, 3);
    OGR_L_CreateField(layer, code, TRUE);
    OGR_Fld_Destroy(code);
    OGRFieldDefnH value = OGR_Fld_Create("a", OFTReal);
    OGR_L_CreateField(layer, value, TRUE);
    OGR_Fld_Destroy(value);
    CPLPushErrorHandler(CPLQuietErrorHandler); // "Value of field 'code' has 8 characters..."
    for (int i = 0; i < 4; ++i) {
      OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
      OGR_F_SetFieldString(feature, 0, QStringLiteral("toolong%1").arg(i).toUtf8().constData());
      OGR_F_SetFieldDouble(feature, 1, i + 1);
      OGRGeometryH square = nullptr;
      QByteArray wkt =
          QStringLiteral("POLYGON((%1 0,%2 0,%2 1,%1 1,%1 0))").arg(i).arg(i + 1).toLatin1();
      char *text = wkt.data();
      OGR_G_CreateFromWkt(&text, nullptr, &square);
      OGR_F_SetGeometryDirectly(feature, square);
      EXPECT_EQ(OGR_L_CreateFeature(layer, feature), OGRERR_NONE);
      OGR_F_Destroy(feature);
    }
    CPLPopErrorHandler();
    GDALClose(dataset);
    return runAlgorithm(QStringLiteral("resilience:smooth"),
                        {{QStringLiteral("INPUT"), squares},
                         {QStringLiteral("FIELD"), QStringLiteral("a")},
                         {QStringLiteral("OUTPUT"), output}});
  }

  QString destination(const QString &table) const {
    return QStringLiteral("postgis:") + tableUri(database_, table, true);
  }
  // resilience:hotspots on the loaded columbus table (crime, queen contiguity of shared points
  // only), written to the table `output`.
  QVariantMap columbusHotspots(const QString &output) const {
    return {{QStringLiteral("INPUT"), layerSource(QStringLiteral("columbus"))},
            {QStringLiteral("FIELD"), QStringLiteral("crime")},
            {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
            {QStringLiteral("TOLERANCE"), 0.0},
            {QStringLiteral("OUTPUT"), destination(output)}};
  }
  std::unique_ptr<QgsVectorLayer> openTable(const QString &table) const {
    return std::make_unique<QgsVectorLayer>(tableUri(database_, table, true), table,
                                            QStringLiteral("postgres"));
  }

  std::unique_ptr<QgsAbstractDatabaseProviderConnection> database;
  QTemporaryDir scratch;

private:
  std::unique_ptr<QgsAbstractDatabaseProviderConnection> maintenance_;
  QString database_;
};

} // namespace

TEST_F(PostGis, JoinReadsPolygonsAndTableFromPostgisAndWritesThere) {
  load(testdata(QStringLiteral("nl_gemeenten_2015.gpkg|layername=gemeenten")),
       QStringLiteral("gemeenten"), true, true);
  load(testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv")), QStringLiteral("kerncijfers"),
       false);
  const QString tablesBefore = publicTables(*database);
  const QString polygonsBefore = tableDigest(*database, QStringLiteral("gemeenten"));
  const QString rowsBefore = tableDigest(*database, QStringLiteral("kerncijfers"));

  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:jointable"),
                   {{QStringLiteral("INPUT"), layerSource(QStringLiteral("gemeenten"))},
                    {QStringLiteral("INPUT_KEY"), QStringLiteral("gemeentecode")},
                    {QStringLiteral("TABLE"), layerSource(QStringLiteral("kerncijfers"), false)},
                    {QStringLiteral("TABLE_KEY"), QStringLiteral("gemeentecode")},
                    {QStringLiteral("KEY_MATCHING"), QStringLiteral("cbs")},
                    {QStringLiteral("OUTPUT"), destination(QStringLiteral("gemeenten_joined"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();

  // The same counts as from the GeoPackage (test_jointable.cpp, counted with ogrinfo/sqlite): 484
  // polygons, 483 with a table row, GM9999 (water, no municipality) without one.
  EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 483);
  EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_WITHOUT_DATA")).toInt(), 1);
  EXPECT_EQ(run.results.value(QStringLiteral("ROWS_UNMATCHED")).toInt(), 0);
  EXPECT_EQ(
      scalar(*database, QStringLiteral("SELECT count(*) FROM public.gemeenten_joined")).toInt(),
      484)
      << run.log.toStdString();
  auto joined = openTable(QStringLiteral("gemeenten_joined"));
  ASSERT_TRUE(joined->isValid());
  // Appingedam's CSV row: 12011 inhabitants, household size 2,1.
  const QgsFeature appingedam = featureWhere(*joined, QStringLiteral("gemeentecode = 'GM0003'"));
  EXPECT_EQ(appingedam.attribute(QStringLiteral("aantal_inwoners")).toLongLong(), 12011);
  EXPECT_DOUBLE_EQ(appingedam.attribute(QStringLiteral("gemiddelde_huishoudsgrootte")).toDouble(),
                   2.1);
  EXPECT_FALSE(appingedam.geometry().isEmpty());

  // Nothing but the named output was added; the inputs are byte-for-byte what was loaded.
  QStringList tablesExpected = tablesBefore.split(QLatin1Char(','));
  tablesExpected << QStringLiteral("gemeenten_joined");
  tablesExpected.sort();
  EXPECT_EQ(publicTables(*database), tablesExpected.join(QLatin1Char(',')));
  EXPECT_EQ(tableDigest(*database, QStringLiteral("gemeenten")), polygonsBefore);
  EXPECT_EQ(tableDigest(*database, QStringLiteral("kerncijfers")), rowsBefore);
}

TEST_F(PostGis, HotspotsFromPostgisMatchSpdepLocalG) {
  load(testdata(QStringLiteral("columbus.shp")), QStringLiteral("columbus"), true);
  const QString inputBefore = tableDigest(*database, QStringLiteral("columbus"));

  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:hotspots"),
                                        columbusHotspots(QStringLiteral("columbus_hotspots")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("236 links"))) << run.log.toStdString();

  // spdep localG on the columbus queen neighbours (testdata/spdep/reference.R), row i = POLYID i.
  // QGIS's exporter lowercases field names in PostGIS (POLYID -> polyid, CRIME -> crime).
  const ReferenceCsv reference("spdep/columbus_localG_queen.csv");
  const std::vector<double> expected = reference.column("Gistar_z_W");
  const QList<QList<QVariant>> rows = database->executeSql(QStringLiteral(
      "SELECT polyid, gi_z, gi_class FROM public.columbus_hotspots ORDER BY polyid"));
  ASSERT_EQ(static_cast<std::size_t>(rows.size()), expected.size());
  for (int i = 0; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i][0].toInt(), i + 1);
    EXPECT_NEAR(rows[i][1].toDouble(), expected[i], 1e-9 * std::max(1.0, std::fabs(expected[i])))
        << "POLYID " << i + 1;
    EXPECT_FALSE(rows[i][2].toString().isEmpty()) << "POLYID " << i + 1;
  }
  EXPECT_EQ(tableDigest(*database, QStringLiteral("columbus")), inputBefore);
}

// A row PostGIS refuses (issue 17, item 4): a code longer than its field's declared width (the
// exporter creates varchar(3), and PostgreSQL refuses "toolong0"). QGIS's PostGIS sink inserts
// buffered rows when it is flushed, and a refusal used to be dropped: the run "succeeded" with an
// empty table. The run fails, naming the output.
TEST_F(PostGis, ARefusedRowFailsTheRun) {
  const QString tablesBefore = publicTables(*database);
  const AlgorithmRun run = refusedRows(destination(QStringLiteral("refused")));
  EXPECT_FALSE(run.ok) << "a refused insert was reported as success:\n" << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("OUTPUT"))) << run.log.toStdString();
  // The rows went to a staging table, dropped with the failure: the run leaves no table (it used
  // to leave "refused", created before the refusal).
  EXPECT_EQ(publicTables(*database), tablesBefore);
  EXPECT_EQ(partialRelations(*database), QString());
}

// An existing table named as OUTPUT stays as it was when the run fails (a refused row) or is
// canceled after every row was written: the rows go to a staging table that replaces the target
// only when the run succeeded (as an existing file stays until a run writing it succeeds).
TEST_F(PostGis, AFailedOrCanceledRunLeavesAnExistingTableAsItWas) {
  load(testdata(QStringLiteral("columbus.shp")), QStringLiteral("columbus"), true);
  load(testdata(QStringLiteral("columbus.shp")), QStringLiteral("existing"), true);
  const QString tablesBefore = publicTables(*database);
  const QString existingBefore = tableDigest(*database, QStringLiteral("existing"));

  const AlgorithmRun refused = refusedRows(destination(QStringLiteral("existing")));
  EXPECT_FALSE(refused.ok) << refused.log.toStdString();
  EXPECT_EQ(tableDigest(*database, QStringLiteral("existing")), existingBefore);
  EXPECT_EQ(publicTables(*database), tablesBefore);
  EXPECT_EQ(partialRelations(*database), QString());

  // Cancel once progress reaches 100 %: every row is written by then.
  RecordingFeedback feedback;
  QObject::connect(&feedback, &QgsFeedback::progressChanged, [&feedback](double progress) {
    if (progress >= 99.999 && !feedback.isCanceled())
      feedback.cancel();
  });
  const AlgorithmRun canceled = runAlgorithm(QStringLiteral("resilience:hotspots"),
                                             columbusHotspots(QStringLiteral("existing")),
                                             QgsFeatureRequest::GeometryNoCheck, &feedback);
  EXPECT_FALSE(canceled.ok);
  EXPECT_TRUE(canceled.log.contains(QStringLiteral("Canceled by the user")))
      << canceled.log.toStdString();
  EXPECT_EQ(tableDigest(*database, QStringLiteral("existing")), existingBefore);
  EXPECT_EQ(publicTables(*database), tablesBefore);
  EXPECT_EQ(partialRelations(*database), QString());
}

// A run that succeeds replaces an existing table of OUTPUT's name, in one transaction, with its
// indexes named after the table; the result is the table QGIS reads back.
TEST_F(PostGis, ASucceedingRunReplacesAnExistingTable) {
  load(testdata(QStringLiteral("columbus.shp")), QStringLiteral("columbus"), true);
  load(testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv")),
       QStringLiteral("columbus_hotspots"), false);
  const QString tablesBefore = publicTables(*database);

  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:hotspots"),
                                        columbusHotspots(QStringLiteral("columbus_hotspots")));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(publicTables(*database), tablesBefore);
  EXPECT_EQ(partialRelations(*database), QString());
  // 49 Columbus neighbourhoods (not the 484 key-figure rows), POLYID 1's Gi* z from spdep localG.
  const ReferenceCsv reference("spdep/columbus_localG_queen.csv");
  EXPECT_EQ(
      scalar(*database, QStringLiteral("SELECT count(*) FROM public.columbus_hotspots")).toInt(),
      49);
  EXPECT_NEAR(scalar(*database,
                     QStringLiteral("SELECT gi_z FROM public.columbus_hotspots WHERE polyid = 1"))
                  .toDouble(),
              reference.column("Gistar_z_W")[0], 1e-9);
  auto written = openTable(QStringLiteral("columbus_hotspots"));
  ASSERT_TRUE(written->isValid());
  EXPECT_EQ(written->featureCount(), 49);
}

// OUTPUT naming the INPUT table is refused before anything runs (as a file would be).
TEST_F(PostGis, AnOutputTableThatIsTheInputIsRefused) {
  load(testdata(QStringLiteral("columbus.shp")), QStringLiteral("columbus"), true);
  const QString before = tableDigest(*database, QStringLiteral("columbus"));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:hotspots"),
                   {{QStringLiteral("INPUT"), layerSource(QStringLiteral("columbus"))},
                    {QStringLiteral("FIELD"), QStringLiteral("crime")},
                    {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
                    {QStringLiteral("OUTPUT"), destination(QStringLiteral("columbus"))}});
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("OUTPUT would overwrite the input INPUT")))
      << run.log.toStdString();
  EXPECT_EQ(tableDigest(*database, QStringLiteral("columbus")), before);
}
