// Bad-input matrix, parameter names and values (issue 17, item 12): a misspelt parameter name is
// refused naming the nearest known one (it used to be ignored, so PERMUTATONS=9 ran 999), yes/no
// values are read in English and Dutch or refused (STAR=no was read as yes), and integers beyond
// the range of an int are refused (SEED 2147483648 wrapped to a negative seed)
// (docs/robustness.md, "Bad-input matrix").
#include "bad_input_support.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

std::function<QVariant(const Scratch &)> grid16() {
  return [](const Scratch &s) { return geopackage(s.dir, QStringLiteral("input.gpkg"), grid()); };
}

std::vector<Case> cases() {
  std::vector<Case> c;
  // One letter dropped from the output every algorithm has; the run is refused before it starts
  // and the correct name is suggested.
  const QList<QPair<QString, QString>> misspelt = {
      {QStringLiteral("weights"), QStringLiteral("OUTPT")},
      {QStringLiteral("hotspots"), QStringLiteral("OUTPT")},
      {QStringLiteral("localmoran"), QStringLiteral("OUTPT")},
      {QStringLiteral("globalmoran"), QStringLiteral("OUTPUT_HTM")},
      {QStringLiteral("smooth"), QStringLiteral("OUTPT")},
      {QStringLiteral("compositeindex"), QStringLiteral("OUTPT")},
      {QStringLiteral("accessibility"), QStringLiteral("OUTPT")},
      {QStringLiteral("aggregate"), QStringLiteral("OUTPT")},
      {QStringLiteral("printmaps"), QStringLiteral("OUTPUT_PF")},
      {QStringLiteral("jointable"), QStringLiteral("OUTPT")},
      {QStringLiteral("pipeline"), QStringLiteral("SPC")}};
  for (const auto &[algorithm, name] : misspelt) {
    const QString meant =
        algorithm == QLatin1String("pipeline") ? QStringLiteral("SPEC") : mainOutput(algorithm);
    c.push_back(make("MisspeltParameterName", algorithm, grid16(), false,
                     {QStringLiteral("%1 is not a parameter of resilience:%2; did you mean %3?")
                          .arg(name, algorithm, meant)},
                     {{name, QStringLiteral("x")}}));
  }
  c.push_back(make("MisspeltPermutations", QStringLiteral("hotspots"), grid16(), false,
                   {QStringLiteral("PERMUTATONS is not a parameter of resilience:hotspots; did "
                                   "you mean PERMUTATIONS?")},
                   {{QStringLiteral("PERMUTATONS"), 9}}));
  // Gi (without the feature itself) is what STAR=no asks for, in any of its words.
  for (const char *no : {"no", "nee", "off", "FALSE", "0"})
    c.push_back(make(std::string("Star_") + no, QStringLiteral("hotspots"), grid16(), true,
                     {QStringLiteral("Gi: 16 of 16 features computed")},
                     {{QStringLiteral("STAR"), QString::fromLatin1(no)}}));
  for (const char *yes : {"yes", "ja", "on"})
    c.push_back(make(std::string("Star_") + yes, QStringLiteral("hotspots"), grid16(), true,
                     {QStringLiteral("Gi*: 16 of 16 features computed")},
                     {{QStringLiteral("STAR"), QString::fromLatin1(yes)}}));
  c.push_back(make("StarNeitherYesNorNo", QStringLiteral("hotspots"), grid16(), false,
                   {QStringLiteral("STAR: 'maybe' is neither yes nor no")},
                   {{QStringLiteral("STAR"), QStringLiteral("maybe")}}));
  c.push_back(make("IncludeSelfNeitherYesNorNo", QStringLiteral("smooth"), grid16(), false,
                   {QStringLiteral("INCLUDE_SELF: 'nope' is neither yes nor no")},
                   {{QStringLiteral("INCLUDE_SELF"), QStringLiteral("nope")}}));
  c.push_back(make("RowStandardiseNeitherYesNorNo", QStringLiteral("localmoran"), grid16(), false,
                   {QStringLiteral("ROW_STANDARDISE: 'perhaps' is neither yes nor no")},
                   {{QStringLiteral("ROW_STANDARDISE"), QStringLiteral("perhaps")}}));
  // 2^31: one more than an int holds.
  for (const QString &algorithm : {QStringLiteral("hotspots"), QStringLiteral("localmoran"),
                                   QStringLiteral("globalmoran"), QStringLiteral("compositeindex")})
    c.push_back(make("SeedOutOfRange", algorithm, grid16(), false,
                     {QStringLiteral("SEED: 2147483648 is out of range (at most 2147483647)")},
                     {{QStringLiteral("SEED"), QStringLiteral("2147483648")}}));
  c.push_back(make("KOutOfRange", QStringLiteral("weights"), grid16(), false,
                   {QStringLiteral("K: 2147483648 is out of range")},
                   {{QStringLiteral("WEIGHTS"), QStringLiteral("knn")},
                    {QStringLiteral("K"), QStringLiteral("2147483648")}}));
  c.push_back(make("KNotWhole", QStringLiteral("weights"), grid16(), false,
                   {QStringLiteral("K: 4.5 is not a whole number")},
                   {{QStringLiteral("WEIGHTS"), QStringLiteral("knn")},
                    {QStringLiteral("K"), QStringLiteral("4.5")}}));
  // The message names the extension, not the staged temporary file the run would have written.
  c.push_back(make("OutputNotAWeightsFile", QStringLiteral("weights"), grid16(), false,
                   {QStringLiteral("OUTPUT must end in .gal or .gwt, not .gpkg")},
                   {{QStringLiteral("OUTPUT"), QStringLiteral("@path:weights.gpkg")}}));
  return c;
}

} // namespace

RESILIENCE_BAD_INPUT_SUITE(BadInputParameters, cases);
