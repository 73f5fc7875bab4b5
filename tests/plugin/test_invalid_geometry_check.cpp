// Issue 12 item 1: under QGIS desktop's default Processing setting, "Stop algorithm execution
// when a geometry is invalid", every algorithm still runs on polygons that are invalid, because it
// repairs what it needs itself (layers/uncheckedsource.h). A check the user chose for one input
// (QgsProcessingFeatureSourceDefinition::FlagOverrideDefaultGeometryCheck) still applies.
#include "bad_input_support.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// Feature 6 (index 5) is a bow tie: its two triangles touch in one point, which GEOS reports as a
// self-intersection (QgsGeometry::isGeosValid is false), as for the 113 invalid municipalities of
// testdata/nl_gemeenten_2015.gpkg.
const QString kBowTie = QStringLiteral(
    "POLYGON((131000 396000,132000 397000,132000 396000,131000 397000,131000 396000))");

QVariant bowTieGeoPackage(const Scratch &scratch) {
  return geopackage(scratch.dir, QStringLiteral("bowtie.gpkg"), withGeometry(grid(), 5, kBowTie));
}

} // namespace

// Every algorithm the provider registers, so an algorithm added later is covered too.
TEST(InvalidGeometryCheck, EveryAlgorithmRunsOnInvalidPolygonsUnderDesktopDefault) {
  const QgsProcessingProvider *provider =
      QgsApplication::processingRegistry()->providerById(QStringLiteral("resilience"));
  ASSERT_NE(provider, nullptr);
  ASSERT_FALSE(provider->algorithms().isEmpty());
  for (const QgsProcessingAlgorithm *algorithm : provider->algorithms()) {
    SCOPED_TRACE(algorithm->id().toStdString());
    Case run{algorithm->name().toStdString(), algorithm->name(), bowTieGeoPackage, {}, true, {}};
    run.geometryCheck = QgsFeatureRequest::GeometryAbortOnInvalid;
    runCase(run);
  }
}

// The user's own choice for this input, in the dialog's wrench menu: stop at invalid features.
TEST(InvalidGeometryCheck, ACheckTheUserChoseForOneInputStillApplies) {
  const Case chosen{"hotspots",
                    QStringLiteral("hotspots"),
                    [](const Scratch &scratch) {
                      return QVariant::fromValue(QgsProcessingFeatureSourceDefinition(
                          bowTieGeoPackage(scratch).toString(), false, -1,
                          QgsProcessingFeatureSourceDefinition::FlagOverrideDefaultGeometryCheck,
                          QgsFeatureRequest::GeometryAbortOnInvalid));
                    },
                    {},
                    false,
                    {QStringLiteral("has invalid geometry")}};
  runCase(chosen);
}

// The bundled municipalities: 113 of 484 polygons are invalid; the join reads them all.
TEST(InvalidGeometryCheck, JoinsEveryMunicipalityOf2015UnderDesktopDefault) {
  QTemporaryDir dir;
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:jointable"),
                   municipalityJoin(dir.filePath(QStringLiteral("joined.gpkg"))),
                   QgsFeatureRequest::GeometryAbortOnInvalid);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  // README: 483 of 484 polygons matched (GM9999, a water area, belongs to no municipality).
  EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 483);
}
