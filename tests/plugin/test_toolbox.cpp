// How the algorithms appear in the Processing Toolbox (issue 12): every algorithm has an icon, a
// one-line description, English and Dutch tags and a group, and the groups sort in the order of
// the monitor's workflow. A screenshot of QGIS's own toolbox view goes to artefacts/.
#include "algorithms/toolbox.h"
#include "dialog_support.h"
#include "qgis_test_environment.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingtoolboxtreeview.h>

#include <QFile>
#include <QSvgRenderer>

#include <gtest/gtest.h>

using namespace resilience::testing;

namespace {

QList<const QgsProcessingAlgorithm *> resilienceAlgorithms() {
  return QgsApplication::processingRegistry()
      ->providerById(QStringLiteral("resilience"))
      ->algorithms();
}

} // namespace

TEST(Toolbox, EveryAlgorithmHasIconDescriptionTagsAndGroup) {
  const auto algorithms = resilienceAlgorithms();
  ASSERT_EQ(algorithms.size(), 18);
  QStringList groupNames;
  for (ToolboxStep step : toolboxSteps())
    groupNames << toolboxGroupName(step);
  for (const QgsProcessingAlgorithm *algorithm : algorithms) {
    const std::string id = algorithm->id().toStdString();
    EXPECT_TRUE(QFile::exists(algorithm->svgIconPath())) << id;
    EXPECT_TRUE(QSvgRenderer(algorithm->svgIconPath()).isValid()) << id;
    EXPECT_FALSE(algorithm->icon().isNull()) << id;
    EXPECT_GT(algorithm->shortDescription().size(), 20) << id;
    EXPECT_TRUE(groupNames.contains(algorithm->group()))
        << id << " " << algorithm->group().toStdString();
    EXPECT_FALSE(algorithm->groupId().isEmpty()) << id;
    EXPECT_TRUE(algorithm->tags().contains(QStringLiteral("resilience")) &&
                algorithm->tags().contains(QStringLiteral("veerkracht")))
        << id;
  }
  // Words a planner types, in both languages, find the right algorithm.
  const auto tagsOf = [](const char *id) {
    return QgsApplication::processingRegistry()
        ->algorithmById(QStringLiteral("resilience:%1").arg(QLatin1String(id)))
        ->tags();
  };
  EXPECT_TRUE(tagsOf("localmoran").contains(QStringLiteral("lisa")));
  EXPECT_TRUE(tagsOf("hotspots").contains(QStringLiteral("getis")));
  EXPECT_TRUE(tagsOf("hotspots").contains(QStringLiteral("hotspot")));
  EXPECT_TRUE(tagsOf("jointable").contains(QStringLiteral("buurt")));
  EXPECT_TRUE(tagsOf("accessibility").contains(QStringLiteral("bereikbaarheid")));
  EXPECT_TRUE(tagsOf("siteselection").contains(QStringLiteral("proeftuin")));
  EXPECT_TRUE(tagsOf("printmaps").contains(QStringLiteral("kaart")));
}

TEST(Toolbox, GroupsSortInWorkflowOrder) {
  // The toolbox sorts groups by name; the numbers keep the workflow's order.
  QStringList names;
  for (ToolboxStep step : toolboxSteps())
    names << toolboxGroupName(step);
  QStringList sorted = names;
  sorted.sort(Qt::CaseInsensitive);
  EXPECT_EQ(sorted, names);
  const auto groupOf = [](const char *id) {
    return QgsApplication::processingRegistry()
        ->algorithmById(QStringLiteral("resilience:%1").arg(QLatin1String(id)))
        ->group();
  };
  EXPECT_EQ(groupOf("jointable"), QStringLiteral("1 Indicators"));
  EXPECT_EQ(groupOf("compositeindex"), QStringLiteral("2 Index"));
  EXPECT_EQ(groupOf("weights"), QStringLiteral("3 Neighbours"));
  EXPECT_EQ(groupOf("hotspots"), QStringLiteral("4 Hot spots"));
  EXPECT_EQ(groupOf("localmoran"), QStringLiteral("4 Hot spots"));
  EXPECT_EQ(groupOf("accessibility"), QStringLiteral("5 Accessibility"));
  EXPECT_EQ(groupOf("aggregate"), QStringLiteral("6 Regions"));
  EXPECT_EQ(groupOf("printmaps"), QStringLiteral("7 Maps"));
  for (const char *id : {"change", "emerginghotspots", "lisamarkov", "harmonise"})
    EXPECT_EQ(groupOf(id), QStringLiteral("8 Over time")) << id;

  QgsProcessingToolboxTreeView toolbox(nullptr, QgsApplication::processingRegistry());
  toolbox.resize(420, 560);
  toolbox.expandAll();
  saveScreenshot(toolbox, QStringLiteral("toolbox"));
}
