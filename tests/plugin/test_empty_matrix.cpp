// Issue 12 item 2: the Processing dialog sends an optional table left empty as [''] (one blank
// cell). Such a table is "not given" (parameters/emptymatrix.h): the composite index runs from a
// SPEC file beside an empty INDICATORS table, and an empty DOMAIN_WEIGHTS table means equal
// domain weights.
#include "bad_input_support.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// The same two indicators as bad_input_support's default INDICATORS table, as a spec file.
const QString kSpec = QStringLiteral("@table:field,domain,direction,weight\n"
                                     "v,social,+,1\n"
                                     "pop,social,-,1\n");
const QVariantList kEmptyTable{QString()};

// The scores equal those of the same two indicators given as a filled INDICATORS table (and no
// DOMAIN_WEIGHTS): the empty table changed nothing.
void scoredLikeTheDefaultTable(const AlgorithmRun &run, const Scratch &scratch) {
  QVariantMap reference = defaults(QStringLiteral("compositeindex"), gridLayer(scratch), scratch);
  reference.insert(QStringLiteral("OUTPUT"), scratch.path(QStringLiteral("reference.gpkg")));
  const AlgorithmRun table = runAlgorithm(QStringLiteral("resilience:compositeindex"), reference);
  ASSERT_TRUE(table.ok) << table.log.toStdString();
  const std::vector<QVariant> scores = outputColumn(run, QStringLiteral("resilience"));
  ASSERT_EQ(scores.size(), 16u);
  EXPECT_EQ(nullCount(scores), 0);
  EXPECT_EQ(scores, outputColumn(table, QStringLiteral("resilience")));
}

} // namespace

TEST(EmptyMatrix, AnEmptyIndicatorsTableBesideASpecFileIsNotGiven) {
  runCase({"compositeindex",
           QStringLiteral("compositeindex"),
           gridLayer,
           {{QStringLiteral("INDICATORS"), kEmptyTable},
            {QStringLiteral("DOMAIN_WEIGHTS"), kEmptyTable},
            {QStringLiteral("SPEC"), kSpec}},
           true,
           {},
           scoredLikeTheDefaultTable});
}

TEST(EmptyMatrix, AnEmptyDomainWeightsTableMeansEqualWeights) {
  runCase({"compositeindex",
           QStringLiteral("compositeindex"),
           gridLayer,
           {{QStringLiteral("DOMAIN_WEIGHTS"), kEmptyTable}},
           true,
           {},
           scoredLikeTheDefaultTable});
}

// A row added in the dialog but not filled in is as empty as no row.
TEST(EmptyMatrix, ABlankRowIsNotATable) {
  runCase(
      {"compositeindex",
       QStringLiteral("compositeindex"),
       gridLayer,
       {{QStringLiteral("INDICATORS"), QVariantList{QString(), QString(), QString(), QVariant()}},
        {QStringLiteral("SPEC"), kSpec}},
       true,
       {},
       scoredLikeTheDefaultTable});
}

// Neither a filled table nor a spec file: the message says what to give, not "1 cells".
TEST(EmptyMatrix, NoIndicatorsAtAllStillSaysWhatToGive) {
  runCase({"compositeindex",
           QStringLiteral("compositeindex"),
           gridLayer,
           {{QStringLiteral("INDICATORS"), kEmptyTable}},
           false,
           {QStringLiteral("No indicators: fill in the INDICATORS table")}});
}
