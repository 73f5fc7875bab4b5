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

#include <QTemporaryDir>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

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

// What OGR finds in the polygons of the GeoPackage at `path`, read with OGR's C API (not through
// the plugin): rings of one to three points, the features holding them, the sum of the polygons'
// areas, and the GDAL errors a drawing of the south-west quarter of the layer meets (OGR tests
// every feature the extent cuts with GEOS, which refuses those rings).
struct OgrRings {
  int degenerate = 0;
  int features = 0;
  double area = 0.0;
  int errorsDrawingAQuarter = 0;
};

void CPL_STDCALL countError(CPLErr level, CPLErrorNum, const char *) {
  if (level >= CE_Failure)
    ++*static_cast<int *>(CPLGetErrorHandlerUserData());
}

int degenerateRingsIn(OGRGeometryH polygon) {
  int count = 0;
  for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r) {
    const int points = OGR_G_GetPointCount(OGR_G_GetGeometryRef(polygon, r));
    count += points > 0 && points < 4;
  }
  return count;
}

OgrRings ogrRings(const QString &path) {
  OgrRings found;
  GDALDatasetH dataset =
      GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  EXPECT_NE(dataset, nullptr) << path.toStdString();
  if (!dataset)
    return found;
  OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
  OGRFeatureH feature;
  while ((feature = OGR_L_GetNextFeature(layer)) != nullptr) {
    OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
    int rings = 0;
    if (geometry && wkbFlatten(OGR_G_GetGeometryType(geometry)) == wkbPolygon)
      rings = degenerateRingsIn(geometry);
    else if (geometry)
      for (int p = 0; p < OGR_G_GetGeometryCount(geometry); ++p)
        rings += degenerateRingsIn(OGR_G_GetGeometryRef(geometry, p));
    found.degenerate += rings;
    found.features += rings > 0;
    if (geometry)
      found.area += OGR_G_Area(geometry); // OGR's own ring sums: no GEOS involved
    OGR_F_Destroy(feature);
  }
  OGREnvelope extent;
  OGR_L_GetExtent(layer, &extent, TRUE);
  OGR_L_SetSpatialFilterRect(layer, extent.MinX, extent.MinY, (extent.MinX + extent.MaxX) / 2,
                             (extent.MinY + extent.MaxY) / 2);
  CPLPushErrorHandlerEx(countError, &found.errorsDrawingAQuarter);
  OGR_L_ResetReading(layer);
  while ((feature = OGR_L_GetNextFeature(layer)) != nullptr)
    OGR_F_Destroy(feature);
  CPLPopErrorHandler();
  GDALClose(dataset);
  return found;
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

// Issue 12 item 7: the municipalities' rings of fewer than four points (slivers that enclose no
// area) are not written to an output, so QGIS drawing it never hands them to GEOS; the run says
// how many went. The counts come from OGR reading the bundled file, not from the plugin.
TEST(InvalidGeometryCheck, OutputsHoldNoRingGeosRefuses) {
  const OgrRings input = ogrRings(testdata(QStringLiteral("nl_gemeenten_2015.gpkg")));
  ASSERT_GT(input.degenerate, 0);
  EXPECT_GT(input.errorsDrawingAQuarter, 0); // what the output must no longer cause
  QTemporaryDir dir;
  const QString joined = dir.filePath(QStringLiteral("joined.gpkg"));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:jointable"), municipalityJoin(joined),
                   QgsFeatureRequest::GeometryAbortOnInvalid);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(
      QStringLiteral("%1 ring(s) of fewer than four points were dropped from %2 feature(s)")
          .arg(input.degenerate)
          .arg(input.features)))
      << run.log.toStdString();
  const OgrRings output = ogrRings(joined);
  EXPECT_EQ(output.degenerate, 0);
  EXPECT_EQ(output.errorsDrawingAQuarter, 0);
  EXPECT_NEAR(output.area, input.area, 1e-6 * input.area); // they had no area to lose
}
