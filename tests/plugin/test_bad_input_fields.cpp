// Bad-input matrix, fields and keys: a field that does not exist, a text field where numbers are
// expected, duplicate keys and keys that match nothing (docs/robustness.md, "Bad-input matrix").
// Rows already covered elsewhere are not repeated: compositeindex and printmaps missing and text
// fields (test_compositeindex.cpp BadInputGivesMessagesNamingTheField, test_printmaps.cpp
// MissingFieldsAndOutputsAreNamed), aggregate's missing and text SCORE_FIELD
// (test_aggregate.cpp BadParametersGiveSpecificMessages), jointable's missing TABLE_KEY and
// duplicate table keys (test_jointable.cpp).
#include "bad_input_support.h"
#include "test_support.h"

#include <QFile>

#include <qgsabstractgeometry.h>
#include <qgsfeature.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// A GAL file for the 4 x 4 grid with rook neighbours, ids from `id` (1-based feature number).
QString rookGal(const std::function<QString(int)> &id) {
  QString text = QStringLiteral("0 16 lyr code\n");
  for (int i = 0; i < 16; ++i) {
    QStringList neighbours;
    const int c = i % 4, r = i / 4;
    if (c > 0)
      neighbours << id(i);
    if (c < 3)
      neighbours << id(i + 2);
    if (r > 0)
      neighbours << id(i - 3);
    if (r < 3)
      neighbours << id(i + 5);
    text += QStringLiteral("%1 %2\n%3\n")
                .arg(id(i + 1))
                .arg(neighbours.size())
                .arg(neighbours.join(QLatin1Char(' ')));
  }
  return text;
}

std::vector<Case> cases() {
  std::vector<Case> c;
  const QVariantMap missingField = {{QStringLiteral("FIELD"), QStringLiteral("nope")}};
  const QVariantMap textField = {{QStringLiteral("FIELD"), QStringLiteral("name")}};
  const QString fieldList = QStringLiteral("(fields: code, v, events, pop, name, region)");
  for (const char *algorithm : {"hotspots", "localmoran", "globalmoran", "smooth"}) {
    c.push_back(make("MissingField", QString::fromLatin1(algorithm), gridLayer, false,
                     {QStringLiteral("FIELD: field 'nope' does not exist in lyr ") + fieldList},
                     missingField));
    c.push_back(make("TextField", QString::fromLatin1(algorithm), gridLayer, false,
                     {QStringLiteral("FIELD: field 'name' of lyr is string, not numeric")},
                     textField));
  }
  // Numbers written as text (a CSV read as the layer, a String field): read as resilience:
  // jointable reads them, reported. "8,5" with a decimal comma is v + 0.5 at every feature; Gi*
  // z, local Moran's I and global I do not change when a constant is added, so they equal the
  // results on v.
  const auto numericText = [](const Scratch &) {
    Rows rows = grid();
    for (std::size_t i = 0; i < rows.size(); ++i)
      rows[i].attributes[kName] = QStringLiteral("%1,5").arg(rows[i].attributes[kV].toInt());
    return QVariant(memoryLayer(rows));
  };
  const QString readAsNumbers =
      QStringLiteral("FIELD: field 'name' of lyr is text; it is read as numbers as "
                     "resilience:jointable reads them");
  const auto sameAsOnV = [](const QString &algorithm, const QString &field) {
    return [=](const AlgorithmRun &run, const Scratch &scratch) {
      QVariantMap parameters = defaults(algorithm, memoryLayer(grid()), scratch);
      if (parameters.contains(QStringLiteral("OUTPUT"))) // globalmoran has none
        parameters.insert(QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("onv.gpkg")));
      const AlgorithmRun onV = runAlgorithm(QStringLiteral("resilience:") + algorithm, parameters);
      ASSERT_TRUE(onV.ok) << onV.log.toStdString();
      if (algorithm == QLatin1String("globalmoran")) {
        EXPECT_NEAR(run.results.value(field).toDouble(), onV.results.value(field).toDouble(),
                    1e-12);
        return;
      }
      const std::vector<QVariant> a = outputColumn(run, field), b = outputColumn(onV, field);
      ASSERT_EQ(a.size(), 16u);
      ASSERT_EQ(b.size(), 16u);
      for (std::size_t i = 0; i < 16; ++i)
        EXPECT_NEAR(a[i].toDouble(), b[i].toDouble(), 1e-9) << field.toStdString() << " " << i;
    };
  };
  const QVariantMap onName = {{QStringLiteral("FIELD"), QStringLiteral("name")}};
  c.push_back(make("NumericText", QStringLiteral("hotspots"), numericText, true, {readAsNumbers},
                   onName, sameAsOnV(QStringLiteral("hotspots"), QStringLiteral("gi_z"))));
  c.push_back(make("NumericText", QStringLiteral("localmoran"), numericText, true, {readAsNumbers},
                   onName, sameAsOnV(QStringLiteral("localmoran"), QStringLiteral("lisa_i"))));
  c.push_back(make("NumericText", QStringLiteral("globalmoran"), numericText, true, {readAsNumbers},
                   onName, sameAsOnV(QStringLiteral("globalmoran"), QStringLiteral("I"))));
  c.push_back(make("NumericText", QStringLiteral("smooth"), numericText, true, {readAsNumbers},
                   onName, [](const AlgorithmRun &run, const Scratch &) {
                     // Kernel weights sum to 1 per feature: the smoothed text is v_smooth + 0.5,
                     // and every feature has a value.
                     EXPECT_EQ(nullCount(outputColumn(run, QStringLiteral("name_smooth"))), 0);
                   }));
  c.push_back(make("NumericText", QStringLiteral("aggregate"), numericText, true,
                   {QStringLiteral("POPULATION: field 'name' of lyr is text; it is read as "
                                   "numbers")},
                   {{QStringLiteral("POPULATION"), QStringLiteral("name")}}, {}));
  c.push_back(make("MissingField", QStringLiteral("weights"), gridLayer, false,
                   {QStringLiteral("ID_FIELD: field 'nope' does not exist in lyr")},
                   {{QStringLiteral("ID_FIELD"), QStringLiteral("nope")}}));
  c.push_back(make("MissingField", QStringLiteral("accessibility"), gridLayer, false,
                   {QStringLiteral("POPULATION: field 'nope' does not exist in lyr ") + fieldList},
                   {{QStringLiteral("POPULATION"), QStringLiteral("nope")}}));
  c.push_back(make("TextField", QStringLiteral("accessibility"), gridLayer, false,
                   {QStringLiteral("CAPACITY: field 'label' of facilities is string, not "
                                   "numeric")},
                   {{QStringLiteral("CAPACITY"), QStringLiteral("label")}}));
  c.push_back(make("MissingField", QStringLiteral("aggregate"), gridLayer, false,
                   {QStringLiteral("REGION_FIELD: field 'nope' does not exist in lyr")},
                   {{QStringLiteral("REGION_FIELD"), QStringLiteral("nope")}}));
  c.push_back(make("TextField", QStringLiteral("aggregate"), gridLayer, false,
                   {QStringLiteral("POPULATION: field 'name' of lyr is string, not numeric")},
                   {{QStringLiteral("POPULATION"), QStringLiteral("name")}}));
  c.push_back(make("MissingField", QStringLiteral("jointable"), gridLayer, false,
                   {QStringLiteral("INPUT_KEY: field 'nope' does not exist in lyr ") + fieldList},
                   {{QStringLiteral("INPUT_KEY"), QStringLiteral("nope")}}));
  c.push_back(make("MissingTableField", QStringLiteral("jointable"), gridLayer, false,
                   {QStringLiteral("FIELDS: field 'nope' does not exist in table (fields: code, "
                                   "x)")},
                   {{QStringLiteral("FIELDS"), QStringList{QStringLiteral("nope")}}}));
  c.push_back(make("MissingTable", QStringLiteral("jointable"), gridLayer, false,
                   {QStringLiteral("missing.csv")},
                   {{QStringLiteral("TABLE"), QStringLiteral("/nonexistent/missing.csv")}}));

  // Duplicate keys. Polygons sharing a key (land and water parts) each receive the row, by
  // design; the row of the key nobody has any more is reported unmatched.
  c.push_back(make(
      "DuplicateInputKeys", QStringLiteral("jointable"),
      [](const Scratch &) {
        return memoryLayer(withValue(grid(), 5, kCode, QStringLiteral("BU0001")));
      },
      true,
      {QStringLiteral("Polygons matched: 16 of 16"),
       QStringLiteral("Table rows that matched no polygon: 1 of 16")},
      {},
      [](const AlgorithmRun &run, const Scratch &) {
        EXPECT_EQ(run.results.value(QStringLiteral("ROWS_UNMATCHED")).toInt(), 1);
        const std::vector<QVariant> x = outputColumn(run, QStringLiteral("x"));
        EXPECT_DOUBLE_EQ(x[0].toDouble(), 0.0);
        EXPECT_DOUBLE_EQ(x[5].toDouble(), 0.0); // BU0001's row, not BU0006's 7.5
      }));
  // Weights ids must be unique: region (GM1/GM2) is not an id.
  const QVariantMap regionIds = {{QStringLiteral("ID_FIELD"), QStringLiteral("region")}};
  c.push_back(make(
      "DuplicateIds", QStringLiteral("weights"), gridLayer, false,
      {QStringLiteral("ID_FIELD: the value 'GM1' of field 'region' appears in features 1 and 2 of "
                      "lyr; weights file ids must be unique")},
      regionIds));
  QVariantMap galByRegion = regionIds;
  galByRegion.insert(QStringLiteral("WEIGHTS_FILE"),
                     QStringLiteral("@gal:") + rookGal([](int i) {
                       return QStringLiteral("BU%1").arg(i, 4, 10, QLatin1Char('0'));
                     }));
  c.push_back(make(
      "DuplicateIds", QStringLiteral("hotspots"), gridLayer, false,
      {QStringLiteral("ID_FIELD: the value 'GM1' of field 'region' appears in features 1 and 2 of "
                      "lyr; weights file ids must be unique")},
      galByRegion));

  // Keys that match nothing.
  c.push_back(
      make("KeysMatchNothing", QStringLiteral("jointable"), gridLayer, true,
           {QStringLiteral("No polygon matched any table row: check INPUT_KEY, TABLE_KEY "
                           "and KEY_MATCHING"),
            QStringLiteral("Polygons matched: 0 of 16")},
           {{QStringLiteral("TABLE"), QStringLiteral("@table:code,x\nWK0001,1\nWK0002,2\n")}},
           [](const AlgorithmRun &run, const Scratch &) {
             EXPECT_EQ(nullCount(outputColumn(run, QStringLiteral("x"))), 16);
           }));
  c.push_back(make("NumericKeyForCodes", QStringLiteral("jointable"), gridLayer, true,
                   {QStringLiteral("No polygon matched any table row")},
                   {{QStringLiteral("INPUT_KEY"), QStringLiteral("v")}},
                   [](const AlgorithmRun &run, const Scratch &) {
                     EXPECT_EQ(run.results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 0);
                   }));
  QVariantMap galUnknownIds = {{QStringLiteral("ID_FIELD"), QStringLiteral("code")}};
  galUnknownIds.insert(QStringLiteral("WEIGHTS_FILE"),
                       QStringLiteral("@gal:") + rookGal([](int i) {
                         return QStringLiteral("ZZ%1").arg(i, 4, 10, QLatin1Char('0'));
                       }));
  for (const char *algorithm : {"hotspots", "globalmoran"})
    c.push_back(make("WeightsFileIdsMatchNothing", QString::fromLatin1(algorithm), gridLayer, false,
                     {QStringLiteral("weights.gal:2: the id 'ZZ0001' is not in the layer's id "
                                     "field")},
                     galUnknownIds));
  // A GeoDa GAL header names its id field ("0 16 lyr code"): with ID_FIELD empty its ids are
  // matched with that field (they were read as positions 1..16 and 'BU0001' was unknown).
  const QVariantMap galNamesCode = {
      {QStringLiteral("WEIGHTS_FILE"),
       QStringLiteral("@gal:") +
           rookGal([](int i) { return QStringLiteral("BU%1").arg(i, 4, 10, QLatin1Char('0')); })}};
  const QString usesCode = QStringLiteral("ID_FIELD: the weights file names its id field 'code'; "
                                          "its ids are matched with that field of lyr");
  for (const auto &[algorithm, field] : std::vector<std::pair<const char *, const char *>>{
           {"hotspots", "gi_z"}, {"localmoran", "lisa_i"}, {"smooth", "v_smooth"}})
    c.push_back(
        make("WeightsFileNamesItsIdField", QString::fromLatin1(algorithm), gridLayer, true,
             {usesCode}, galNamesCode,
             [field = QString::fromLatin1(field)](const AlgorithmRun &run, const Scratch &) {
               // Rook neighbours on the 4 x 4 grid: no island, every feature computed.
               EXPECT_EQ(nullCount(outputColumn(run, field)), 0);
             }));
  c.push_back(make("WeightsFileNamesItsIdField", QStringLiteral("globalmoran"), gridLayer, true,
                   {usesCode}, galNamesCode, [](const AlgorithmRun &run, const Scratch &) {
                     EXPECT_EQ(run.results.value(QStringLiteral("N")).toInt(), 16);
                   }));
  // A header naming a field the layer lacks: ids are positions, and the log says why.
  c.push_back(make(
      "WeightsFileNamesAMissingField", QStringLiteral("hotspots"), gridLayer, true,
      {QStringLiteral("The weights file names its id field 'FIPSNO', which lyr does "
                      "not have: its ids are read as feature positions 1..n")},
      {{QStringLiteral("WEIGHTS_FILE"),
        QStringLiteral("@gal:") +
            rookGal([](int i) {
              return QString::number(i);
            }).replace(QStringLiteral("0 16 lyr code"), QStringLiteral("0 16 sids2 FIPSNO"))}}));
  // Domains differing only in case would write colliding fields: refused before anything runs.
  c.push_back(
      make("DomainsDifferingInCase", QStringLiteral("compositeindex"), gridLayer, false,
           {QStringLiteral("the domains 'sociaal' and 'Sociaal' differ only in case")},
           {{QStringLiteral("INDICATORS"), QVariantList{QVariantList{"v", "sociaal", "+", 1},
                                                        QVariantList{"pop", "Sociaal", "-", 1}}},
            {QStringLiteral("DOMAIN_WEIGHTS"), QVariantList{"sociaal", 1, "Sociaal", 1}}}));
  // Features 1 and 2 as a municipality's land and water parts: one code (BU0001), the same
  // values. Every statistic warns that it counts them twice and names the remedy; the join can
  // dissolve them into one multipolygon.
  const auto sharedKey = [](const Scratch &) {
    Rows rows = grid();
    rows[1].attributes[kCode] = QStringLiteral("BU0001");
    rows[1].attributes[kV] = rows[0].attributes[kV];
    rows[1].attributes[kPop] = rows[0].attributes[kPop];
    return QVariant(memoryLayer(rows));
  };
  for (const char *algorithm : {"hotspots", "localmoran", "globalmoran", "smooth"})
    c.push_back(make("SharedKeyRepeats", QString::fromLatin1(algorithm), sharedKey, true,
                     {QStringLiteral("2 features share their code with another feature and hold "
                                     "the same v (1 key(s), e.g. 'BU0001' on 2 features)"),
                      QStringLiteral("DISSOLVE_SHARED_KEYS=true")},
                     {}, {}));
  c.push_back(make("SharedKeyRepeats", QStringLiteral("compositeindex"), sharedKey, true,
                   {QStringLiteral("2 features share their code with another feature and hold "
                                   "the same indicator values")},
                   {}, {}));
  c.push_back(make("DissolveSharedKeys", QStringLiteral("jointable"), sharedKey, true,
                   {QStringLiteral("DISSOLVE_SHARED_KEYS: 2 polygons that share a key became 1 "
                                   "multipolygons, one per key")},
                   {{QStringLiteral("DISSOLVE_SHARED_KEYS"), true}},
                   [](const AlgorithmRun &run, const Scratch &) {
                     const std::vector<QVariant> codes = outputColumn(run, QStringLiteral("code"));
                     ASSERT_EQ(codes.size(), 15u);
                     EXPECT_EQ(codes[0].toString(), QStringLiteral("BU0001"));
                     EXPECT_EQ(codes[1].toString(), QStringLiteral("BU0003"));
                     // BU0001's two squares, 2 km2 in one multipolygon.
                     QgsVectorLayer layer(run.results.value(QStringLiteral("OUTPUT")).toString());
                     QgsFeature first;
                     layer.getFeatures().nextFeature(first);
                     EXPECT_NEAR(first.geometry().area(), 2e6, 1e-3);
                     EXPECT_EQ(first.geometry().constGet()->partCount(), 2);
                   }));
  c.push_back(make("WeightsFileMissing", QStringLiteral("localmoran"), gridLayer, false,
                   {QStringLiteral("nofile.gal: cannot open the weights file")},
                   {{QStringLiteral("WEIGHTS_FILE"), QStringLiteral("/nonexistent/nofile.gal")}}));
  c.push_back(make(
      "WeightsFileOtherLayer", QStringLiteral("smooth"), gridLayer, false,
      {QStringLiteral("the file describes 3 features but the layer has 16")},
      {{QStringLiteral("WEIGHTS_FILE"), QStringLiteral("@gal:0 3\n1 1\n2\n2 1\n1\n3 0\n\n")}}));
  // Region polygons that contain no neighbourhood: every neighbourhood is in no region, and
  // both regions are written with no areas.
  c.push_back(make("RegionsMatchNothing", QStringLiteral("aggregate"), gridLayer, true,
                   {QStringLiteral("0 neighbourhood(s) summarised into 2 region(s); 16 in no "
                                   "region")},
                   {{QStringLiteral("REGION_FIELD"), QVariant()},
                    {QStringLiteral("REGIONS"), QStringLiteral("@regions:far")}},
                   [](const AlgorithmRun &run, const Scratch &) {
                     EXPECT_EQ(run.results.value(QStringLiteral("UNASSIGNED")).toInt(), 16);
                     for (const QVariant &n : outputColumn(run, QStringLiteral("n_areas")))
                       EXPECT_EQ(n.toInt(), 0);
                   }));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputFields, cases);
