// Issue 12 item 5: the dialog's help panel shows shortHelpString() as HTML, one paragraph per
// line. Text between < and > must show (escaped), parameters are named by the labels the dialog
// shows, and the Help button opens documentation that is installed with the plugin.
#include "qgis_test_environment.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QUrl>

#include <gtest/gtest.h>

using namespace resilience::testing;

namespace {

const QgsProcessingAlgorithm *algorithm(const QString &id) {
  return QgsApplication::processingRegistry()->algorithmById(id);
}

// What the help panel shows: each line is one paragraph of HTML.
QString shownHelp(const QgsProcessingAlgorithm &algorithm) {
  QStringList paragraphs = algorithm.shortHelpString().split(QLatin1Char('\n'));
  for (QString &paragraph : paragraphs)
    paragraph = QTextDocumentFragment::fromHtml(paragraph).toPlainText();
  return paragraphs.join(QLatin1Char('\n'));
}

QList<const QgsProcessingAlgorithm *> providerAlgorithms() {
  return QgsApplication::processingRegistry()
      ->providerById(QStringLiteral("resilience"))
      ->algorithms();
}

} // namespace

TEST(HelpText, TextBetweenAngleBracketsIsShown) {
  // smooth writes <FIELD>_smooth, named by the field's label; jointable's no-data threshold.
  EXPECT_TRUE(shownHelp(*algorithm(QStringLiteral("resilience:smooth")))
                  .contains(QStringLiteral("<Value field>_smooth")))
      << shownHelp(*algorithm(QStringLiteral("resilience:smooth"))).toStdString();
  EXPECT_TRUE(shownHelp(*algorithm(QStringLiteral("resilience:jointable")))
                  .contains(QStringLiteral("'<=-99995'")));
  EXPECT_TRUE(shownHelp(*algorithm(QStringLiteral("resilience:compositeindex")))
                  .contains(QStringLiteral("score_<domain>")));
}

TEST(HelpText, ParametersAreNamedByTheirLabels) {
  const QString composite = shownHelp(*algorithm(QStringLiteral("resilience:compositeindex")));
  EXPECT_FALSE(composite.contains(QStringLiteral("MIN_COVERAGE")));
  EXPECT_FALSE(composite.contains(QRegularExpression(QStringLiteral("\\bSEED\\b"))));
  EXPECT_TRUE(composite.contains(QStringLiteral("“Minimum coverage”"))) << composite.toStdString();
  EXPECT_TRUE(composite.contains(QStringLiteral("“Random seed”")));
  const QString hotspots = shownHelp(*algorithm(QStringLiteral("resilience:hotspots")));
  EXPECT_FALSE(hotspots.contains(QRegularExpression(QStringLiteral("\\bSTAR\\b"))));
  EXPECT_TRUE(hotspots.contains(QStringLiteral("(“Gi*”, the usual choice")))
      << hotspots.toStdString();
}

// No algorithm names a parameter the way scripts do, unless a label the dialog shows says it too
// ("Neighbours (K, for knn and kernel)").
TEST(HelpText, NoAlgorithmNamesAParameterTheDialogDoesNotShow) {
  for (const QgsProcessingAlgorithm *algorithm : providerAlgorithms()) {
    SCOPED_TRACE(algorithm->id().toStdString());
    const QgsProcessingParameterDefinitions definitions = algorithm->parameterDefinitions();
    QString labels;
    for (const QgsProcessingParameterDefinition *definition : definitions)
      labels += definition->description() + QLatin1Char('\n');
    const QString help = shownHelp(*algorithm);
    for (const QgsProcessingParameterDefinition *definition : definitions) {
      const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_])%1(?![A-Za-z0-9_])")
                                        .arg(QRegularExpression::escape(definition->name())));
      if (!labels.contains(word)) {
        EXPECT_FALSE(help.contains(word)) << definition->name().toStdString();
      }
    }
  }
}

TEST(HelpText, EveryAlgorithmExplainsInvalidGeometriesWhereItReadsLayers) {
  for (const QgsProcessingAlgorithm *algorithm : providerAlgorithms()) {
    SCOPED_TRACE(algorithm->id().toStdString());
    bool readsSources = false;
    for (const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions())
      readsSources |= definition->type() == QgsProcessingParameterFeatureSource::typeName();
    EXPECT_EQ(
        shownHelp(*algorithm)
            .contains(QStringLiteral("\"Stop algorithm execution when a geometry is invalid\"")),
        readsSources);
  }
}

TEST(HelpText, TheHelpButtonOpensDocumentationThatExists) {
  for (const QgsProcessingAlgorithm *algorithm : providerAlgorithms()) {
    SCOPED_TRACE(algorithm->id().toStdString());
    const QUrl url(algorithm->helpUrl());
    ASSERT_TRUE(url.isLocalFile()) << algorithm->helpUrl().toStdString();
    EXPECT_TRUE(QFileInfo::exists(url.toLocalFile())) << url.toLocalFile().toStdString();
  }
  EXPECT_TRUE(QUrl(algorithm(QStringLiteral("resilience:hotspots"))->helpUrl())
                  .toLocalFile()
                  .endsWith(QStringLiteral("docs/statistics.md")));
}
