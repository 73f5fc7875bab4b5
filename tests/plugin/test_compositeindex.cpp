// resilience:compositeindex through the processing registry. The Dutch municipalities of 2015 are
// joined to their CBS key figures with resilience:jointable, scored, and compared with an
// independent computation written out below as plain loops over the CSV: rates, z-scores with the
// sample sd, means per domain and across domains, min-max to 0-100, ranks by counting, quintiles.
// Small hand-made layers check the geometric mean, winsorising and the error messages by hand.
#include "../core/reference_csv.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

using namespace resilience::testing;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kAlgorithm = QStringLiteral("resilience:compositeindex");

struct Indicator {
  const char *field;
  const char *domain;
  int sign;
  const char *numerator; // rate numerator / denominator * per when set
  const char *denominator;
  double per;
};

// Two rates per 1,000 inhabitants, household structure, and pressure on space; Almere has no
// car density (CBS sentinel), which tests coverage.
const std::vector<Indicator> kIndicators = {
    {"bijstand_per_1000", "personal", -1,
     "aantal_personen_met_een_algemene_bijstandsuitkering_totaal", "aantal_inwoners", 1000},
    {"ww_per_1000", "personal", -1, "aantal_personen_met_een_ww_uitkering_totaal",
     "aantal_inwoners", 1000},
    {"percentage_eenpersoonshuishoudens", "social", -1, "", "", 0},
    {"gemiddelde_huishoudsgrootte", "social", +1, "", "", 0},
    {"bevolkingsdichtheid_inwoners_per_km2", "environmental", -1, "", "", 0},
    {"personenautos_per_km2", "environmental", -1, "", "", 0},
};
const std::vector<std::string> kDomains = {"personal", "social", "environmental"};

// The INDICATORS matrix as the dialog sends it: a flat list, nine cells per row.
QVariantList indicatorMatrix() {
  QVariantList cells;
  for (const Indicator &ind : kIndicators) {
    const bool rate = *ind.numerator != '\0';
    cells << ind.field << ind.domain << (ind.sign > 0 ? "+" : "-") << 1.0
          << (rate ? QVariant(ind.numerator) : QVariant())
          << (rate ? QVariant(ind.denominator) : QVariant())
          << (rate ? QVariant(ind.per) : QVariant()) << QVariant() << QVariant();
  }
  return cells;
}

// The municipalities with their key figures, joined once for the whole suite.
class CompositeIndex : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    dir = new QTemporaryDir;
    const AlgorithmRun join =
        runAlgorithm(QStringLiteral("resilience:jointable"),
                     municipalityJoin(dir->filePath(QStringLiteral("joined.gpkg"))));
    ASSERT_TRUE(join.ok) << join.log.toStdString();
    joined = join.results.value(QStringLiteral("OUTPUT")).toString();
  }
  static void TearDownTestSuite() { delete dir; }

  QVariantMap parameters(const QString &output) const {
    return {{QStringLiteral("INPUT"), joined},
            {QStringLiteral("INDICATORS"), indicatorMatrix()},
            {QStringLiteral("OUTPUT"), output}};
  }
  QString out(const QString &name) const { return scratch.filePath(name); }

  static QTemporaryDir *dir;
  static QString joined;
  QTemporaryDir scratch;
};
QTemporaryDir *CompositeIndex::dir = nullptr;
QString CompositeIndex::joined;

// Per feature (in fid order): the attributes asked for, NULL as NaN.
std::vector<std::vector<double>> readFields(const QString &source, const QStringList &fields) {
  auto layer = openLayer(source);
  std::vector<std::vector<double>> rows;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().addOrderBy(QStringLiteral("$id")));
  QgsFeature feature;
  while (it.nextFeature(feature)) {
    std::vector<double> row;
    for (const QString &field : fields) {
      const QVariant v = feature.attribute(field);
      row.push_back(v.isNull() || !v.isValid() ? kNaN : v.toDouble());
    }
    rows.push_back(row);
  }
  return rows;
}

void expectSameFields(const QString &a, const QString &b, const QStringList &fields) {
  const auto left = readFields(a, fields);
  const auto right = readFields(b, fields);
  ASSERT_EQ(left.size(), right.size());
  for (std::size_t i = 0; i < left.size(); ++i)
    for (int f = 0; f < fields.size(); ++f) {
      const double x = left[i][f], y = right[i][f];
      if (std::isnan(x) || std::isnan(y))
        EXPECT_EQ(std::isnan(x), std::isnan(y)) << fields[f].toStdString() << " feature " << i;
      else
        EXPECT_NEAR(x, y, 1e-12 * std::max(1.0, std::fabs(x)))
            << fields[f].toStdString() << " feature " << i;
    }
}

const QStringList kResultFields = {QStringLiteral("score_personal"),
                                   QStringLiteral("score_social"),
                                   QStringLiteral("score_environmental"),
                                   QStringLiteral("resilience"),
                                   QStringLiteral("resilience_rank"),
                                   QStringLiteral("resilience_class"),
                                   QStringLiteral("coverage")};

// ---- the independent computation ----------------------------------------------------------

struct Expected {
  double domain[3] = {kNaN, kNaN, kNaN};
  double aggregate = kNaN;
  double resilience = kNaN;
  double coverage = 0;
  int rank = 0;
  int resilienceClass = 0;
};

// One observation per polygon: each polygon takes its municipality's CSV row (land and water
// parts the same row; GM9999 none), exactly as the joined layer holds them.
std::map<QString, Expected> expectedByCode() {
  const ReferenceCsv csv("nl_gemeenten_2015_kerncijfers.csv");
  std::map<std::string, std::size_t> rowOf;
  for (std::size_t r = 0; r < csv.rows(); ++r)
    rowOf[csv.text(r, "gemeentecode")] = r;
  const auto value = [&](std::size_t r, const char *column) {
    const double v = csv.number(r, column);
    return v <= -99995 ? kNaN : v; // CBS no-data sentinel
  };

  std::vector<QString> codes;
  {
    auto polygons =
        openLayer(testdata(QStringLiteral("nl_gemeenten_2015.gpkg|layername=gemeenten")));
    QgsFeatureIterator it = polygons->getFeatures();
    QgsFeature f;
    while (it.nextFeature(f))
      codes.push_back(f.attribute(QStringLiteral("gemeentecode")).toString());
  }
  const std::size_t n = codes.size();
  const std::size_t m = kIndicators.size();

  // Raw values, then z-scores (x - mean) / sd with the sample sd, the direction as a sign.
  std::vector<std::vector<double>> z(m, std::vector<double>(n, kNaN));
  for (std::size_t k = 0; k < m; ++k) {
    const Indicator &ind = kIndicators[k];
    double sum = 0, count = 0;
    for (std::size_t p = 0; p < n; ++p) {
      const auto row = rowOf.find(codes[p].toStdString());
      if (row == rowOf.end())
        continue;
      const double x = *ind.numerator ? value(row->second, ind.numerator) /
                                            value(row->second, ind.denominator) * ind.per
                                      : value(row->second, ind.field);
      z[k][p] = x;
      if (!std::isnan(x)) {
        sum += x;
        count += 1;
      }
    }
    const double mean = sum / count;
    double squares = 0;
    for (std::size_t p = 0; p < n; ++p)
      if (!std::isnan(z[k][p]))
        squares += (z[k][p] - mean) * (z[k][p] - mean);
    const double sd = std::sqrt(squares / (count - 1));
    for (std::size_t p = 0; p < n; ++p)
      z[k][p] = ind.sign * (z[k][p] - mean) / sd;
  }

  // Equal weights: domain score = mean of the indicators present, index = mean of the domains
  // present; coverage = sum over present indicators of (1/3) (1 / indicators in the domain).
  std::vector<Expected> perPolygon(n);
  for (std::size_t p = 0; p < n; ++p) {
    Expected &e = perPolygon[p];
    double domainSum = 0, domains = 0;
    for (std::size_t d = 0; d < kDomains.size(); ++d) {
      double sum = 0, present = 0, inDomain = 0;
      for (std::size_t k = 0; k < m; ++k)
        if (kIndicators[k].domain == kDomains[d]) {
          inDomain += 1;
          if (!std::isnan(z[k][p])) {
            sum += z[k][p];
            present += 1;
          }
        }
      e.coverage += present / inDomain / 3.0;
      if (present > 0) {
        e.domain[d] = sum / present;
        domainSum += e.domain[d];
        domains += 1;
      }
    }
    if (domains > 0 && e.coverage >= 0.5)
      e.aggregate = domainSum / domains;
  }
  double lo = INFINITY, hi = -INFINITY;
  std::size_t scored = 0;
  for (const Expected &e : perPolygon)
    if (!std::isnan(e.aggregate)) {
      lo = std::min(lo, e.aggregate);
      hi = std::max(hi, e.aggregate);
      ++scored;
    }
  std::map<QString, Expected> byCode;
  for (std::size_t p = 0; p < n; ++p) {
    Expected &e = perPolygon[p];
    if (!std::isnan(e.aggregate)) {
      e.resilience = 100.0 * (e.aggregate - lo) / (hi - lo);
      e.rank = 1;
      for (const Expected &other : perPolygon)
        e.rank += other.aggregate < e.aggregate ? 1 : 0;
      e.resilienceClass = 1 + static_cast<int>(5 * (e.rank - 1) / scored);
    }
    byCode[codes[p]] = e;
  }
  return byCode;
}

double pearson(const std::vector<double> &a, const std::vector<double> &b) {
  double n = 0, sa = 0, sb = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!std::isnan(a[i]) && !std::isnan(b[i])) {
      n += 1;
      sa += a[i];
      sb += b[i];
    }
  const double ma = sa / n, mb = sb / n;
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!std::isnan(a[i]) && !std::isnan(b[i])) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
  return sab / std::sqrt(saa * sbb);
}

// A polygon layer in the project with numeric fields a, b, c and a text field name.
QString smallLayer(const std::vector<std::vector<double>> &rows) {
  return unitSquareLayer(QStringLiteral("small"),
                         QStringLiteral("field=name:string&field=a:double&field=b:double&"
                                        "field=c:double"),
                         QStringLiteral("area "), rows);
}

} // namespace

TEST_F(CompositeIndex, MunicipalitiesMatchAnIndependentComputation) {
  const AlgorithmRun run = runAlgorithm(kAlgorithm, parameters(out(QStringLiteral("index.gpkg"))));
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const std::map<QString, Expected> expected = expectedByCode();

  auto layer = openLayer(run.results.value(QStringLiteral("OUTPUT")).toString());
  ASSERT_TRUE(layer->isValid());
  EXPECT_EQ(layer->featureCount(), 484);
  EXPECT_GE(layer->fields().lookupField(QStringLiteral("gemeentenaam")), 0) << "INPUT is copied";
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  int checked = 0;
  while (it.nextFeature(feature)) {
    const QString code = feature.attribute(QStringLiteral("gemeentecode")).toString();
    const Expected &e = expected.at(code);
    const std::string where = code.toStdString();
    if (code == QLatin1String("GM9999")) { // water without a municipality: no data, no score
      EXPECT_TRUE(feature.attribute(QStringLiteral("resilience")).isNull());
      EXPECT_TRUE(feature.attribute(QStringLiteral("resilience_rank")).isNull());
      EXPECT_TRUE(feature.attribute(QStringLiteral("score_social")).isNull());
      EXPECT_DOUBLE_EQ(feature.attribute(QStringLiteral("coverage")).toDouble(), 0.0);
      continue;
    }
    for (int d = 0; d < 3; ++d)
      EXPECT_NEAR(feature.attribute(kResultFields[d]).toDouble(), e.domain[d], 1e-9) << where;
    EXPECT_NEAR(feature.attribute(QStringLiteral("resilience")).toDouble(), e.resilience, 1e-9)
        << where;
    EXPECT_EQ(feature.attribute(QStringLiteral("resilience_rank")).toInt(), e.rank) << where;
    EXPECT_EQ(feature.attribute(QStringLiteral("resilience_class")).toInt(), e.resilienceClass)
        << where;
    EXPECT_NEAR(feature.attribute(QStringLiteral("coverage")).toDouble(), e.coverage, 1e-12)
        << where;
    ++checked;
  }
  EXPECT_EQ(checked, 483);
  // Almere lacks car density: coverage 1 - (1/3)(1/2) = 5/6, scored from the other five.
  EXPECT_NEAR(expected.at(QStringLiteral("GM0034")).coverage, 5.0 / 6.0, 1e-12);
  EXPECT_EQ(run.results.value(QStringLiteral("FEATURES_SCORED")).toInt(), 483);
  EXPECT_EQ(run.results.value(QStringLiteral("INDICATORS_USED")).toInt(), 6);
  EXPECT_TRUE(run.log.contains(QStringLiteral("bijstand_per_1000 [personal, -]")))
      << run.log.toStdString();

  QStringList ids, names, descriptions;
  QString error;
  EXPECT_GE(layer->listStylesInDatabase(ids, names, descriptions, error), 1) << error.toStdString();
  EXPECT_TRUE(names.contains(QStringLiteral("resilience_score")));
}

TEST_F(CompositeIndex, CorrelationTableMatchesPearsonOfTheRawRates) {
  QVariantMap p = parameters(out(QStringLiteral("index.gpkg")));
  p.insert(QStringLiteral("CORRELATIONS"), out(QStringLiteral("correlations.gpkg")));
  const AlgorithmRun run = runAlgorithm(kAlgorithm, p);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  auto table = openLayer(run.results.value(QStringLiteral("CORRELATIONS")).toString());
  ASSERT_TRUE(table->isValid());
  EXPECT_EQ(table->featureCount(), 21); // 7 names (6 indicators + resilience), 7 * 6 / 2 pairs

  // z-scores are affine in the raw values and both rates point '-': r equals Pearson's r of the
  // raw rates over the 483 polygons with data.
  const auto raw =
      readFields(joined, {QStringLiteral("aantal_personen_met_een_algemene_"
                                         "bijstandsuitkering_totaal"),
                          QStringLiteral("aantal_personen_met_een_ww_uitkering_totaal"),
                          QStringLiteral("aantal_inwoners")});
  std::vector<double> bijstand, ww;
  for (const auto &row : raw) {
    bijstand.push_back(row[0] / row[2]);
    ww.push_back(row[1] / row[2]);
  }
  QgsFeature row;
  table
      ->getFeatures(QgsFeatureRequest().setFilterExpression(
          QStringLiteral("indicator_a = 'bijstand_per_1000' AND indicator_b = 'ww_per_1000'")))
      .nextFeature(row);
  EXPECT_NEAR(row.attribute(QStringLiteral("pearson")).toDouble(), pearson(bijstand, ww), 1e-12);
  EXPECT_EQ(row.attribute(QStringLiteral("pairs")).toInt(), 483);
  EXPECT_TRUE(run.log.contains(QStringLiteral("bijstand_per_1000 with resilience: r =")))
      << run.log.toStdString();
}

TEST_F(CompositeIndex, SpecFilesGiveTheSameOutputAsTheMatrix) {
  QVariantMap p = parameters(out(QStringLiteral("matrix.gpkg")));
  p.insert(QStringLiteral("DOMAIN_WEIGHTS"), QVariantList{"social", 2});
  p.insert(QStringLiteral("SPEC_OUTPUT"), out(QStringLiteral("saved.json")));
  const AlgorithmRun matrix = runAlgorithm(kAlgorithm, p);
  ASSERT_TRUE(matrix.ok) << matrix.log.toStdString();
  EXPECT_TRUE(QFile::exists(out(QStringLiteral("saved.json"))));

  // Hand-written equivalents of the matrix with social weighted 2.
  const auto text = [](const char *s) { return QString::fromLatin1(s); };
  QString csv = QStringLiteral("field;domain;direction;weight;numerator;denominator;per;"
                               "domain_weight\n# municipalities 2015\n");
  for (const Indicator &ind : kIndicators)
    csv += QStringLiteral("%1;%2;%3;1;%4;%5;%6;%7\n")
               .arg(text(ind.field), text(ind.domain), text(ind.sign > 0 ? "+" : "-"),
                    text(ind.numerator), text(ind.denominator),
                    *ind.numerator ? QString::number(ind.per) : QString(),
                    text(std::string(ind.domain) == "social" ? "2" : ""));
  QString json = QStringLiteral("{\"domains\": [{\"name\": \"personal\", \"weight\": 1}, "
                                "{\"name\": \"social\", \"weight\": 2}, {\"name\": "
                                "\"environmental\", \"weight\": 1}], \"indicators\": [");
  for (std::size_t k = 0; k < kIndicators.size(); ++k) {
    const Indicator &ind = kIndicators[k];
    json += QStringLiteral("%1{\"field\": \"%2\", \"domain\": \"%3\", \"direction\": \"%4\"")
                .arg(text(k ? ", " : ""), text(ind.field), text(ind.domain),
                     text(ind.sign > 0 ? "+" : "-"));
    if (*ind.numerator)
      json += QStringLiteral(", \"numerator\": \"%1\", \"denominator\": \"%2\", \"per\": %3")
                  .arg(text(ind.numerator), text(ind.denominator))
                  .arg(ind.per);
    json += QLatin1Char('}');
  }
  json += QStringLiteral("]}");
  const QStringList specs = {writeFile(scratch, QStringLiteral("spec.csv"), csv),
                             writeFile(scratch, QStringLiteral("spec.json"), json),
                             out(QStringLiteral("saved.json"))};
  for (const QString &spec : specs) {
    const QString output = out(QFileInfo(spec).baseName() + QStringLiteral("_out.gpkg"));
    QVariantMap fromFile = {{QStringLiteral("INPUT"), joined},
                            {QStringLiteral("SPEC"), spec},
                            {QStringLiteral("SPEC_OUTPUT"), out(QStringLiteral("again.csv"))},
                            {QStringLiteral("OUTPUT"), output}};
    const AlgorithmRun run = runAlgorithm(kAlgorithm, fromFile);
    ASSERT_TRUE(run.ok) << spec.toStdString() << "\n" << run.log.toStdString();
    expectSameFields(matrix.results.value(QStringLiteral("OUTPUT")).toString(), output,
                     kResultFields);
  }
  // The CSV saved by the last run reads back to the same index too.
  QVariantMap fromSaved = {{QStringLiteral("INPUT"), joined},
                           {QStringLiteral("SPEC"), out(QStringLiteral("again.csv"))},
                           {QStringLiteral("OUTPUT"), out(QStringLiteral("again.gpkg"))}};
  const AlgorithmRun again = runAlgorithm(kAlgorithm, fromSaved);
  ASSERT_TRUE(again.ok) << again.log.toStdString();
  expectSameFields(matrix.results.value(QStringLiteral("OUTPUT")).toString(),
                   out(QStringLiteral("again.gpkg")), kResultFields);

  // The domain weight matters: equal weights give a different index.
  const AlgorithmRun equal = runAlgorithm(kAlgorithm, parameters(out(QStringLiteral("eq.gpkg"))));
  ASSERT_TRUE(equal.ok);
  const auto weighted =
      readFields(out(QStringLiteral("matrix.gpkg")), {QStringLiteral("resilience")});
  const auto unweighted =
      readFields(out(QStringLiteral("eq.gpkg")), {QStringLiteral("resilience")});
  EXPECT_NE(weighted[0][0], unweighted[0][0]);
}

TEST_F(CompositeIndex, OptionNamesAndIndexesGiveTheSameResult) {
  QVariantMap byName = parameters(out(QStringLiteral("name.gpkg")));
  byName.insert(QStringLiteral("NORMALISATION"), QStringLiteral("minmax"));
  byName.insert(QStringLiteral("AGGREGATION"), QStringLiteral("geometric"));
  byName.insert(QStringLiteral("MISSING"), QStringLiteral("exclude"));
  QVariantMap byIndex = parameters(out(QStringLiteral("index.gpkg")));
  byIndex.insert(QStringLiteral("NORMALISATION"), 1);
  byIndex.insert(QStringLiteral("AGGREGATION"), 1);
  byIndex.insert(QStringLiteral("MISSING"), 1);
  const AlgorithmRun a = runAlgorithm(kAlgorithm, byName);
  const AlgorithmRun b = runAlgorithm(kAlgorithm, byIndex);
  ASSERT_TRUE(a.ok) << a.log.toStdString();
  ASSERT_TRUE(b.ok) << b.log.toStdString();
  expectSameFields(out(QStringLiteral("name.gpkg")), out(QStringLiteral("index.gpkg")),
                   kResultFields);
  // exclude: Almere (no car density) gets no score at all, unlike with reweight.
  auto layer = openLayer(out(QStringLiteral("name.gpkg")));
  QgsFeature almere;
  layer
      ->getFeatures(QgsFeatureRequest().setFilterExpression(
          QStringLiteral("gemeentecode = 'GM0034' AND water = 'NEE'")))
      .nextFeature(almere);
  EXPECT_TRUE(almere.attribute(QStringLiteral("resilience")).isNull());
  EXPECT_EQ(a.results.value(QStringLiteral("FEATURES_SCORED")).toInt(),
            481); // 483 - 2 Almere parts

  for (const auto &[name, bad] : std::vector<std::pair<QString, QVariant>>{
           {QStringLiteral("NORMALISATION"), QStringLiteral("median")},
           {QStringLiteral("AGGREGATION"), 2},
           {QStringLiteral("MISSING"), QStringLiteral("impute")}}) {
    QVariantMap p = parameters(out(QStringLiteral("bad.gpkg")));
    p.insert(name, bad);
    EXPECT_FALSE(runAlgorithm(kAlgorithm, p).ok) << name.toStdString();
  }
}

// Three features, minmax then the shifted geometric mean (shift 1) within and across domains,
// worked by hand.
TEST_F(CompositeIndex, GeometricMeanOfMinMaxScoresByHand) {
  const QString layer = smallLayer({{{0, 10, 5}}, {{5, 30, 1}}, {{10, 20, 3}}});
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm,
      {{QStringLiteral("INPUT"), layer},
       {QStringLiteral("INDICATORS"),
        QVariantList{QVariantList{"a", "personal", "+", 1}, QVariantList{"b", "personal", "+", 3},
                     QVariantList{"c", "social", "-", 1}}},
       {QStringLiteral("NORMALISATION"), QStringLiteral("minmax")},
       {QStringLiteral("AGGREGATION"), QStringLiteral("geometric")},
       {QStringLiteral("OUTPUT"), out(QStringLiteral("small.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  // minmax: a -> 0, 50, 100; b -> 0, 100, 50; c reversed -> 0, 100, 50.
  const auto g = [](double x, double wx, double y, double wy) {
    return std::exp((wx * std::log(x + 1) + wy * std::log(y + 1)) / (wx + wy)) - 1;
  };
  const double personal[3] = {g(0, 1, 0, 3), g(50, 1, 100, 3), g(100, 1, 50, 3)};
  const double social[3] = {0, 100, 50};
  double total[3];
  for (int i = 0; i < 3; ++i)
    total[i] = g(personal[i], 1, social[i], 1);
  const auto rows = readFields(out(QStringLiteral("small.gpkg")),
                               {QStringLiteral("score_personal"), QStringLiteral("score_social"),
                                QStringLiteral("resilience"), QStringLiteral("resilience_rank")});
  ASSERT_EQ(rows.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(rows[i][0], personal[i], 1e-9) << i;
    EXPECT_NEAR(rows[i][1], social[i], 1e-9) << i;
    EXPECT_NEAR(rows[i][2], 100 * (total[i] - total[0]) / (total[1] - total[0]), 1e-9) << i;
  }
  EXPECT_EQ(rows[0][3], 1);
  EXPECT_EQ(rows[1][3], 3);
  EXPECT_EQ(rows[2][3], 2);
  EXPECT_TRUE(std::isnan(
      readFields(out(QStringLiteral("small.gpkg")), {QStringLiteral("score_environmental")})[0][0]))
      << "only domains with indicators get a field";
}

// Winsorising at 0.25 / 0.75 of 1, 2, 3, 4, 100: type-7 quartiles 2 and 4, so 1 -> 2 and 100 -> 4;
// minmax then scores 2, 2, 3, 4, 4 as 0, 0, 50, 100, 100.
TEST_F(CompositeIndex, WinsorisingClipsAndIsReported) {
  const QString layer =
      smallLayer({{{1, 1, 1}}, {{2, 1, 1}}, {{3, 1, 1}}, {{4, 1, 1}}, {{100, 1, 1}}});
  for (const QVariant &limits :
       {QVariant(QStringLiteral("0.25;0.75")), QVariant(0.25), QVariant(QStringLiteral("25 75"))}) {
    const AlgorithmRun run = runAlgorithm(
        kAlgorithm,
        {{QStringLiteral("INPUT"), layer},
         {QStringLiteral("INDICATORS"), QVariantList{"a", "social", "+", 1, "", "", "", "", ""}},
         {QStringLiteral("NORMALISATION"), QStringLiteral("minmax")},
         {QStringLiteral("WINSORISE"), limits},
         {QStringLiteral("OUTPUT"), out(QStringLiteral("w.gpkg"))}});
    ASSERT_TRUE(run.ok) << run.log.toStdString();
    EXPECT_TRUE(run.log.contains(QStringLiteral("winsorising raised 1 and lowered 1 value(s)")))
        << run.log.toStdString();
    const auto rows = readFields(out(QStringLiteral("w.gpkg")), {QStringLiteral("score_social")});
    const double expected[5] = {0, 0, 50, 100, 100};
    for (int i = 0; i < 5; ++i)
      EXPECT_NEAR(rows[i][0], expected[i], 1e-9) << i;
  }
  const AlgorithmRun bad = runAlgorithm(
      kAlgorithm,
      {{QStringLiteral("INPUT"), layer},
       {QStringLiteral("INDICATORS"), QVariantList{QVariant(QVariantList{"a", "social", "+"})}},
       {QStringLiteral("WINSORISE"), QStringLiteral("0.9;0.1")},
       {QStringLiteral("OUTPUT"), out(QStringLiteral("w2.gpkg"))}});
  EXPECT_FALSE(bad.ok);
  EXPECT_TRUE(bad.log.contains(QStringLiteral("WINSORISE: the lower quantile 0.9 must be below")))
      << bad.log.toStdString();
}

TEST_F(CompositeIndex, BadInputGivesMessagesNamingTheField) {
  const auto failure = [&](QVariantMap p) {
    p.insert(QStringLiteral("OUTPUT"), out(QStringLiteral("bad.gpkg")));
    const AlgorithmRun run = runAlgorithm(kAlgorithm, p);
    EXPECT_FALSE(run.ok);
    return run.log;
  };
  const auto withRows = [&](const QVariantList &rows) {
    return QVariantMap{{QStringLiteral("INPUT"), joined}, {QStringLiteral("INDICATORS"), rows}};
  };
  const QVariant household = QVariantList{"gemiddelde_huishoudsgrootte", "social", "+", 1};

  QString log = failure(withRows({household, QVariantList{"aantal_inwonerz", "social", "+", 1}}));
  EXPECT_TRUE(log.contains(QStringLiteral("INDICATORS row 2 (field): field 'aantal_inwonerz' does "
                                          "not exist")))
      << log.toStdString();

  log = failure(withRows(
      {household, QVariantList{"x", "personal", "-", 1, "gemeentenaam", "aantal_inwoners", 1000}}));
  EXPECT_TRUE(log.contains(QStringLiteral("INDICATORS row 2 (numerator): field 'gemeentenaam'")) &&
              log.contains(QStringLiteral("not numeric")))
      << log.toStdString();

  log =
      failure(withRows({QVariant(QVariantList{"gemiddelde_huishoudsgrootte", "social", "up", 1})}));
  EXPECT_TRUE(log.contains(QStringLiteral("INDICATORS row 1: direction 'up'")))
      << log.toStdString();

  // z-scores are negative for about half the municipalities: no geometric mean of them.
  QVariantMap geometric = withRows({household});
  geometric.insert(QStringLiteral("AGGREGATION"), QStringLiteral("geometric"));
  log = failure(geometric);
  EXPECT_TRUE(log.contains(QStringLiteral("gemiddelde_huishoudsgrootte")) &&
              log.contains(QStringLiteral("zscore")))
      << log.toStdString();

  QVariantMap both = withRows({household});
  both.insert(QStringLiteral("SPEC"), writeFile(scratch, QStringLiteral("s.csv"),
                                                QStringLiteral("field,domain,direction,weight\n"
                                                               "a,social,+,1\n")));
  EXPECT_TRUE(failure(both).contains(QStringLiteral("not both")));
  EXPECT_TRUE(
      failure({{QStringLiteral("INPUT"), joined}}).contains(QStringLiteral("No indicators")));

  // A typo in a domain is an error naming the known domains, not a new domain of its own.
  log = failure(withRows({household, QVariantList{"aantal_inwoners", "sociaal", "+", 1}}));
  EXPECT_TRUE(log.contains(QStringLiteral("INDICATORS: indicator 'aantal_inwoners': unknown domain "
                                          "'sociaal' (known: personal, social, environmental)")))
      << log.toStdString();
  // DOMAIN_WEIGHTS declares a domain of the user's own, which the table may then use.
  QVariantMap declared = withRows({household, QVariantList{"aantal_inwoners", "density", "-", 1}});
  declared.insert(QStringLiteral("DOMAIN_WEIGHTS"), QVariantList{"density", 0.5});
  declared.insert(QStringLiteral("OUTPUT"), out(QStringLiteral("declared.gpkg")));
  const AlgorithmRun declaredRun = runAlgorithm(kAlgorithm, declared);
  ASSERT_TRUE(declaredRun.ok) << declaredRun.log.toStdString();
  EXPECT_GE(openLayer(out(QStringLiteral("declared.gpkg")))
                ->fields()
                .indexOf(QStringLiteral("score_density")),
            0);

  QVariantMap badSpec = {
      {QStringLiteral("INPUT"), joined},
      {QStringLiteral("SPEC"),
       writeFile(scratch, QStringLiteral("t.csv"), QStringLiteral("field,domain,wieght\n"))}};
  EXPECT_TRUE(failure(badSpec).contains(QStringLiteral("unknown column 'wieght'")));

  // A zero-variance indicator (inhabitants per inhabitant) is skipped and reported; the index
  // is built from the rest.
  QVariantMap constant =
      withRows({household,
                QVariantList{"one", "personal", "+", 1, "aantal_inwoners", "aantal_inwoners", 1}});
  constant.insert(QStringLiteral("OUTPUT"), out(QStringLiteral("constant.gpkg")));
  const AlgorithmRun run = runAlgorithm(kAlgorithm, constant);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("INDICATORS_SKIPPED")).toInt(), 1);
  EXPECT_TRUE(run.log.contains(QStringLiteral("indicator 'one' is skipped: zero variance")))
      << run.log.toStdString();
}

TEST_F(CompositeIndex, UncertaintyRunsRepeatForAFixedSeed) {
  const QStringList fields = {QStringLiteral("rank_p05"), QStringLiteral("rank_median"),
                              QStringLiteral("rank_p95")};
  const auto runWithSeed = [&](int seed, const QString &name) {
    QVariantMap p = parameters(out(name));
    p.insert(QStringLiteral("UNCERTAINTY_RUNS"), 40);
    p.insert(QStringLiteral("UNCERTAINTY_SHARE"), 0.5);
    p.insert(QStringLiteral("SEED"), seed);
    const AlgorithmRun run = runAlgorithm(kAlgorithm, p);
    EXPECT_TRUE(run.ok) << run.log.toStdString();
    return readFields(out(name), fields);
  };
  const auto first = runWithSeed(7, QStringLiteral("u1.gpkg"));
  const auto second = runWithSeed(7, QStringLiteral("u2.gpkg"));
  const auto other = runWithSeed(8, QStringLiteral("u3.gpkg"));
  ASSERT_EQ(first.size(), 484u);
  bool differs = false;
  std::size_t scored = 0;
  for (std::size_t i = 0; i < first.size(); ++i) {
    for (int f = 0; f < 3; ++f) {
      if (std::isnan(first[i][f])) {
        EXPECT_TRUE(std::isnan(second[i][f]));
        continue;
      }
      EXPECT_EQ(first[i][f], second[i][f]) << i;
      differs = differs || first[i][f] != other[i][f];
    }
    if (!std::isnan(first[i][0])) {
      ++scored;
      EXPECT_LE(first[i][0], first[i][1]);
      EXPECT_LE(first[i][1], first[i][2]);
      EXPECT_GE(first[i][0], 1);
      EXPECT_LE(first[i][2], 483);
    }
  }
  EXPECT_EQ(scored, 483u);
  EXPECT_TRUE(differs) << "another seed draws other weights";
}

TEST_F(CompositeIndex, UncertaintyOverTheNormalisationChoice) {
  const QStringList fields = {QStringLiteral("rank_p05"), QStringLiteral("rank_p95"),
                              QStringLiteral("resilience_rank")};
  const auto runWith = [&](const QString &methods, const QString &name) {
    QVariantMap p = parameters(out(name));
    p.insert(QStringLiteral("UNCERTAINTY_RUNS"), 30);
    p.insert(QStringLiteral("UNCERTAINTY_SHARE"), 0.0); // weights fixed: only the method varies
    p.insert(QStringLiteral("UNCERTAINTY_NORMALISATIONS"), methods);
    const AlgorithmRun run = runAlgorithm(kAlgorithm, p);
    EXPECT_TRUE(run.ok) << run.log.toStdString();
    return readFields(out(name), fields);
  };
  // Only the index's own method, weights fixed: every run reproduces the index's ranks.
  for (const auto &row : runWith(QStringLiteral("zscore"), QStringLiteral("same.gpkg")))
    if (!std::isnan(row[2])) {
      EXPECT_EQ(row[0], row[2]);
      EXPECT_EQ(row[1], row[2]);
    }
  // Percentile ranks instead of z-scores in some runs move some municipalities' ranks.
  std::size_t moved = 0;
  for (const auto &row : runWith(QStringLiteral("zscore;rank"), QStringLiteral("mixed.gpkg")))
    moved += !std::isnan(row[2]) && row[0] != row[1];
  EXPECT_GT(moved, 0u);

  QVariantMap bad = parameters(out(QStringLiteral("bad.gpkg")));
  bad.insert(QStringLiteral("UNCERTAINTY_RUNS"), 5);
  bad.insert(QStringLiteral("UNCERTAINTY_NORMALISATIONS"), QStringLiteral("zscore;logistic"));
  const AlgorithmRun run = runAlgorithm(kAlgorithm, bad);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("'logistic' is not one of")))
      << run.log.toStdString();
}

TEST_F(CompositeIndex, TablesWithoutGeometryAreScoredToo) {
  auto *table = new QgsVectorLayer(QStringLiteral("None?field=a:double&field=b:integer"),
                                   QStringLiteral("table"), QStringLiteral("memory"));
  QgsFeatureList rows;
  for (const auto &[a, b] : std::vector<std::pair<double, int>>{{1, 30}, {2, 20}, {4, 10}}) {
    QgsFeature f(table->fields());
    f.setAttributes(QgsAttributes() << a << b);
    rows << f;
  }
  table->dataProvider()->addFeatures(rows);
  QgsProject::instance()->addMapLayer(table);
  QVariantMap parameters{
      {QStringLiteral("INPUT"), table->id()},
      {QStringLiteral("INDICATORS"), QVariantList{"a", "personal", "+", 1, "", "", "", "", "", "b",
                                                  "social", "+", 1, "", "", "", "", ""}},
      {QStringLiteral("NORMALISATION"), QStringLiteral("rank")},
      {QStringLiteral("OUTPUT"), out(QStringLiteral("table.gpkg"))}};
  const AlgorithmRun run = runAlgorithm(kAlgorithm, parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  auto layer = openLayer(out(QStringLiteral("table.gpkg")));
  ASSERT_TRUE(layer->isValid());
  EXPECT_EQ(layer->wkbType(), QgsWkbTypes::NoGeometry);
  // Percentile ranks: a -> 0, 50, 100; b -> 100, 50, 0; every mean is 50, so the rescaling to
  // 0-100 is undefined: resilience NULL, reported.
  const auto scores = readFields(out(QStringLiteral("table.gpkg")),
                                 {QStringLiteral("score_personal"), QStringLiteral("resilience")});
  ASSERT_EQ(scores.size(), 3u);
  EXPECT_DOUBLE_EQ(scores[0][0], 0.0);
  EXPECT_DOUBLE_EQ(scores[2][0], 100.0);
  for (const auto &row : scores)
    EXPECT_TRUE(std::isnan(row[1]));
  EXPECT_TRUE(run.log.contains(QStringLiteral("same aggregate score"))) << run.log.toStdString();

  // The same table written as a layer of a GeoPackage (the pipeline's kind of output), which has
  // no spatial index to build.
  const QString geopackage = out(QStringLiteral("layers.gpkg"));
  parameters.insert(QStringLiteral("OUTPUT"),
                    QStringLiteral("ogr:dbname='%1' table=\"scores\" (geom)").arg(geopackage));
  const AlgorithmRun asLayer = runAlgorithm(kAlgorithm, parameters);
  ASSERT_TRUE(asLayer.ok) << asLayer.log.toStdString();
  auto scoresLayer = openLayer(geopackage + QStringLiteral("|layername=scores"));
  ASSERT_TRUE(scoresLayer->isValid());
  EXPECT_EQ(scoresLayer->featureCount(), 3);
}

// Goalposts from the matrix: a in [2, 8] pointing '+', b in [0, 40] pointing '-', capped; the
// index keeps the goalposts' fixed 0-100 scale.
TEST_F(CompositeIndex, GoalpostsFromTheMatrixByHand) {
  const QString layer = smallLayer({{{0, 10, 0}}, {{5, 30, 0}}, {{10, 20, 0}}});
  QVariantMap p = {{QStringLiteral("INPUT"), layer},
                   {QStringLiteral("INDICATORS"),
                    QVariantList{QVariantList{"a", "personal", "+", 1, "", "", "", "2", "8"},
                                 QVariantList{"b", "social", "-", 1, "", "", "", 0, 40}}},
                   {QStringLiteral("NORMALISATION"), QStringLiteral("goalposts")},
                   {QStringLiteral("OUTPUT"), out(QStringLiteral("goal.gpkg"))}};
  const AlgorithmRun run = runAlgorithm(kAlgorithm, p);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  // a: 100 (x - 2) / 6 capped -> 0, 50, 100; b: 100 (40 - x) / 40 -> 75, 25, 50.
  const auto rows = readFields(out(QStringLiteral("goal.gpkg")),
                               {QStringLiteral("score_personal"), QStringLiteral("score_social"),
                                QStringLiteral("resilience"), QStringLiteral("resilience_rank"),
                                QStringLiteral("resilience_class")});
  const double personal[3] = {0, 50, 100}, social[3] = {75, 25, 50};
  const double rank[3] = {1, 1, 3}, quintile[3] = {1, 1, 4}; // 1 + floor(5 (rank - 1) / 3)
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(rows[i][0], personal[i], 1e-9) << i;
    EXPECT_NEAR(rows[i][1], social[i], 1e-9) << i;
    EXPECT_NEAR(rows[i][2], (personal[i] + social[i]) / 2, 1e-9) << i;
    EXPECT_EQ(rows[i][3], rank[i]) << i;
    EXPECT_EQ(rows[i][4], quintile[i]) << i;
  }

  p[QStringLiteral("INDICATORS")] = QVariantList{"c", "social", "+", 1, "", "", "", "", ""};
  const AlgorithmRun missing = runAlgorithm(kAlgorithm, p);
  EXPECT_FALSE(missing.ok);
  EXPECT_TRUE(missing.log.contains(QStringLiteral("'c' has no goalposts")))
      << missing.log.toStdString();
}

// Cancel pressed while the uncertainty runs: the run fails with the cancel message and writes no
// output.
TEST_F(CompositeIndex, CancelDuringUncertaintyRunsWritesNothing) {
  RecordingFeedback feedback;
  QObject::connect(&feedback, &QgsFeedback::progressChanged, [&feedback](double progress) {
    if (progress > 45 && !feedback.isCanceled())
      feedback.cancel();
  });
  QVariantMap p = parameters(out(QStringLiteral("cancelled.gpkg")));
  p.insert(QStringLiteral("UNCERTAINTY_RUNS"), 20000);
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(kAlgorithm));
  QgsProcessingContext context;
  context.setProject(QgsProject::instance());
  bool ok = true;
  algorithm->run(p, context, &feedback, &ok);
  EXPECT_FALSE(ok);
  EXPECT_TRUE(feedback.joined().contains(QStringLiteral("Canceled")))
      << feedback.joined().toStdString();
  EXPECT_FALSE(QFile::exists(out(QStringLiteral("cancelled.gpkg"))));
}

// A CBS sentinel in a numeric field is NULL by the default NODATA rule, not a huge negative value
// that would squash every other score.
TEST_F(CompositeIndex, NoDataSentinelsReadAsNull) {
  const QString layer = smallLayer({{{1, 0, 0}}, {{2, 0, 0}}, {{-99999999, 0, 0}}, {{5, 0, 0}}});
  const AlgorithmRun run = runAlgorithm(
      kAlgorithm,
      {{QStringLiteral("INPUT"), layer},
       {QStringLiteral("INDICATORS"), QVariantList{"a", "social", "+", 1, "", "", "", "", ""}},
       {QStringLiteral("NORMALISATION"), QStringLiteral("minmax")},
       {QStringLiteral("OUTPUT"), out(QStringLiteral("nodata.gpkg"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("a: 1 value(s) read as NULL by NODATA")))
      << run.log.toStdString();
  const auto rows = readFields(out(QStringLiteral("nodata.gpkg")),
                               {QStringLiteral("score_social"), QStringLiteral("coverage")});
  const double expected[4] = {0, 25, kNaN, 100}; // minmax of 1, 2, 5
  for (int i = 0; i < 4; ++i)
    if (std::isnan(expected[i]))
      EXPECT_TRUE(std::isnan(rows[i][0]) && rows[i][1] == 0.0) << i;
    else
      EXPECT_NEAR(rows[i][0], expected[i], 1e-9) << i;
}

// Issue 13: the municipalities scored on the baseline of their own run give that run's output
// exactly (every result field, every feature).
TEST_F(CompositeIndex, OwnBaselineGivesTheSameOutput) {
  QVariantMap p = parameters(out(QStringLiteral("yearA.gpkg")));
  p.insert(QStringLiteral("WINSORISE"), QStringLiteral("0.05"));
  p.insert(QStringLiteral("OUTPUT_BASELINE"), out(QStringLiteral("baseline.json")));
  const AlgorithmRun own = runAlgorithm(kAlgorithm, p);
  ASSERT_TRUE(own.ok) << own.log.toStdString();
  EXPECT_EQ(own.results.value(QStringLiteral("OUTPUT_BASELINE")).toString(),
            out(QStringLiteral("baseline.json")));
  const AlgorithmRun again =
      runAlgorithm(kAlgorithm, {{QStringLiteral("INPUT"), joined},
                                {QStringLiteral("BASELINE"), out(QStringLiteral("baseline.json"))},
                                {QStringLiteral("OUTPUT"), out(QStringLiteral("again.gpkg"))}});
  ASSERT_TRUE(again.ok) << again.log.toStdString();
  EXPECT_TRUE(again.log.contains(QStringLiteral("Scoring on the baseline")))
      << again.log.toStdString();
  const QStringList &fields = kResultFields;
  const auto a = readFields(out(QStringLiteral("yearA.gpkg")), fields);
  const auto b = readFields(out(QStringLiteral("again.gpkg")), fields);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i)
    for (int f = 0; f < fields.size(); ++f) {
      if (std::isnan(a[i][f])) {
        EXPECT_TRUE(std::isnan(b[i][f])) << fields[f].toStdString() << " " << i;
        continue;
      }
      EXPECT_EQ(a[i][f], b[i][f]) << fields[f].toStdString() << " " << i;
    }
}

// A later year on the first year's scale, by hand. Year A: a = 0, 10, 20 (+), b = 5, 3, 1 (-);
// minmax: a -> 0, 50, 100; b reversed, 100 (5 - b) / 4 -> 0, 50, 100. One indicator per domain,
// so the aggregate is their mean: 0, 50, 100, which is also resilience (min 0, max 100).
// Year B: a = 20, 30, 10; b = 1, 1, 7. On year A's scale a -> 100, 150, 50; b -> 100, 100, -50;
// aggregate 100, 125, 0; resilience 100, 125, 0.
// Classes from year A's breaks (ranks 1, 2, 3 of 3 give classes 1, 2, 4, so the lowest aggregate
// of classes 2 and up is 50, of 3 and up 100, of 4 and up 100, none for 5): 100 -> 4, 125 -> 4,
// 0 -> 1.
TEST_F(CompositeIndex, LaterYearOnTheBaselineByHand) {
  const QString yearA = smallLayer({{{0, 5, 0}}, {{10, 3, 0}}, {{20, 1, 0}}});
  const QString yearB = smallLayer({{{20, 1, 0}}, {{30, 1, 0}}, {{10, 7, 0}}});
  const AlgorithmRun a = runAlgorithm(
      kAlgorithm,
      {{QStringLiteral("INPUT"), yearA},
       {QStringLiteral("INDICATORS"),
        QVariantList{QVariantList{"a", "personal", "+", 1}, QVariantList{"b", "social", "-", 1}}},
       {QStringLiteral("NORMALISATION"), QStringLiteral("minmax")},
       {QStringLiteral("OUTPUT_BASELINE"), out(QStringLiteral("a.json"))},
       {QStringLiteral("OUTPUT"), out(QStringLiteral("a.gpkg"))}});
  ASSERT_TRUE(a.ok) << a.log.toStdString();
  const AlgorithmRun b =
      runAlgorithm(kAlgorithm, {{QStringLiteral("INPUT"), yearB},
                                {QStringLiteral("BASELINE"), out(QStringLiteral("a.json"))},
                                {QStringLiteral("OUTPUT"), out(QStringLiteral("b.gpkg"))}});
  ASSERT_TRUE(b.ok) << b.log.toStdString();
  const auto rows = readFields(out(QStringLiteral("b.gpkg")),
                               {QStringLiteral("score_personal"), QStringLiteral("score_social"),
                                QStringLiteral("resilience"), QStringLiteral("resilience_class")});
  const double expected[3][4] = {{100, 100, 100, 4}, {150, 100, 125, 4}, {50, -50, 0, 1}};
  for (int i = 0; i < 3; ++i)
    for (int f = 0; f < 4; ++f)
      EXPECT_NEAR(rows[i][f], expected[i][f], 1e-9) << i << " " << f;
  // Outside year A's range, reported and not clipped: a = 30 above 20, b = 7 above 5; the score
  // 125 above 100.
  EXPECT_TRUE(b.log.contains(QStringLiteral("indicator 'a': 0 value(s) below the baseline's "
                                            "minimum 0 and 1 above its maximum 20")))
      << b.log.toStdString();
  EXPECT_TRUE(b.log.contains(QStringLiteral("indicator 'b': 0 value(s) below the baseline's "
                                            "minimum 1 and 1 above its maximum 5")))
      << b.log.toStdString();
  EXPECT_TRUE(b.log.contains(QStringLiteral("0 feature(s) score below 0 and 1 above 100")))
      << b.log.toStdString();

  // A baseline with indicators of its own is refused, naming the conflict; so is a file that is
  // not a baseline.
  const AlgorithmRun both = runAlgorithm(
      kAlgorithm,
      {{QStringLiteral("INPUT"), yearB},
       {QStringLiteral("BASELINE"), out(QStringLiteral("a.json"))},
       {QStringLiteral("INDICATORS"), QVariantList{QVariantList{"a", "personal", "+", 1}}},
       {QStringLiteral("OUTPUT"), out(QStringLiteral("both.gpkg"))}});
  EXPECT_FALSE(both.ok);
  EXPECT_TRUE(both.log.contains(QStringLiteral("leave INDICATORS, SPEC and DOMAIN_WEIGHTS empty")))
      << both.log.toStdString();
  const QString notBaseline =
      writeFile(scratch, QStringLiteral("spec.json"),
                QStringLiteral("{\"indicators\": [{\"field\": \"a\", \"domain\": \"personal\", "
                               "\"direction\": \"+\"}]}"));
  const AlgorithmRun wrong =
      runAlgorithm(kAlgorithm, {{QStringLiteral("INPUT"), yearB},
                                {QStringLiteral("BASELINE"), notBaseline},
                                {QStringLiteral("OUTPUT"), out(QStringLiteral("wrong.gpkg"))}});
  EXPECT_FALSE(wrong.ok);
  EXPECT_TRUE(wrong.log.contains(QStringLiteral("BASELINE: ") + notBaseline +
                                 QStringLiteral(": not a baseline file")))
      << wrong.log.toStdString();
  EXPECT_FALSE(QFile::exists(out(QStringLiteral("wrong.gpkg"))));
}
