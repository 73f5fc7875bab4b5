// Outputs written into a GeoPackage (layers/geopackagesink.h): QgsVectorFileWriter creates the
// layer and the features go straight into its table through SQLite, unless a field needs
// QgsVectorFileWriter's conversions (a date), which then writes them. Either way GDAL must read
// back the values the input held, written here by hand, and the feature ids of an integer "fid"
// field, which QGIS writes as the ids.
#include "qgis_test_environment.h"

#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace resilience::testing;

namespace {

// Four unit squares in a row, x = 0..4: fid 10, 20, 30, 40; a text with NULL, non-ASCII and
// empty values; an integer beyond 32 bits; a decimal with a NULL; with `withDate` a date field.
QString squares(bool withDate) {
  QString uri = QStringLiteral("Polygon?crs=EPSG:28992&field=fid:integer&field=code:string&"
                               "field=big:long&field=v:double");
  if (withDate)
    uri += QStringLiteral("&field=day:date");
  auto *layer = new QgsVectorLayer(uri, QStringLiteral("squares"), QStringLiteral("memory"));
  const QVariantList codes{QStringLiteral("BU01"), QVariant(QVariant::String),
                           QStringLiteral("Ubbergen \u00e9\u00e9n"), QString("")};
  const QVariantList values{1.5, 2.5, QVariant(QVariant::Double), 4.5};
  QgsFeatureList features;
  for (int i = 0; i < 4; ++i) {
    QgsFeature feature(layer->fields());
    feature.setGeometry(QgsGeometry::fromRect(QgsRectangle(i, 0, i + 1, 1)));
    QgsAttributes attributes;
    attributes << 10 * (i + 1) << codes[i] << 5000000000LL + i << values[i];
    if (withDate)
      attributes << QDate(2024, 1, 28 + i);
    feature.setAttributes(attributes);
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

// "fid | code | big | v [| day] | geometry" per feature as GDAL reads the layer.
std::vector<std::string> asGdalReadsIt(const QString &file, const QString &layerName) {
  std::vector<std::string> rows;
  GDALDatasetH dataset = GDALOpenEx(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                    nullptr, nullptr, nullptr);
  EXPECT_NE(dataset, nullptr) << file.toStdString();
  if (!dataset)
    return rows;
  OGRLayerH layer = GDALDatasetGetLayerByName(dataset, layerName.toUtf8().constData());
  EXPECT_NE(layer, nullptr);
  EXPECT_EQ(OGR_L_GetFeatureCount(layer, FALSE), 4) << "the count GDAL keeps for the layer";
  OGREnvelope extent;
  EXPECT_EQ(OGR_L_GetExtent(layer, &extent, FALSE), OGRERR_NONE);
  EXPECT_EQ(extent.MinX, 0.0);
  EXPECT_EQ(extent.MaxX, 4.0);
  EXPECT_EQ(extent.MaxY, 1.0);
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
  while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
    std::string row = std::to_string(OGR_F_GetFID(feature));
    for (const char *name : {"code", "big", "v", "day"}) {
      const int index = OGR_FD_GetFieldIndex(definition, name);
      if (index < 0)
        continue;
      row += std::string(" | ") + (OGR_F_IsFieldSetAndNotNull(feature, index)
                                       ? OGR_F_GetFieldAsString(feature, index)
                                       : "NULL");
    }
    char *wkt = nullptr;
    OGR_G_ExportToIsoWkt(OGR_F_GetGeometryRef(feature), &wkt);
    row += std::string(" | ") + wkt;
    CPLFree(wkt);
    rows.push_back(row);
    OGR_F_Destroy(feature);
  }
  GDALClose(dataset);
  return rows;
}

AlgorithmRun hotspotsInto(const QString &input, const QString &output) {
  return runAlgorithm(QStringLiteral("resilience:hotspots"),
                      {{QStringLiteral("INPUT"), input},
                       {QStringLiteral("FIELD"), QStringLiteral("v")},
                       {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
                       {QStringLiteral("OUTPUT"), output}});
}

} // namespace

TEST(GeoPackageOutputs, HoldTheInputsValuesAndIdsWrittenStraightOrByQgis) {
  for (const bool withDate : {false, true}) {
    SCOPED_TRACE(withDate ? "with a date field (QgsVectorFileWriter)" : "written straight");
    QTemporaryDir dir;
    const QString input = squares(withDate);
    const auto day = [&](int d) {
      return withDate ? " | 2024/01/" + std::to_string(d) : std::string();
    };
    // The geometries made multi, as every output of a polygon layer.
    const std::vector<std::string> expected{
        "10 | BU01 | 5000000000 | 1.5" + day(28) + " | MULTIPOLYGON (((0 0,1 0,1 1,0 1,0 0)))",
        "20 | NULL | 5000000001 | 2.5" + day(29) + " | MULTIPOLYGON (((1 0,2 0,2 1,1 1,1 0)))",
        "30 | Ubbergen \xc3\xa9\xc3\xa9n | 5000000002 | NULL" + day(30) +
            " | MULTIPOLYGON (((2 0,3 0,3 1,2 1,2 0)))",
        "40 |  | 5000000003 | 4.5" + day(31) + " | MULTIPOLYGON (((3 0,4 0,4 1,3 1,3 0)))"};

    const QString plain = dir.filePath(QStringLiteral("plain.gpkg"));
    const AlgorithmRun toFile = hotspotsInto(input, plain);
    ASSERT_TRUE(toFile.ok) << toFile.log.toStdString();
    EXPECT_EQ(asGdalReadsIt(plain, QStringLiteral("plain")), expected);

    const QString named = dir.filePath(QStringLiteral("named.gpkg"));
    const AlgorithmRun toLayer =
        hotspotsInto(input, QStringLiteral("ogr:dbname='%1' table=\"scores\" (geom)").arg(named));
    ASSERT_TRUE(toLayer.ok) << toLayer.log.toStdString();
    EXPECT_EQ(asGdalReadsIt(named, QStringLiteral("scores")), expected);
  }
}
