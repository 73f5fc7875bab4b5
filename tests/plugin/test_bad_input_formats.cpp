// Bad-input matrix, output formats: a shapefile OUTPUT, which keeps field names of at most 10
// characters (docs/robustness.md, "Bad-input matrix"). An algorithm whose fields are longer is
// refused before anything is written; one whose fields fit writes them under their own names.
// Not applicable: weights (a GAL/GWT file), globalmoran (a report), printmaps (a PDF), pipeline
// (always a GeoPackage).
#include "bad_input_support.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// OUTPUT as a shapefile in the scratch folder.
Case shapefileCase(const QString &algorithm, bool succeeds, const QStringList &messages,
                   Check check = {}) {
  return {algorithm.toStdString() + "_ShapefileOutput",
          algorithm,
          gridLayer,
          {{QStringLiteral("OUTPUT"), QStringLiteral("@path:output.shp")}},
          succeeds,
          messages,
          std::move(check)};
}

std::vector<Case> cases() {
  std::vector<Case> c;
  const QString gpkg = QStringLiteral("Write a GeoPackage (.gpkg) instead");
  const auto refused = [&](const char *algorithm, const QString &first, const QString &all) {
    c.push_back(shapefileCase(
        QString::fromLatin1(algorithm), false,
        {QStringLiteral("OUTPUT: a .shp file keeps field names of at most 10 characters, so '%1' "
                        "would be written as '%2', which the style and later steps do not know "
                        "(too long: %3)")
             .arg(first, first.left(10), all),
         gpkg}));
  };
  refused("localmoran", QStringLiteral("lisa_cluster"),
          QStringLiteral("lisa_cluster, risk_cluster, risk_cluster_class"));
  refused("accessibility", QStringLiteral("acc_nearest_m"),
          QStringLiteral("acc_nearest_m, acc_gravity"));
  refused("compositeindex", QStringLiteral("score_social"),
          QStringLiteral("score_social, resilience_rank, resilience_class"));
  refused("aggregate", QStringLiteral("score_mean_w"),
          QStringLiteral("score_mean_w, share_lowest_class, share_stacked"));
  // GDAL's own remarks on the shapefile reach the log once each, not the terminal.
  c.push_back(
      shapefileCase(QStringLiteral("weights"), true,
                    {QStringLiteral("GDAL warning: Field code of width 255 truncated to 254.")}));
  c.back().name = "hotspots_ShapefileOutputGdalWarnings";
  c.back().algorithm = QStringLiteral("hotspots");
  // Gi*, smoothing and a join of short table fields fit: written under their own names.
  for (const auto &[algorithm, field] : std::vector<std::pair<const char *, const char *>>{
           {"hotspots", "gi_class"}, {"smooth", "v_smooth"}, {"jointable", "x"}})
    c.push_back(shapefileCase(
        QString::fromLatin1(algorithm), true, {},
        [field = QString::fromLatin1(field)](const AlgorithmRun &run, const Scratch &) {
          EXPECT_EQ(outputColumn(run, field).size(), 16u);
        }));
  // A joined table field longer than 10 characters is refused the same way.
  Case longColumn =
      shapefileCase(QStringLiteral("jointable"), false,
                    {QStringLiteral("so 'inwoners_2015' would be written as 'inwoners_2'"), gpkg});
  longColumn.name = "jointable_ShapefileOutputLongTableField";
  longColumn.extra.insert(QStringLiteral("TABLE"),
                          QStringLiteral("@table:code,inwoners_2015\nBU0001,12\n"));
  c.push_back(longColumn);
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputFormats, cases);
