#pragma once
// The bad-input matrix (tests/plugin/test_bad_input_*.cpp): small layers built per test, the
// default parameters of every algorithm on them, and one table row per (algorithm, case) that says
// whether the run fails (with which message) or succeeds (with which log text and output values).
#include "qgis_test_environment.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <QVariantMap>

#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace resilience::testing::badinput {

// One feature of a test layer: WKT (empty: NULL geometry) and the attributes in the order of
// kFields: code (BU0001, BU0002, ...), v (a value), events, pop (population), name (text) and
// region (GM1 for the west half of the grid, GM2 for the east half).
struct Row {
  QString wkt;
  QVariantList attributes;
};
using Rows = std::vector<Row>;
extern const QStringList kFields; // memory layer field definitions ("code:string", ...)

// A square of 1000 m in RD New (EPSG:28992), column c and row r from (130000, 395000).
QString square(int c, int r);
// n x n such squares, row by row: feature i (0-based, feature id i + 1) is at column i % n, row
// i / n; v = (7 i mod 11) + 1, events = i mod 5, pop = 1000 + 100 i.
Rows grid(int n = 4);
// The same rows with their geometries transformed from RD New to WGS 84 lon/lat.
Rows inWgs84(Rows rows);
// Rows with attribute `column` (index into kFields) of feature `index` set to value.
Rows withValue(Rows rows, int index, int column, const QVariant &value);
Rows withGeometry(Rows rows, int index, const QString &wkt);
constexpr int kCode = 0, kV = 1, kEvents = 2, kPop = 3, kName = 4, kRegion = 5;

// A memory layer with kFields added to the project; returns its id. crs "" gives a layer without
// a CRS.
QString memoryLayer(const Rows &rows, const QString &geometryType = QStringLiteral("Polygon"),
                    const QString &crs = QStringLiteral("EPSG:28992"));
// The same written to a GeoPackage file in dir (layer name "input", or layerName added to an
// existing file); returns its path.
QString geopackage(const QTemporaryDir &dir, const QString &fileName, const Rows &rows,
                   const QString &geometryType = QStringLiteral("Polygon"),
                   const QString &crs = QStringLiteral("EPSG:28992"),
                   const QString &layerName = QStringLiteral("input"));
// The same GeoPackage with srs_id 0, as ogr2ogr writes a shapefile without .prj (GDAL reads it
// as "Undefined geographic SRS"); the coordinates stay those of RD New.
QString geopackageWithoutCrs(const QTemporaryDir &dir, const QString &fileName, const Rows &rows,
                             const QString &geometryType = QStringLiteral("Polygon"));
// Four facility points on the diagonal of the grid, fields cap (double) and label (text).
QString facilities(const QString &crs = QStringLiteral("EPSG:28992"));
// The same facilities in a GeoPackage with srs_id 0 (RD New coordinates).
QString facilitiesWithoutCrs(const QTemporaryDir &dir);
// Two region polygons covering the west and east halves of the 4 x 4 grid (moved eastShift metres
// east), field name.
QString regions(const QString &crs = QStringLiteral("EPSG:28992"), double eastShift = 0.0);

// The folder of one test; every output goes there.
struct Scratch {
  QTemporaryDir dir;
  QString path(const QString &name) const { return dir.filePath(name); }
  // A CSV table code,x with one row per grid feature (x = 1.5 i), or the given text.
  QString table(const QString &content = QString()) const;
};

// The destination parameter every run of `algorithm` writes (OUTPUT, OUTPUT_HTML, OUTPUT_PDF).
QString mainOutput(const QString &algorithm);

// The parameters that make `algorithm` (short name: "hotspots") run on input with default
// choices: FIELD v (FIELDS v for localgeary), INDICATORS v and pop (riskflags: a SPEC of v and
// pop), FACILITIES facilities(), REGION_FIELD region, SHOW v,
// TABLE Scratch::table(), outputs in the scratch folder.
// pipeline: SPEC "@spec:" + kPipelineSpec (join TABLE, then hot spots of x), OUTPUT result.gpkg.
QVariantMap defaults(const QString &algorithm, const QVariant &input, const Scratch &scratch);
// A pipeline spec; $INPUT is replaced by the case's input (a GeoPackage path), $TABLE by
// Scratch::table().
extern const QString kPipelineSpec;
// Writes the spec text with $INPUT and $TABLE replaced to spec.json in the scratch folder.
QString pipelineSpec(const Scratch &scratch, const QString &text, const QVariant &input);

// One row of the matrix.
struct Case {
  std::string name; // the test name: <algorithm>_<Case>
  QString algorithm;
  // The INPUT of the run (a layer id or path), built when the test runs.
  std::function<QVariant(const Scratch &)> input;
  // Overrides the defaults; an invalid QVariant removes the parameter; "@regions" and
  // "@facilities" (optionally ":EPSG:4326") are replaced by regions() and facilities() in that CRS,
  // "@table:<csv text>" and "@gal:<text>" by files with that text, "@regions:far" by regions 100 km
  // east of the grid, "@facilities:undefined" by facilitiesWithoutCrs(), "@path:<name>" by that
  // file in the scratch folder.
  QVariantMap extra;
  bool succeeds = false;
  QStringList messages; // each must appear in the log (or the parameter check's message)
  std::function<void(const AlgorithmRun &, const Scratch &)> check = {};
  // The context's invalid-geometry check; QGIS desktop's default is GeometryAbortOnInvalid.
  QgsFeatureRequest::InvalidGeometryCheck geometryCheck = QgsFeatureRequest::GeometryNoCheck;
};

// What a case checks after the run besides the messages, and how it builds its INPUT.
using Check = std::function<void(const AlgorithmRun &, const Scratch &)>;
using Input = std::function<QVariant(const Scratch &)>;

// The case <algorithm>_<name>.
Case make(const std::string &name, const QString &algorithm, Input input, bool succeeds,
          const QStringList &messages, const QVariantMap &extra = {}, Check check = {});

// The grid (grid()) as a memory layer: the INPUT of most cases.
QVariant gridLayer(const Scratch &);

// Runs the case and asserts: success or failure as expected, every message in the log, and after
// a failure no output file (OUTPUT, OUTPUT_PDF, OUTPUT_HTML, SCATTERPLOT, UNMATCHED) exists.
void runCase(const Case &c);
inline std::string caseName(const ::testing::TestParamInfo<Case> &info) {
  return info.param.name;
}
inline void PrintTo(const Case &c, std::ostream *os) {
  *os << c.name;
}

// A field of every feature of the run's OUTPUT, in feature order.
std::vector<QVariant> outputColumn(const AlgorithmRun &run, const QString &field);
// How many values of the column are NULL.
int nullCount(const std::vector<QVariant> &values);

} // namespace resilience::testing::badinput

// The parameterised suite of one test file over its cases(): tests named
// Matrix/<Suite>.GivesAClearMessageOrAReportedTreatment/<algorithm>_<Case>.
#define RESILIENCE_BAD_INPUT_SUITE(Suite, casesFunction)                                           \
  class Suite : public ::testing::TestWithParam<::resilience::testing::badinput::Case> {};         \
  TEST_P(Suite, GivesAClearMessageOrAReportedTreatment) {                                          \
    ::resilience::testing::badinput::runCase(GetParam());                                          \
  }                                                                                                \
  INSTANTIATE_TEST_SUITE_P(Matrix, Suite, ::testing::ValuesIn(casesFunction()),                    \
                           ::resilience::testing::badinput::caseName)
