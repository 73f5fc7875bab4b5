// The optional pages of the map book (issues 15 and 18) on the Noord-Brabant municipalities of
// 2015: a page per domain score, the change between years, and the chosen sites with their
// candidates and the neighbourhoods they reach; and the PNG pages of OUTPUT_FOLDER written through
// the output staging (issue 17), so a failed run leaves the folder as it was.
#include "printmaps_support.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

#include <memory>

using namespace resilience::testing;

namespace {

const QStringList kRegions = {"Midden-Brabant", "Noordoost-Brabant", "West-Brabant",
                              "Zuidoost-Brabant"};

class OptionalPages : public PrintMaps {
protected:
  // The Brabant municipalities with the synthetic score and `fields` (name -> expression) as
  // virtual fields.
  static QgsVectorLayer *brabantWith(const QList<QPair<QgsField, QString>> &fields) {
    auto *layer = dynamic_cast<QgsVectorLayer *>(QgsProject::instance()->mapLayer(brabantLayer()));
    for (const auto &[field, expression] : fields)
      layer->addExpressionField(expression, field);
    return layer;
  }

  // A point layer in `like`'s CRS holding the point on surface of each named municipality, with
  // site_id and choice_order as resilience:siteselection writes them (choice_order NULL: 0).
  static QString pointsIn(const QgsVectorLayer &like, const QStringList &names,
                          const QString &layerName, bool numbered) {
    auto *points = new QgsVectorLayer(
        QStringLiteral("Point?crs=%1&field=site_id:string&field=choice_order:integer")
            .arg(like.crs().authid()),
        layerName, QStringLiteral("memory"));
    QgsFeatureList features;
    for (int k = 0; k < names.size(); ++k) {
      QgsFeature municipality;
      like
          .getFeatures(QgsFeatureRequest().setFilterExpression(
              QStringLiteral("\"gemeentenaam\" = '%1' AND \"water\" = 'NEE'").arg(names[k])))
          .nextFeature(municipality);
      EXPECT_TRUE(municipality.hasGeometry()) << names[k].toStdString();
      QgsFeature point(points->fields());
      point.setGeometry(municipality.geometry().pointOnSurface());
      point.setAttributes(QgsAttributes() << names[k] << (numbered ? QVariant(k + 1) : QVariant()));
      features << point;
    }
    points->dataProvider()->addFeatures(features);
    QgsProject::instance()->addMapLayer(points);
    return points->id();
  }

  // The log of a run on `input` with `parameters` that must fail, and leave no PDF.
  static QString refusal(const QgsVectorLayer &input, QVariantMap parameters) {
    const QString pdf = sDir->filePath(QStringLiteral("refused.pdf"));
    parameters.insert(QStringLiteral("INPUT"), input.id());
    parameters.insert(QStringLiteral("SHOW"), QStringLiteral("score"));
    parameters.insert(QStringLiteral("OUTPUT_PDF"), pdf);
    const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
    EXPECT_FALSE(run.ok);
    EXPECT_FALSE(QFile::exists(pdf));
    return run.log;
  }

  // The map book of `input`'s Brabant regions (score, labelled by municipality) with the
  // optional pages of `extra`, written to <name>.pdf and the PNG folder <name>.
  struct Book {
    QString pdf, folder;
    AlgorithmRun run;
  };
  static Book book(const QgsVectorLayer &input, const QString &name, const QString &language,
                   int dpi, const QVariantMap &extra) {
    Book made{sDir->filePath(name + QStringLiteral(".pdf")), sDir->filePath(name), {}};
    QVariantMap parameters{{QStringLiteral("INPUT"), input.id()},
                           {QStringLiteral("SHOW"), QStringLiteral("score")},
                           {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
                           {QStringLiteral("LABEL_FIELD"), QStringLiteral("gemeentenaam")},
                           {QStringLiteral("LANGUAGE"), language},
                           {QStringLiteral("DPI"), dpi},
                           {QStringLiteral("OUTPUT_PDF"), made.pdf},
                           {QStringLiteral("OUTPUT_FOLDER"), made.folder}};
    parameters.insert(extra);
    made.run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
    return made;
  }

  static QString artefact(const QString &name) {
    const QString folder = QStringLiteral(RESILIENCE_ARTEFACTS);
    EXPECT_TRUE(QDir().mkpath(folder));
    return QDir(folder).filePath(name);
  }
};

// Issue 18: SITES adds a page of the site selection after each page of the score. The chosen
// sites (Tilburg and Waalwijk, in Midden-Brabant) are green stars, the candidates (those two,
// Breda and Eindhoven) grey points; the neighbourhoods are coloured by `covered` (here: those of
// Midden-Brabant reached, the others not).
TEST_F(OptionalPages, SitePagesShowTheChosenSitesTheCandidatesAndTheReach) {
  QgsVectorLayer *input =
      brabantWith({{QgsField(QStringLiteral("covered"), QVariant::Int),
                    QStringLiteral("CASE WHEN \"regio\" = 'Midden-Brabant' THEN 1 ELSE 0 END")}});
  const QString sites = pointsIn(*input, {"Tilburg", "Waalwijk"}, QStringLiteral("sites"), true);
  const QString candidates = pointsIn(*input, {"Tilburg", "Waalwijk", "Breda", "Eindhoven"},
                                      QStringLiteral("candidates"), false);
  const int dpi = 80;
  const Book made = book(*input, QStringLiteral("sites"), QStringLiteral("en"), dpi,
                         {{QStringLiteral("SITES"), sites},
                          {QStringLiteral("CANDIDATES"), candidates},
                          {QStringLiteral("TITLE"), QStringLiteral("Library pilots")}});
  const QString &pdf = made.pdf, &folder = made.folder;
  const AlgorithmRun &run = made.run;
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  // The overview and 4 regions, each with its score page and its site page.
  EXPECT_EQ(run.results.value(QStringLiteral("PAGES")).toInt(), 10);
  ASSERT_EQ(pdfPageCount(pdf), 10);
  EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name),
            QStringList({"00_overview.png", "01_overview_sites.png", "02_midden_brabant.png",
                         "03_midden_brabant_sites.png", "04_noordoost_brabant.png",
                         "05_noordoost_brabant_sites.png", "06_west_brabant.png",
                         "07_west_brabant_sites.png", "08_zuidoost_brabant.png",
                         "09_zuidoost_brabant_sites.png"}));

  const QStringList siteTexts = {QStringLiteral("Chosen sites and the neighbourhoods they reach"),
                                 QStringLiteral("Chosen sites (number: order of choice)"),
                                 QStringLiteral("Candidate sites"),
                                 QStringLiteral("Within reach of a chosen or existing site"),
                                 QStringLiteral("Out of reach of every site")};
  for (int r = 0; r <= kRegions.size(); ++r) {
    const QString name = r == 0 ? QStringLiteral("Overview") : kRegions[r - 1];
    const QString scorePage = pageText(pdf, 2 * r + 1, false).simplified();
    const QString sitePage = pageText(pdf, 2 * r + 2, false).simplified();
    EXPECT_TRUE(scorePage.contains(QStringLiteral("Library pilots – ") + name))
        << scorePage.toStdString();
    EXPECT_TRUE(sitePage.contains(QStringLiteral("Library pilots – ") + name))
        << sitePage.toStdString();
    for (const QString &text : siteTexts) {
      EXPECT_TRUE(sitePage.contains(text))
          << text.toStdString() << " on the site page of " << name.toStdString() << "\n"
          << sitePage.toStdString();
      EXPECT_FALSE(scorePage.contains(text))
          << text.toStdString() << " on the score page of " << name.toStdString();
    }
    EXPECT_TRUE(scorePage.contains(QStringLiteral("Resilience score")));
    EXPECT_FALSE(sitePage.contains(QStringLiteral("Resilience score")));
  }
  // The region's names on its site page, as on its score page.
  EXPECT_TRUE(namesWord(pageText(pdf, 4), QStringLiteral("Tilburg")));
  EXPECT_FALSE(namesWord(pageText(pdf, 4), QStringLiteral("Eindhoven")));

  // The pages as drawn: the green stars (#1a9850) only on the site pages, the candidates' grey
  // (#bdbdbd) beside them on the overview; reached neighbourhoods light blue (#abd9e9) on
  // Midden-Brabant's site page, those out of reach red (#d7191c) on West-Brabant's.
  QgsPrintLayout *layout = savedLayout(run);
  ASSERT_TRUE(layout);
  const QRect map = mapArea(layout, dpi);
  const auto page = [&](const QString &file) {
    const QImage image(QDir(folder).filePath(file));
    EXPECT_FALSE(image.isNull()) << file.toStdString();
    EXPECT_TRUE(image.save(artefact(QStringLiteral("sites_") + file)));
    return image;
  };
  const QColor star(0x1a, 0x98, 0x50), candidate(0xbd, 0xbd, 0xbd), reached(0xab, 0xd9, 0xe9),
      unreached(0xd7, 0x19, 0x1c);
  const QImage overview = page(QStringLiteral("00_overview.png"));
  const QImage overviewSites = page(QStringLiteral("01_overview_sites.png"));
  const QImage middenSites = page(QStringLiteral("03_midden_brabant_sites.png"));
  const QImage westSites = page(QStringLiteral("07_west_brabant_sites.png"));
  EXPECT_EQ(pixelsOfColour(overview, map, star), 0);
  EXPECT_GT(pixelsOfColour(overviewSites, map, star), 20);
  EXPECT_GT(pixelsOfColour(overviewSites, map, candidate), 5);
  EXPECT_GT(pixelsOfColour(middenSites, map, star), 20);
  EXPECT_GT(pixelsOfColour(middenSites, map, reached), 1000);
  EXPECT_EQ(pixelsOfColour(middenSites, map, unreached), 0) << "the others are greyed";
  EXPECT_GT(pixelsOfColour(westSites, map, unreached), 1000);
  EXPECT_EQ(pixelsOfColour(westSites, map, reached), 0);
}

// SITE_DEMAND and CANDIDATES belong to the site pages: without SITES, and with neighbourhoods
// that do not say which are reached, the run says what to give.
TEST_F(OptionalPages, SitePagesRefuseWhatTheyCannotDraw) {
  QgsVectorLayer *input = brabantWith({});
  const QString candidates = pointsIn(*input, {"Breda"}, QStringLiteral("candidates"), false);
  QString log = refusal(*input, {{QStringLiteral("CANDIDATES"), candidates}});
  EXPECT_TRUE(log.contains(QStringLiteral("give SITES"))) << log.toStdString();
  log = refusal(*input, {{QStringLiteral("SITES"), candidates}});
  EXPECT_TRUE(log.contains(QStringLiteral("field covered"))) << log.toStdString();
  EXPECT_TRUE(log.contains(QStringLiteral("SITE_DEMAND"))) << log.toStdString();
}

// Issue 15: DOMAIN_PAGES adds a page per score_<domain> field, CHANGE_PAGES one of change_class,
// after each page of the score; the contents page gives each region its first page. Here the
// change is "Clearly worse" in West-Brabant and "Clearly better" elsewhere.
TEST_F(OptionalPages, DomainAndChangePagesFollowEachRegionsScorePage) {
  QgsVectorLayer *input =
      brabantWith({{QgsField(QStringLiteral("score_personal"), QVariant::Double), kScoreExpression},
                   {QgsField(QStringLiteral("score_social"), QVariant::Double),
                    QStringLiteral("100 - (%1)").arg(kScoreExpression)},
                   {QgsField(QStringLiteral("change_class"), QVariant::String),
                    QStringLiteral("CASE WHEN \"regio\" = 'West-Brabant' THEN 'Clearly worse' "
                                   "ELSE 'Clearly better' END")}});
  const int dpi = 50;
  const Book made = book(*input, QStringLiteral("domains"), QStringLiteral("nl"), dpi,
                         {{QStringLiteral("DOMAIN_PAGES"), true},
                          {QStringLiteral("CHANGE_PAGES"), true},
                          {QStringLiteral("FRONT_PAGES"), true}});
  const QString &pdf = made.pdf, &folder = made.folder;
  const AlgorithmRun &run = made.run;
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  // Cover, contents, method; then the overview and 4 regions with 4 pages each.
  EXPECT_EQ(run.results.value(QStringLiteral("PAGES")).toInt(), 23);
  ASSERT_EQ(pdfPageCount(pdf), 23);

  const QString contents = pageText(pdf, 2);
  EXPECT_TRUE(contents.contains(QRegularExpression(QStringLiteral("Overzicht\\s+4\\b"))))
      << contents.toStdString();
  const QString title = QStringLiteral("Ruimtelijke veerkracht – ");
  const QStringList subjects = {QString(), QStringLiteral("Domeinscore: personal"),
                                QStringLiteral("Domeinscore: social"),
                                QStringLiteral("Verandering sinds het eerdere jaar")};
  for (int r = 0; r < kRegions.size(); ++r) {
    const int first = 4 + 4 * (r + 1);
    EXPECT_TRUE(contents.contains(
        QRegularExpression(QStringLiteral("%1\\s+%2\\b").arg(kRegions[r]).arg(first))))
        << kRegions[r].toStdString() << " on page " << first << "\n"
        << contents.toStdString();
    for (int s = 0; s < subjects.size(); ++s) {
      const QString text = pageText(pdf, first + s);
      const std::string where = kRegions[r].toStdString() + " page " + std::to_string(first + s);
      EXPECT_TRUE(text.contains(title + kRegions[r])) << where << "\n" << text.toStdString();
      EXPECT_EQ(namesWord(text, QStringLiteral("Tilburg")), r == 0) << where;
      // The summary table is the score's: on the score page only.
      EXPECT_EQ(text.contains(QStringLiteral("Laagste scores")), s == 0) << where;
      for (int other = 1; other < subjects.size(); ++other)
        EXPECT_EQ(text.contains(subjects[other]), other == s)
            << subjects[other].toStdString() << " on " << where;
    }
  }
  // The change page's legend in Dutch.
  EXPECT_TRUE(pageText(pdf, 11).contains(QStringLiteral("Duidelijk beter")));
  EXPECT_TRUE(pageText(pdf, 11).contains(QStringLiteral("Duidelijk slechter")));

  // Files follow the printed order; the change page of West-Brabant is red (#ca0020, "Clearly
  // worse"), Midden-Brabant's blue (#0571b0, "Clearly better").
  const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
  ASSERT_EQ(files.size(), 23) << files.join(' ').toStdString();
  EXPECT_EQ(files.mid(3, 5),
            QStringList({"03_overzicht.png", "04_overzicht_score_personal.png",
                         "05_overzicht_score_social.png", "06_overzicht_change_class.png",
                         "07_midden_brabant.png"}));
  const QRect map = mapArea(savedLayout(run), dpi);
  const QColor worse(0xca, 0x00, 0x20), better(0x05, 0x71, 0xb0);
  const QImage middenChange(
      QDir(folder).filePath(QStringLiteral("10_midden_brabant_change_class.png")));
  const QImage westChange(
      QDir(folder).filePath(QStringLiteral("18_west_brabant_change_class.png")));
  ASSERT_FALSE(middenChange.isNull());
  ASSERT_FALSE(westChange.isNull());
  EXPECT_GT(pixelsOfColour(middenChange, map, better), 500);
  EXPECT_EQ(pixelsOfColour(middenChange, map, worse), 0);
  EXPECT_GT(pixelsOfColour(westChange, map, worse), 500);
  EXPECT_EQ(pixelsOfColour(westChange, map, better), 0);
  for (const QString &file : {QStringLiteral("07_midden_brabant.png"),
                              QStringLiteral("09_midden_brabant_score_social.png"),
                              QStringLiteral("10_midden_brabant_change_class.png")})
    EXPECT_TRUE(
        QImage(QDir(folder).filePath(file)).save(artefact(QStringLiteral("domains_") + file)));
}

// Without the fields the pages show, the run names them.
TEST_F(OptionalPages, DomainAndChangePagesNeedTheirFields) {
  QgsVectorLayer *input = brabantWith({});
  QString log = refusal(*input, {{QStringLiteral("DOMAIN_PAGES"), true}});
  EXPECT_TRUE(log.contains(QStringLiteral("score_<domain>"))) << log.toStdString();
  log = refusal(*input, {{QStringLiteral("CHANGE_PAGES"), true}});
  EXPECT_TRUE(log.contains(QStringLiteral("change_class"))) << log.toStdString();
}

// Issue 17: the pages go through the output staging. Canceled while the pages are written (once a
// page exists under its temporary name), the run leaves the folder as it was: the earlier
// 00_overview.png keeps its bytes and nothing else appears. A run that succeeds replaces it.
TEST_F(OptionalPages, CanceledRunLeavesTheFolderAsItWas) {
  const QString folder = sDir->filePath(QStringLiteral("staged"));
  ASSERT_TRUE(QDir().mkpath(folder));
  const QString earlier = QDir(folder).filePath(QStringLiteral("00_overview.png"));
  for (const QString &file : {earlier, QDir(folder).filePath(QStringLiteral("notes.txt"))}) {
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("written before the run");
  }
  const QVariantMap parameters{{QStringLiteral("INPUT"), brabantLayer()},
                               {QStringLiteral("SHOW"), QStringLiteral("score")},
                               {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
                               {QStringLiteral("DPI"), 50},
                               {QStringLiteral("OUTPUT_FOLDER"), folder}};
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:printmaps")));
  QgsProcessingContext context;
  context.setProject(QgsProject::instance());
  RecordingFeedback feedback;
  bool sawPartialPage = false;
  QObject::connect(&feedback, &QgsFeedback::progressChanged, [&] {
    if (!QDir(folder).entryList({QStringLiteral("*-partial-*.png")}, QDir::Files).isEmpty()) {
      sawPartialPage = true;
      feedback.cancel();
    }
  });
  bool ok = true;
  algorithm->run(parameters, context, &feedback, &ok);
  EXPECT_FALSE(ok);
  EXPECT_TRUE(sawPartialPage) << "a page was written before Cancel";
  EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name),
            QStringList({"00_overview.png", "notes.txt"}));
  QFile kept(earlier);
  ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
  EXPECT_EQ(kept.readAll(), QByteArray("written before the run"));
  kept.close();

  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name),
            QStringList({"00_overview.png", "01_midden_brabant.png", "02_noordoost_brabant.png",
                         "03_west_brabant.png", "04_zuidoost_brabant.png", "notes.txt"}));
  EXPECT_FALSE(QImage(earlier).isNull()) << "replaced by this run's page";
}

} // namespace
