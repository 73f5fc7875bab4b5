// The Dutch interface (issue 12): plugin/i18n/resilience_nl.ts compiled to a .qm and installed for
// QGIS's locale when the provider is registered. Here installed by hand for "nl" and removed
// again, so the other tests keep reading English.
#include "indicatorspanel.h"
#include "translation.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>

#include <QTableWidget>

#include <gtest/gtest.h>

#include <memory>

namespace {

struct DutchForThisTest {
  explicit DutchForThisTest(const QString &locale) { ok = installResilienceTranslation(locale); }
  ~DutchForThisTest() { removeResilienceTranslation(); }
  bool ok = false;
};

std::unique_ptr<QgsProcessingAlgorithm> algorithm(const char *id) {
  return std::unique_ptr<QgsProcessingAlgorithm>(
      QgsApplication::processingRegistry()->createAlgorithmById(QString::fromLatin1(id)));
}

} // namespace

TEST(Translation, DutchInterfaceUnderLocaleNl) {
  {
    DutchForThisTest dutch(QStringLiteral("nl_NL")); // falls back to resilience_nl.qm
    ASSERT_TRUE(dutch.ok) << "no resilience_nl.qm in "
                          << resilienceTranslationsDirectory().toStdString();
    const auto hotspots = algorithm("resilience:hotspots");
    EXPECT_EQ(hotspots->displayName(), QStringLiteral("Hotspots en coldspots (Getis-Ord Gi*)"));
    EXPECT_EQ(hotspots->group(), QStringLiteral("4 Hotspots"));
    EXPECT_EQ(hotspots->parameterDefinition(QStringLiteral("FIELD"))->description(),
              QStringLiteral("Waardeveld"));
    EXPECT_EQ(hotspots->parameterDefinition(QStringLiteral("WEIGHTS"))->description(),
              QStringLiteral("Ruimtelijke gewichten"));
    EXPECT_EQ(algorithm("resilience:jointable")->group(), QStringLiteral("1 Indicatoren"));
    EXPECT_EQ(algorithm("resilience:siteselection")->displayName(),
              QStringLiteral("Locatiekeuze (waar te beginnen)"));
    IndicatorsPanel panel;
    EXPECT_EQ(panel.table()->horizontalHeaderItem(IndicatorsPanel::Field)->text(),
              QStringLiteral("Veld"));
  }
  // Removed again: English, the source language, needs no translation file.
  EXPECT_EQ(algorithm("resilience:hotspots")->displayName(),
            QStringLiteral("Hot and cold spots (Getis-Ord Gi*)"));
  EXPECT_FALSE(installResilienceTranslation(QStringLiteral("en")));
}
