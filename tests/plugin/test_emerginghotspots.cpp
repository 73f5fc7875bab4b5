// resilience:emerginghotspots through the processing registry: per-period Gi* in the cube equal
// to spdep localG on Columbus, a constructed lattice cube whose middle cell intensifies (with
// FIELDS and with a long TABLE, same answer), the risk names, and refused inputs. The category
// rules themselves are tested in tests/core/statistics/test_emerging_hotspots.cpp.
#include "../core/reference_csv.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace resilience::testing;

namespace {

const QString kAlgorithm = QStringLiteral("resilience:emerginghotspots");

// A 9 x 9 grid of unit squares, cell id "c<row><col>", ten periods p0..p9: the background repeats
// 0..10 irregularly, the middle cell and its 8 queen neighbours hold 25 + 3 t (a hot spot that
// grows every period).
QString latticeLayer() {
  QString uri = QStringLiteral("Polygon?crs=EPSG:28992&field=cell:string");
  for (int t = 0; t < 10; ++t)
    uri += QStringLiteral("&field=p%1:double").arg(t);
  auto *layer = new QgsVectorLayer(uri, QStringLiteral("lattice"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (int r = 0; r < 9; ++r)
    for (int c = 0; c < 9; ++c) {
      const int i = r * 9 + c;
      const bool block = r >= 3 && r <= 5 && c >= 3 && c <= 5;
      QgsFeature f(layer->fields());
      QgsAttributes attributes;
      attributes << QStringLiteral("c%1%2").arg(r).arg(c);
      for (int t = 0; t < 10; ++t)
        attributes << (block ? 25.0 + 3 * t : static_cast<double>((i * 37) % 11));
      f.setAttributes(attributes);
      f.setGeometry(
          QgsGeometry::fromWkt(QStringLiteral("POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                                   .arg(c)
                                   .arg(r)
                                   .arg(c + 1)
                                   .arg(r + 1)));
      features << f;
    }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

// The same values as a long table: cell, year (2014 + t), value; rows in scrambled order.
QString latticeTable(const QString &latticeId) {
  auto *lattice = qobject_cast<QgsVectorLayer *>(QgsProject::instance()->mapLayer(latticeId));
  auto *table = new QgsVectorLayer(
      QStringLiteral("None?field=cell:string&field=year:integer&field=value:double"),
      QStringLiteral("long"), QStringLiteral("memory"));
  QgsFeatureList rows;
  for (int t = 9; t >= 0; --t) {
    QgsFeatureIterator it = lattice->getFeatures();
    QgsFeature f;
    while (it.nextFeature(f)) {
      QgsFeature row(table->fields());
      row.setAttributes(QgsAttributes() << f.attribute(QStringLiteral("cell")) << 2014 + t
                                        << f.attribute(QStringLiteral("p%1").arg(t)));
      rows << row;
    }
  }
  table->dataProvider()->addFeatures(rows);
  QgsProject::instance()->addMapLayer(table);
  return table->id();
}

QStringList periodFields() {
  QStringList fields;
  for (int t = 0; t < 10; ++t)
    fields << QStringLiteral("p%1").arg(t);
  return fields;
}

} // namespace

// TIME_NEIGHBOURS = 0: each period's gi_z in the cube is spdep localG's Gi* z on Columbus CRIME
// with binary queen weights (the second period is 2 CRIME + 5, whose Gi* z is the same).
TEST(EmergingHotspots, CubeHoldsSpdepLocalGPerPeriod) {
  const QString columbus =
      withExpressionField(QStringLiteral("columbus.shp"), QStringLiteral("crime2"),
                          QStringLiteral("2 * \"CRIME\" + 5"));
  QTemporaryDir dir;
  const QString cubePath = dir.filePath(QStringLiteral("cube.csv"));
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm, {{QStringLiteral("INPUT"), columbus},
                   {QStringLiteral("FIELDS"), QStringList{"CRIME", "crime2"}},
                   {QStringLiteral("TIME_NEIGHBOURS"), 0},
                   {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
                   {QStringLiteral("TOLERANCE"), 0},
                   {QStringLiteral("ID_FIELD"), QStringLiteral("POLYID")},
                   {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("ehs.gpkg"))},
                   {QStringLiteral("OUTPUT_CUBE"), cubePath}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const ReferenceCsv reference("spdep/columbus_localG_queen.csv");
  std::map<QString, double> expected;
  for (std::size_t r = 0; r < reference.rows(); ++r)
    expected[QString::fromStdString(reference.text(r, "POLYID"))] =
        reference.number(r, "Gistar_z_B");
  auto cube = openLayer(run.results.value(QStringLiteral("OUTPUT_CUBE")).toString());
  ASSERT_TRUE(cube->isValid());
  EXPECT_EQ(cube->featureCount(), 98);
  for (const char *field : {"POLYID", "period", "period_name", "value", "gi_z", "gi_p", "gi_bin"})
    EXPECT_GE(cube->fields().lookupField(QString::fromLatin1(field)), 0) << field;
  QgsFeatureIterator it = cube->getFeatures();
  QgsFeature row;
  int checked = 0;
  while (it.nextFeature(row)) {
    const QString id = row.attribute(QStringLiteral("POLYID")).toString();
    const double z = row.attribute(QStringLiteral("gi_z")).toDouble();
    EXPECT_NEAR(z, expected.at(id), 1e-9 * std::max(1.0, std::fabs(z))) << id.toStdString();
    ++checked;
  }
  EXPECT_EQ(checked, 98);
}

// The middle cell's block grows every period: a hot spot in all ten periods with a significant
// upward trend of z, so an intensifying hot spot (n_hot 10). With RISK=high it is an
// intensifying risk spot; with RISK=low (the values are a resilience score) a low-risk one. The
// long table gives the same output.
TEST(EmergingHotspots, IntensifyingLatticeFromFieldsAndFromATable) {
  const QString lattice = latticeLayer();
  QTemporaryDir dir;
  const auto run = [&](QVariantMap p, const QString &name) {
    p.insert(QStringLiteral("INPUT"), lattice);
    p.insert(QStringLiteral("WEIGHTS"), QStringLiteral("queen"));
    p.insert(QStringLiteral("OUTPUT"), dir.filePath(name));
    return runAlgorithm(kAlgorithm, p);
  };
  const AlgorithmRun fields = run({{QStringLiteral("FIELDS"), periodFields()},
                                   {QStringLiteral("RISK"), QStringLiteral("high")}},
                                  QStringLiteral("fields.gpkg"));
  ASSERT_TRUE(fields.ok) << fields.log.toStdString();
  auto out = openLayer(fields.results.value(QStringLiteral("OUTPUT")).toString());
  const QgsFeature middle = featureWhere(*out, QStringLiteral("\"cell\" = 'c44'"));
  ASSERT_TRUE(middle.isValid());
  EXPECT_EQ(middle.attribute(QStringLiteral("ehs_category")).toString(),
            QStringLiteral("Intensifying Hot Spot"));
  EXPECT_EQ(middle.attribute(QStringLiteral("ehs_risk_category")).toString(),
            QStringLiteral("Intensifying Risk Spot"));
  EXPECT_EQ(middle.attribute(QStringLiteral("n_hot")).toInt(), 10);
  EXPECT_EQ(middle.attribute(QStringLiteral("n_cold")).toInt(), 0);
  EXPECT_GT(middle.attribute(QStringLiteral("mk_z")).toDouble(), 0);
  EXPECT_LT(middle.attribute(QStringLiteral("mk_p")).toDouble(), 0.10);

  const QString table = latticeTable(lattice);
  const AlgorithmRun fromTable = run({{QStringLiteral("TABLE"), table},
                                      {QStringLiteral("TABLE_KEY"), QStringLiteral("cell")},
                                      {QStringLiteral("TIME_FIELD"), QStringLiteral("year")},
                                      {QStringLiteral("VALUE_FIELD"), QStringLiteral("value")},
                                      {QStringLiteral("ID_FIELD"), QStringLiteral("cell")}},
                                     QStringLiteral("table.gpkg"));
  ASSERT_TRUE(fromTable.ok) << fromTable.log.toStdString();
  EXPECT_TRUE(fromTable.log.contains(QStringLiteral("TABLE: 10 periods (2014, 2015")))
      << fromTable.log.toStdString();
  const QString a = fields.results.value(QStringLiteral("OUTPUT")).toString();
  const QString b = fromTable.results.value(QStringLiteral("OUTPUT")).toString();
  for (const QString &field : {QStringLiteral("ehs_category"), QStringLiteral("mk_z"),
                               QStringLiteral("n_hot"), QStringLiteral("n_cold")})
    EXPECT_EQ(column(a, field), column(b, field)) << field.toStdString();
  const AlgorithmRun low = run(
      {{QStringLiteral("FIELDS"), periodFields()}, {QStringLiteral("RISK"), QStringLiteral("low")}},
      QStringLiteral("low.gpkg"));
  ASSERT_TRUE(low.ok) << low.log.toStdString();
  auto lowOut = openLayer(low.results.value(QStringLiteral("OUTPUT")).toString());
  EXPECT_EQ(featureWhere(*lowOut, QStringLiteral("\"cell\" = 'c44'"))
                .attribute(QStringLiteral("ehs_risk_category"))
                .toString(),
            QStringLiteral("Intensifying Low-Risk Spot"));
}

TEST(EmergingHotspots, RefusedInputsNameTheParameter) {
  const QString lattice = latticeLayer();
  QTemporaryDir dir;
  const auto failure = [&](const QVariantMap &extra) {
    QVariantMap p = extra;
    p.insert(QStringLiteral("INPUT"), lattice);
    p.insert(QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("bad.gpkg")));
    const AlgorithmRun run = runAlgorithm(kAlgorithm, p);
    EXPECT_FALSE(run.ok);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("bad.gpkg"))));
    return run.log;
  };
  EXPECT_TRUE(
      failure({{QStringLiteral("FIELDS"), QStringList{"p0"}}})
          .contains(QStringLiteral("FIELDS: a change over time needs at least two periods")));
  EXPECT_TRUE(failure({}).contains(QStringLiteral("No periods")));
  EXPECT_TRUE(failure({{QStringLiteral("FIELDS"), periodFields()},
                       {QStringLiteral("TABLE"), latticeTable(lattice)}})
                  .contains(QStringLiteral("either as FIELDS or as a TABLE")));
  EXPECT_TRUE(failure({{QStringLiteral("TABLE"), latticeTable(lattice)},
                       {QStringLiteral("TABLE_KEY"), QStringLiteral("cell")},
                       {QStringLiteral("TIME_FIELD"), QStringLiteral("year")},
                       {QStringLiteral("VALUE_FIELD"), QStringLiteral("value")}})
                  .contains(QStringLiteral("TABLE: set ID_FIELD")));
}
