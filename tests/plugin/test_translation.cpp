// The Dutch interface (issue 12): plugin/i18n/resilience_nl.ts compiled to a .qm and installed for
// QGIS's locale when the provider is registered. Here installed by hand for "nl" and removed
// again, so the other tests keep reading English.
#include "indicatorspanel.h"
#include "translation.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

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

namespace {

// One <message> of a Qt Linguist file: its source, its translation (one per plural form of a
// %n message) and whether Linguist marks it unfinished.
struct TsMessage {
  QString source;
  QStringList translations;
  bool unfinished = false;
  bool gone = false; // vanished or obsolete: no longer in the sources
};

std::vector<TsMessage> readTs(const QString &path) {
  QFile file(path);
  EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
  std::vector<TsMessage> messages;
  QXmlStreamReader xml(&file);
  bool numerus = false;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement())
      continue;
    const QStringRef name = xml.name();
    if (name == QLatin1String("message")) {
      messages.emplace_back();
      numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    } else if (name == QLatin1String("source") && !messages.empty()) {
      messages.back().source = xml.readElementText();
    } else if (name == QLatin1String("translation") && !messages.empty()) {
      const QStringRef type = xml.attributes().value(QLatin1String("type"));
      messages.back().unfinished = type == QLatin1String("unfinished");
      messages.back().gone = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
      if (!numerus)
        messages.back().translations << xml.readElementText();
    } else if (name == QLatin1String("numerusform") && !messages.empty()) {
      messages.back().translations << xml.readElementText();
    }
  }
  EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
  messages.erase(std::remove_if(messages.begin(), messages.end(),
                                [](const TsMessage &message) { return message.gone; }),
                 messages.end());
  return messages;
}

// What a translation must keep of its source, sorted: placeholders (%1, %n), text in angle
// brackets (<FIELD>_smooth, HTML tags) and parameter names (the help panel turns them into the
// dialog's labels; messages name them so that scripts find them).
QStringList kept(const QString &text, const QSet<QString> &parameterNames) {
  static const QRegularExpression pattern(
      QStringLiteral("%(?:\\d+|n)|<[^<>\\s=][^<>]*>|\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b"));
  QStringList found;
  QRegularExpressionMatchIterator matches = pattern.globalMatch(text);
  while (matches.hasNext()) {
    const QString match = matches.next().captured();
    if (match.at(0).isLetter() && !parameterNames.contains(match))
      continue;
    found << match;
  }
  found.sort();
  return found;
}

// The names of every parameter of the provider's algorithms (one letter names such as K left
// out: the help text does not replace them either).
QSet<QString> providerParameterNames() {
  QSet<QString> names;
  const QgsProcessingProvider *provider =
      QgsApplication::processingRegistry()->providerById(QStringLiteral("resilience"));
  for (const QgsProcessingAlgorithm *algorithm : provider->algorithms())
    for (const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions())
      if (definition->name().size() > 1)
        names << definition->name();
  return names;
}

// Leading spaces, trailing spaces and line breaks of a text, e.g. "1|0|2".
QString layout(const QString &text) {
  static const QRegularExpression leading(QStringLiteral("^\\s*"));
  static const QRegularExpression trailing(QStringLiteral("\\s*$"));
  return QStringLiteral("%1|%2|%3")
      .arg(leading.match(text).capturedLength())
      .arg(trailing.match(text).capturedLength())
      .arg(text.count(QLatin1Char('\n')));
}

QString translationFile() {
  return QStringLiteral(RESILIENCE_PLUGIN_SOURCES "/i18n/resilience_nl.ts");
}

} // namespace

// Every string the interface shows is translated: lupdate, run over the sources as the
// translator runs it (plugin/CMakeLists.txt) on a copy of resilience_nl.ts, leaves no string
// unfinished or empty. A tr() string added without a translation fails here, naming it.
TEST(Translation, EverySourceStringHasADutchTranslation) {
  QTemporaryDir dir;
  const QString copy = dir.filePath(QStringLiteral("resilience_nl.ts"));
  ASSERT_TRUE(QFile::copy(translationFile(), copy));
  QProcess lupdate;
  lupdate.start(QStringLiteral(RESILIENCE_LUPDATE),
                {QStringLiteral("-locations"), QStringLiteral("none"),
                 QStringLiteral("-no-obsolete"),
                 QStringLiteral(RESILIENCE_PLUGIN_SOURCES "/provider"),
                 QStringLiteral(RESILIENCE_PLUGIN_SOURCES "/gui"), QStringLiteral("-ts"), copy});
  ASSERT_TRUE(lupdate.waitForFinished(120000));
  ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
  const std::vector<TsMessage> messages = readTs(copy);
  ASSERT_GT(messages.size(), 700u);
  QStringList untranslated;
  for (const TsMessage &message : messages) {
    const bool empty =
        message.translations.isEmpty() ||
        std::any_of(message.translations.begin(), message.translations.end(),
                    [](const QString &translation) { return translation.trimmed().isEmpty(); });
    if (message.unfinished || empty)
      untranslated << message.source;
  }
  EXPECT_TRUE(untranslated.isEmpty())
      << untranslated.size() << " string(s) without a Dutch translation in "
      << translationFile().toStdString() << ":\n"
      << untranslated.join(QStringLiteral("\n")).toStdString();
}

// Each translation keeps what the program fills in or reads: placeholders, <...> text and
// parameter names, and the source's leading and trailing spaces and line breaks (fragments are
// joined to other strings; help paragraphs are lines).
TEST(Translation, TranslationsKeepPlaceholdersParameterNamesAndLayout) {
  const QSet<QString> names = providerParameterNames();
  ASSERT_TRUE(names.contains(QStringLiteral("PERMUTATIONS")));
  const std::vector<TsMessage> messages = readTs(translationFile());
  ASSERT_GT(messages.size(), 700u);
  for (const TsMessage &message : messages)
    for (const QString &translation : message.translations) {
      if (translation.isEmpty())
        continue; // EverySourceStringHasADutchTranslation reports it
      const std::string where = "source: " + message.source.left(80).toStdString();
      EXPECT_EQ(kept(translation, names), kept(message.source, names)) << where;
      EXPECT_EQ(layout(translation), layout(message.source)) << where;
    }
}
