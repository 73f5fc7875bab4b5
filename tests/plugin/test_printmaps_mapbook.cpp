// The map book of issue 15 on the Noord-Brabant municipalities of 2015: names on the region
// pages, the summary table beside the map, risk hot spots hatched over the scores and the
// locator inset, read back from the PDF with poppler's pdftotext and pdftoppm.
#include "printmaps_support.h"
#include "test_support.h"

#include <qgslayoutatlas.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <qgsvectordataprovider.h>
#include <qgsvectorfilewriter.h>

#include <gdal.h>
#include <ogr_api.h>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

using namespace resilience::testing;

namespace {

struct Municipality {
  QString code, name, region;
  long residents = 0;
  int score = 0; // the synthetic score, kScoreExpression
};

// brabant_regions_2015.csv joined by hand to the CBS key figures' aantal_inwoners.
std::vector<Municipality> brabantMunicipalities() {
  std::map<QString, long> residents;
  QFile figures(testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv")));
  figures.open(QIODevice::ReadOnly);
  QTextStream in(&figures);
  const QStringList header = in.readLine().split(QLatin1Char(','));
  const int column = header.indexOf(QStringLiteral("aantal_inwoners"));
  while (!in.atEnd()) {
    // Quoted names may hold a comma ("Nuenen, Gerwen en Nederwetten"): drop them first.
    const QStringList cells = in.readLine()
                                  .remove(QRegularExpression(QStringLiteral("\"[^\"]*\"")))
                                  .split(QLatin1Char(','));
    residents[cells[0]] = cells.value(column).toLong();
  }
  std::vector<Municipality> municipalities;
  QFile regions(testdata(QStringLiteral("brabant_regions_2015.csv")));
  regions.open(QIODevice::ReadOnly);
  QTextStream lines(&regions);
  lines.readLine();
  const QRegularExpression row(QStringLiteral("^(GM\\d{4}),\"(.*)\",(.*)$"));
  while (!lines.atEnd()) {
    const auto match = row.match(lines.readLine().trimmed());
    if (!match.hasMatch())
      continue;
    Municipality m{match.captured(1), match.captured(2), match.captured(3)};
    m.residents = residents.at(m.code);
    m.score = m.code.mid(2).toInt() % 100;
    municipalities.push_back(m);
  }
  return municipalities;
}

// A spreadsheet as GDAL reads it: per sheet, its rows as field name -> text, and per column
// "type:<name>" -> its OGR field type, to see that numbers arrive as numbers.
using Sheet = std::vector<std::map<QString, QString>>;
std::map<QString, Sheet> readWorkbook(const QString &path) {
  std::map<QString, Sheet> sheets;
  GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                    nullptr, nullptr, nullptr);
  if (!dataset)
    return sheets;
  for (int l = 0; l < GDALDatasetGetLayerCount(dataset); ++l) {
    OGRLayerH layer = GDALDatasetGetLayer(dataset, l);
    Sheet &rows = sheets[QString::fromUtf8(OGR_L_GetName(layer))];
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
      std::map<QString, QString> row;
      for (int f = 0; f < OGR_FD_GetFieldCount(definition); ++f) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(definition, f);
        const QString name = QString::fromUtf8(OGR_Fld_GetNameRef(field));
        row[name] = QString::fromUtf8(OGR_F_GetFieldAsString(feature, f));
        row[QStringLiteral("type:") + name] = QString::number(OGR_Fld_GetType(field));
      }
      rows.push_back(row);
      OGR_F_Destroy(feature);
    }
  }
  GDALClose(dataset);
  return sheets;
}

class MapBook : public PrintMaps {
protected:
  // Land parts only: the water parts carry their municipality's key figures again, so their
  // residents would be counted twice. A synthetic risk_bin marks scores of 20 or less as risk
  // hot spots at 99 % (gi_bin -3: low values).
  static QString brabantLand() {
    auto *layer = new QgsVectorLayer(sBrabant, QStringLiteral("Brabant"), QStringLiteral("ogr"));
    layer->setSubsetString(QStringLiteral("\"regio\" IS NOT NULL AND \"water\" = 'NEE'"));
    layer->addExpressionField(kScoreExpression,
                              QgsField(QStringLiteral("resilience"), QVariant::Int));
    const QString bin =
        QStringLiteral("CASE WHEN %1 <= 20 THEN -3 ELSE 0 END").arg(kScoreExpression);
    layer->addExpressionField(bin, QgsField(QStringLiteral("gi_bin"), QVariant::Int));
    layer->addExpressionField(QStringLiteral("-(%1)").arg(bin),
                              QgsField(QStringLiteral("risk_bin"), QVariant::Int));
    QgsProject::instance()->addMapLayer(layer);
    return layer->id();
  }
};

TEST_F(MapBook, RegionPagesNameTheirMunicipalitiesAndSumTheirResidents) {
  const QString pdf = sDir->filePath(QStringLiteral("kaartenboek.pdf"));
  const QString book = sDir->filePath(QStringLiteral("tabellenboek.xlsx"));
  const QString project = sDir->filePath(QStringLiteral("kaartenboek.qgz"));
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:printmaps"),
                   {{QStringLiteral("INPUT"), brabantLand()},
                    {QStringLiteral("SHOW"), QStringLiteral("score")},
                    {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
                    {QStringLiteral("LABEL_FIELD"), QStringLiteral("gemeentenaam")},
                    {QStringLiteral("POPULATION"), QStringLiteral("aantal_inwoners")},
                    {QStringLiteral("OVERLAY"), QStringLiteral("hotspots")},
                    {QStringLiteral("RISK_FIELD"), QStringLiteral("resilience")},
                    {QStringLiteral("TITLE"), QStringLiteral("Veerkracht")},
                    {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                    {QStringLiteral("DPI"), 100},
                    {QStringLiteral("OUTPUT_PDF"), pdf},
                    {QStringLiteral("OUTPUT_TABLEBOOK"), book},
                    {QStringLiteral("OUTPUT_PROJECT"), project}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  ASSERT_EQ(pdfPageCount(pdf), 5);

  const std::vector<Municipality> all = brabantMunicipalities();
  ASSERT_EQ(all.size(), 66u);
  const QLocale dutch(QStringLiteral("nl_NL"));
  long province = 0;
  for (const Municipality &m : all)
    province += m.residents;
  // The same sum taken with Python's csv module when the test was written.
  EXPECT_EQ(province, 2488751);
  // Province-wide ranks of the synthetic score, lowest first, ties sharing the lowest rank.
  std::map<QString, int> rank;
  for (const Municipality &m : all)
    rank[m.code] =
        1 + static_cast<int>(std::count_if(
                all.begin(), all.end(), [&](const Municipality &o) { return o.score < m.score; }));

  const QStringList regions = {"Midden-Brabant", "Noordoost-Brabant", "West-Brabant",
                               "Zuidoost-Brabant"};
  for (int r = 0; r < regions.size(); ++r) {
    const QString text = pageText(pdf, r + 2);
    const std::string where = regions[r].toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Veerkracht – ") + regions[r])) << where;
    std::vector<Municipality> members;
    long residents = 0;
    for (const Municipality &m : all) {
      if (m.region == regions[r]) {
        members.push_back(m);
        residents += m.residents;
        EXPECT_TRUE(namesWord(text, m.name)) << m.name.toStdString() << " on " << where;
      } else {
        EXPECT_FALSE(namesWord(text, m.name)) << m.name.toStdString() << " is not in " << where;
      }
    }
    // "Inwoners   439.701   2.488.751": the region's residents, then the province's.
    EXPECT_TRUE(text.contains(QRegularExpression(
        QStringLiteral("Inwoners\\s+%1\\s+%2")
            .arg(QRegularExpression::escape(dutch.toString(static_cast<qlonglong>(residents))),
                 QRegularExpression::escape(dutch.toString(static_cast<qlonglong>(province)))))))
        << where << " " << residents << "\n"
        << text.toStdString();
    // Risk hot spots: the synthetic risk_bin makes every score of 20 or less one.
    const auto hotspots = [](const std::vector<Municipality> &of, const QString &region) {
      return std::count_if(of.begin(), of.end(), [&](const Municipality &m) {
        return m.score <= 20 && (region.isEmpty() || m.region == region);
      });
    };
    EXPECT_TRUE(text.contains(
        QRegularExpression(QStringLiteral("Risicogebieden \\(95 % of meer\\)\\s+%1\\s+%2")
                               .arg(hotspots(all, regions[r]))
                               .arg(hotspots(all, QString())))))
        << where << "\n"
        << text.toStdString();
    // The five lowest scores of the region with their province rank: "Name   2,0   3".
    std::stable_sort(
        members.begin(), members.end(),
        [](const Municipality &a, const Municipality &b) { return a.score < b.score; });
    for (std::size_t k = 0; k < 5; ++k) {
      const Municipality &m = members[k];
      EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("%1\\s+%2,0\\s+%3")
                                                       .arg(QRegularExpression::escape(m.name))
                                                       .arg(m.score)
                                                       .arg(rank[m.code]))))
          << m.name.toStdString() << " score " << m.score << " rank " << rank[m.code] << " on "
          << where;
    }
  }

  // The table book: one sheet per level with Dutch headers, the residents as numbers.
  const std::map<QString, Sheet> sheets = readWorkbook(book);
  ASSERT_EQ(sheets.size(), 3u) << book.toStdString();
  ASSERT_TRUE(sheets.count(QStringLiteral("Gebieden")));
  ASSERT_TRUE(sheets.count(QStringLiteral("Regio's")));
  ASSERT_TRUE(sheets.count(QStringLiteral("Heel gebied")));
  EXPECT_EQ(sheets.at(QStringLiteral("Gebieden")).size(), 66u);
  EXPECT_EQ(sheets.at(QStringLiteral("Regio's")).size(), 4u);
  EXPECT_EQ(sheets.at(QStringLiteral("Heel gebied")).size(), 1u);
  for (const auto &row : sheets.at(QStringLiteral("Regio's"))) {
    long expected = 0;
    for (const Municipality &m : all)
      if (m.region == row.at(QStringLiteral("Regio")))
        expected += m.residents;
    EXPECT_EQ(row.at(QStringLiteral("Inwoners")).toDouble(), expected)
        << row.at(QStringLiteral("Regio")).toStdString();
    EXPECT_NE(row.at(QStringLiteral("type:Inwoners")).toInt(), OFTString) << "a number";
  }
  EXPECT_EQ(
      sheets.at(QStringLiteral("Heel gebied")).front().at(QStringLiteral("Inwoners")).toDouble(),
      province);
  for (const auto &row : sheets.at(QStringLiteral("Gebieden"))) {
    const auto m = std::find_if(all.begin(), all.end(), [&](const Municipality &x) {
      return x.code == row.at(QStringLiteral("Gemeentecode"));
    });
    ASSERT_NE(m, all.end()) << "readable header Gemeentecode";
    EXPECT_EQ(row.at(QStringLiteral("Regio")), m->region);
    EXPECT_EQ(row.at(QStringLiteral("Veerkrachtscore")).toInt(), m->score);
    EXPECT_EQ(row.at(QStringLiteral("Rang (1 = laagste score)")).toInt(), rank[m->code])
        << m->name.toStdString();
  }

  // The overview shows the province in both columns and names no municipality.
  const QString overview = pageText(pdf, 1);
  EXPECT_TRUE(overview.contains(QStringLiteral("Veerkracht – Overzicht")));
  EXPECT_FALSE(namesWord(overview, QStringLiteral("Zundert")));

  // The legend says what the hatching is, in which direction, for which field.
  EXPECT_TRUE(legendTexts(savedLayout(run))
                  .contains(QStringLiteral("Risicogebied: lage veerkracht (95 % of meer)")))
      << legendTexts(savedLayout(run)).join('|').toStdString();

  // Two pages as PNG for review, rendered from the PDF: the overview and Midden-Brabant.
  const QString artefacts = QStringLiteral(RESILIENCE_ARTEFACTS);
  ASSERT_TRUE(QDir().mkpath(artefacts));
  const ProcessResult png = runProcess(
      QStringLiteral("pdftoppm"),
      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
       QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdf,
       QDir(artefacts).filePath(QStringLiteral("kaartenboek"))});
  ASSERT_EQ(png.exitCode, 0) << png.err.toStdString();
  const QImage regionPage(QDir(artefacts).filePath(QStringLiteral("kaartenboek-2.png")));
  ASSERT_FALSE(regionPage.isNull());
  const QImage overviewPage(QDir(artefacts).filePath(QStringLiteral("kaartenboek-1.png")));
  ASSERT_FALSE(overviewPage.isNull());

  // The locator inset: the current region dark grey (60, 60, 60) on a region page, none on the
  // overview; the hatching's dark red (#67001f) over the risk hot spots on both.
  QgsPrintLayout *layout = savedLayout(run);
  QList<QgsLayoutItemMap *> maps;
  layout->layoutItems(maps);
  ASSERT_EQ(maps.size(), 2);
  const auto inset = std::find_if(maps.cbegin(), maps.cend(),
                                  [](const QgsLayoutItemMap *map) { return !map->atlasDriven(); });
  const QRectF mm = (*inset)->sceneBoundingRect();
  const double scale = 80 / 25.4;
  const QRect insetArea(
      QPoint(static_cast<int>(mm.left() * scale) + 2, static_cast<int>(mm.top() * scale) + 2),
      QPoint(static_cast<int>(mm.right() * scale) - 2, static_cast<int>(mm.bottom() * scale) - 2));
  EXPECT_GT(pixelsOfColour(regionPage, insetArea, QColor(60, 60, 60)), 30);
  EXPECT_EQ(pixelsOfColour(overviewPage, insetArea, QColor(60, 60, 60)), 0);
  EXPECT_GT(pixelsOfColour(overviewPage, mapArea(layout, 80), QColor("#67001f")), 30);
}

// FRONT_PAGES: cover, contents and method come first, in the same atlas; the contents page
// gives each region the page it is printed on.
TEST_F(MapBook, FrontPagesListTheRegionsWithTheirPages) {
  const QString pdf = sDir->filePath(QStringLiteral("mapbook_front.pdf"));
  const QString folder = sDir->filePath(QStringLiteral("front"));
  const AlgorithmRun run = runAlgorithm(
      QStringLiteral("resilience:printmaps"),
      {{QStringLiteral("INPUT"), brabantLand()},
       {QStringLiteral("SHOW"), QStringLiteral("score")},
       {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
       {QStringLiteral("LABEL_FIELD"), QStringLiteral("gemeentenaam")},
       {QStringLiteral("POPULATION"), QStringLiteral("aantal_inwoners")},
       {QStringLiteral("FRONT_PAGES"), true},
       {QStringLiteral("TITLE"), QStringLiteral("Resilience atlas")},
       {QStringLiteral("CREDITS"), QStringLiteral("CBS key figures 2015; PDOK boundaries")},
       {QStringLiteral("PAGE"), QStringLiteral("a4_portrait")},
       {QStringLiteral("LANGUAGE"), QStringLiteral("en")},
       {QStringLiteral("DPI"), 50},
       {QStringLiteral("OUTPUT_PDF"), pdf},
       {QStringLiteral("OUTPUT_FOLDER"), folder},
       {QStringLiteral("OUTPUT_TABLEBOOK"), sDir->filePath(QStringLiteral("tables.ods"))}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("PAGES")).toInt(), 8);
  // The table book as ODS, in English.
  const std::map<QString, Sheet> sheets =
      readWorkbook(sDir->filePath(QStringLiteral("tables.ods")));
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_EQ(sheets.at(QStringLiteral("Areas")).size(), 66u);
  EXPECT_EQ(sheets.at(QStringLiteral("Regions")).size(), 4u);
  EXPECT_EQ(
      sheets.at(QStringLiteral("Whole area")).front().at(QStringLiteral("Residents")).toDouble(),
      2488751);
  EXPECT_EQ(pdfPageCount(pdf), 8) << "cover, contents, method, overview, 4 regions";
  EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name),
            QStringList({"00_cover.png", "01_contents.png", "02_method.png", "03_overview.png",
                         "04_midden_brabant.png", "05_noordoost_brabant.png", "06_west_brabant.png",
                         "07_zuidoost_brabant.png"}));

  const QString cover = pageText(pdf, 1);
  EXPECT_TRUE(cover.contains(QStringLiteral("Resilience atlas"))) << cover.toStdString();
  EXPECT_FALSE(cover.contains(QStringLiteral("Residents"))) << "no map page items on the cover";
  const QString contents = pageText(pdf, 2);
  const QStringList regions = {"Midden-Brabant", "Noordoost-Brabant", "West-Brabant",
                               "Zuidoost-Brabant"};
  for (int k = 0; k < regions.size(); ++k) {
    EXPECT_TRUE(contents.contains(
        QRegularExpression(QStringLiteral("%1\\s+%2\\b").arg(regions[k]).arg(5 + k))))
        << regions[k].toStdString() << " on page " << 5 + k << "\n"
        << contents.toStdString();
    // ... and that page is the region's map.
    EXPECT_TRUE(pageText(pdf, 5 + k).contains(QStringLiteral("Resilience atlas – ") + regions[k]));
  }
  EXPECT_TRUE(contents.contains(QRegularExpression(QStringLiteral("Overview\\s+4\\b"))));
  const QString method = pageText(pdf, 3);
  EXPECT_TRUE(method.contains(QStringLiteral("weighted by residents"))) << method.toStdString();
  EXPECT_TRUE(method.contains(QStringLiteral("CBS key figures 2015; PDOK boundaries")));
  EXPECT_TRUE(namesWord(pageText(pdf, 5), QStringLiteral("Tilburg")));
}

// OUTPUT_PROJECT: a project that opens headless, with an atlas layout over the regions whose
// own atlas export prints the same pages, names and figures.
TEST_F(MapBook, ProjectReExportsTheSameBook) {
  const QString project = sDir->filePath(QStringLiteral("atlas.qgz"));
  const QVariantMap parameters = {{QStringLiteral("INPUT"), brabantLand()},
                                  {QStringLiteral("SHOW"), QStringLiteral("score")},
                                  {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
                                  {QStringLiteral("LABEL_FIELD"), QStringLiteral("gemeentenaam")},
                                  {QStringLiteral("POPULATION"), QStringLiteral("aantal_inwoners")},
                                  {QStringLiteral("OVERLAY"), QStringLiteral("hotspots")},
                                  {QStringLiteral("TITLE"), QStringLiteral("Veerkracht")},
                                  {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                                  {QStringLiteral("OUTPUT_PROJECT"), project}};
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  ASSERT_TRUE(QFile::exists(project));

  // The same command again (issue 15: it failed until atlas_layers.gpkg was removed) replaces the
  // layers it wrote; a layer the user added to that file stays.
  const QString layers = sDir->filePath(QStringLiteral("atlas_layers.gpkg"));
  ASSERT_TRUE(QFile::exists(layers));
  QgsVectorLayer notes(QStringLiteral("Point?crs=EPSG:28992&field=note:string"),
                       QStringLiteral("notes"), QStringLiteral("memory"));
  QgsFeature note(notes.fields());
  note.setAttributes(QgsAttributes() << QStringLiteral("visit Tilburg"));
  note.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(133000, 397000)));
  notes.dataProvider()->addFeature(note);
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral("GPKG");
  options.layerName = QStringLiteral("notes");
  options.actionOnExistingFile = QgsVectorFileWriter::CreateOrOverwriteLayer;
  ASSERT_EQ(QgsVectorFileWriter::writeAsVectorFormatV3(&notes, layers,
                                                       QgsCoordinateTransformContext(), options),
            QgsVectorFileWriter::NoError);
  const AlgorithmRun again = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  ASSERT_TRUE(again.ok) << again.log.toStdString();
  EXPECT_EQ(openLayer(layers + QStringLiteral("|layername=notes"))->featureCount(), 1);
  EXPECT_EQ(openLayer(layers + QStringLiteral("|layername=pages"))->featureCount(), 5)
      << "the pages replaced, not added twice";
  EXPECT_TRUE(QDir(sDir->path())
                  .entryList({QStringLiteral("atlas*partial*"), QStringLiteral(".atlas*.lock")},
                             QDir::Files | QDir::Hidden)
                  .isEmpty());

  QgsProject reopened;
  ASSERT_TRUE(reopened.read(project)) << reopened.error().toStdString();
  const QList<QgsPrintLayout *> layouts = reopened.layoutManager()->printLayouts();
  ASSERT_EQ(layouts.size(), 1);
  QgsLayoutAtlas *atlas = layouts.first()->atlas();
  ASSERT_TRUE(atlas->enabled());
  ASSERT_TRUE(atlas->coverageLayer());
  EXPECT_TRUE(atlas->coverageLayer()->isValid());
  EXPECT_EQ(atlas->coverageLayer()->featureCount(), 5) << "overview + 4 regions";
  for (QgsMapLayer *layer : reopened.mapLayers()) {
    EXPECT_TRUE(layer->isValid()) << layer->name().toStdString();
    EXPECT_FALSE(layer->source().contains(QStringLiteral("partial")))
        << "the project names the file the run left behind: " << layer->source().toStdString();
  }

  const QString pdf = sDir->filePath(QStringLiteral("reexported.pdf"));
  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = 60;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  QString error;
  ASSERT_EQ(QgsLayoutExporter::exportToPdf(atlas, pdf, settings, error), QgsLayoutExporter::Success)
      << error.toStdString();
  EXPECT_EQ(pdfPageCount(pdf), 5);
  const QString midden = pageText(pdf, 2);
  EXPECT_TRUE(midden.contains(QStringLiteral("Veerkracht – Midden-Brabant")))
      << midden.toStdString();
  EXPECT_TRUE(namesWord(midden, QStringLiteral("Tilburg")));
  EXPECT_TRUE(midden.contains(QRegularExpression(QStringLiteral("Inwoners\\s+439\\.701"))))
      << midden.toStdString();
}

// Field names of each sheet (or CSV file) as GDAL reads them.
std::set<QString> columnsOf(const Sheet &sheet) {
  std::set<QString> names;
  if (!sheet.empty())
    for (const auto &[name, value] : sheet.front())
      if (!name.startsWith(QLatin1String("type:")))
        names.insert(name);
  return names;
}

// OUTPUT_TABLEBOOK as a folder, as book.csv, and as .xlsx where GDAL has no XLSX driver: one CSV
// per level, with the spreadsheet's columns and rows, numbers typed as numbers (.csvt).
TEST_F(MapBook, TableBookAsCsvFilesHoldsTheSheets) {
  const auto run = [&](const QString &book, const QString &language) {
    return runAlgorithm(QStringLiteral("resilience:printmaps"),
                        {{QStringLiteral("INPUT"), brabantLand()},
                         {QStringLiteral("SHOW"), QStringLiteral("score")},
                         {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
                         {QStringLiteral("POPULATION"), QStringLiteral("aantal_inwoners")},
                         {QStringLiteral("LANGUAGE"), language},
                         {QStringLiteral("OUTPUT_TABLEBOOK"), book}});
  };
  const QString xlsx = sDir->filePath(QStringLiteral("reference.xlsx"));
  AlgorithmRun written = run(xlsx, QStringLiteral("en"));
  ASSERT_TRUE(written.ok) << written.log.toStdString();
  const std::map<QString, Sheet> sheets = readWorkbook(xlsx);
  // 66 municipalities (brabant_regions_2015.csv) in 4 regions, and the province.
  const std::vector<std::pair<QString, std::size_t>> levels = {{QStringLiteral("Areas"), 66},
                                                               {QStringLiteral("Regions"), 4},
                                                               {QStringLiteral("Whole area"), 1}};
  const auto expectSheets = [&](const QStringList &files) {
    for (std::size_t k = 0; k < levels.size(); ++k) {
      const std::map<QString, Sheet> csv = readWorkbook(files[static_cast<int>(k)]);
      ASSERT_EQ(csv.size(), 1u) << files[static_cast<int>(k)].toStdString();
      const Sheet &rows = csv.begin()->second;
      EXPECT_EQ(rows.size(), levels[k].second) << files[static_cast<int>(k)].toStdString();
      EXPECT_EQ(columnsOf(rows), columnsOf(sheets.at(levels[k].first)))
          << files[static_cast<int>(k)].toStdString();
    }
  };

  const QString folder = sDir->filePath(QStringLiteral("csvbook"));
  ASSERT_TRUE(QDir().mkpath(folder));
  written = run(folder, QStringLiteral("en"));
  ASSERT_TRUE(written.ok) << written.log.toStdString();
  const QDir csvFolder(folder);
  expectSheets({csvFolder.filePath(QStringLiteral("areas.csv")),
                csvFolder.filePath(QStringLiteral("regions.csv")),
                csvFolder.filePath(QStringLiteral("whole_area.csv"))});
  const Sheet whole =
      readWorkbook(csvFolder.filePath(QStringLiteral("whole_area.csv"))).begin()->second;
  EXPECT_EQ(whole.front().at(QStringLiteral("Residents")).toDouble(), 2488751);
  EXPECT_NE(whole.front().at(QStringLiteral("type:Residents")).toInt(), OFTString) << "a number";
  EXPECT_EQ(csvFolder.entryList(QDir::Files | QDir::Hidden).size(), 6)
      << csvFolder.entryList(QDir::Files | QDir::Hidden).join(' ').toStdString()
      << ": three CSV files, three .csvt, nothing else";

  // book.csv: the sheets beside it, named in the book's language.
  written = run(sDir->filePath(QStringLiteral("boek.csv")), QStringLiteral("nl"));
  ASSERT_TRUE(written.ok) << written.log.toStdString();
  EXPECT_FALSE(QFile::exists(sDir->filePath(QStringLiteral("boek.csv"))));
  const std::map<QString, Sheet> dutch =
      readWorkbook(sDir->filePath(QStringLiteral("boek_regios.csv")));
  ASSERT_EQ(dutch.size(), 1u);
  EXPECT_EQ(dutch.begin()->second.size(), 4u);
  EXPECT_EQ(
      readWorkbook(sDir->filePath(QStringLiteral("boek_gebieden.csv"))).begin()->second.size(),
      66u);
  EXPECT_TRUE(QFile::exists(sDir->filePath(QStringLiteral("boek_heel_gebied.csv"))));

  // No XLSX driver: the same CSV files beside the .xlsx asked for, and a warning.
  GDALDriverH xlsxDriver = GDALGetDriverByName("XLSX");
  ASSERT_TRUE(xlsxDriver);
  GDALDeregisterDriver(xlsxDriver);
  written = run(sDir->filePath(QStringLiteral("nodriver.xlsx")), QStringLiteral("en"));
  GDALRegisterDriver(xlsxDriver);
  ASSERT_TRUE(written.ok) << written.log.toStdString();
  EXPECT_TRUE(written.log.contains(QStringLiteral("GDAL cannot write XLSX files here")))
      << written.log.toStdString();
  EXPECT_FALSE(QFile::exists(sDir->filePath(QStringLiteral("nodriver.xlsx"))));
  expectSheets({sDir->filePath(QStringLiteral("nodriver_areas.csv")),
                sDir->filePath(QStringLiteral("nodriver_regions.csv")),
                sDir->filePath(QStringLiteral("nodriver_whole_area.csv"))});
}

// The areas sheet leaves out the GeoPackage's fid and a field joined twice (naam_2 beside naam, and
// in Dutch the region field beside the Regio column, with the same values), but keeps code_2,
// whose values differ from code's.
TEST_F(MapBook, TableBookLeavesOutFidAndFieldsJoinedTwice) {
  auto *layer = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=fid:integer&field=naam:string&field=naam_2:"
                     "string&field=code:string&field=code_2:string&field=resilience:double"
                     "&field=regio:string"),
      QStringLiteral("joined twice"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (int k = 0; k < 4; ++k) {
    QgsFeature feature(layer->fields());
    const QString name = QStringLiteral("Buurt %1").arg(k);
    feature.setAttributes(
        QgsAttributes() << k + 1 << name << name << QStringLiteral("BU0%1").arg(k)
                        << (k == 2 ? QStringLiteral("BU09") : QStringLiteral("BU0%1").arg(k))
                        << 10.0 * k << (k < 2 ? QStringLiteral("Noord") : QStringLiteral("Zuid")));
    feature.setGeometry(QgsGeometry::fromRect(QgsRectangle(100 * k, 0, 100 * k + 100, 100)));
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  const QString book = sDir->filePath(QStringLiteral("twice.xlsx"));
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"),
                                        {{QStringLiteral("INPUT"), layer->id()},
                                         {QStringLiteral("SHOW"), QStringLiteral("score")},
                                         {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
                                         {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                                         {QStringLiteral("OUTPUT_TABLEBOOK"), book}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  const std::map<QString, Sheet> sheets = readWorkbook(book);
  ASSERT_TRUE(sheets.count(QStringLiteral("Gebieden")));
  const Sheet &areas = sheets.at(QStringLiteral("Gebieden"));
  EXPECT_EQ(columnsOf(areas), std::set<QString>({"Regio", "Naam", "Code", "Code 2",
                                                 "Veerkrachtscore", "Rang (1 = laagste score)"}));
  ASSERT_EQ(areas.size(), 4u);
  for (const auto &row : areas)
    EXPECT_EQ(row.at(QStringLiteral("Regio")),
              row.at(QStringLiteral("Naam")) < QStringLiteral("Buurt 2") ? QStringLiteral("Noord")
                                                                         : QStringLiteral("Zuid"));
}

// The pipeline writes the table book and the project when asked, from its printmaps section.
// Run twice, as the same command: the second run replaces what the first wrote.
TEST_F(MapBook, PipelineWritesTableBookAndProject) {
  QTemporaryDir dir;
  const QString book = dir.filePath(QStringLiteral("tabellenboek.xlsx"));
  const QString project = dir.filePath(QStringLiteral("kaartenboek.qgz"));
  const QVariantMap parameters = {
      {QStringLiteral("SPEC"), testdata(QStringLiteral("noord_brabant_pipeline.json"))},
      {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("resilience.gpkg"))},
      {QStringLiteral("LANGUAGE"), QStringLiteral("en")},
      {QStringLiteral("OUTPUT_TABLEBOOK"), book},
      {QStringLiteral("OUTPUT_PROJECT"), project}};
  const AlgorithmRun first = runAlgorithm(QStringLiteral("resilience:pipeline"), parameters);
  ASSERT_TRUE(first.ok) << first.log.toStdString();
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:pipeline"), parameters);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("OUTPUT_TABLEBOOK")).toString(), book);
  const std::map<QString, Sheet> sheets = readWorkbook(book);
  ASSERT_EQ(sheets.size(), 3u);
  // The bundled spec maps the 66 land parts of Brabant's municipalities in 4 regions.
  EXPECT_EQ(sheets.at(QStringLiteral("Areas")).size(), 66u);
  EXPECT_EQ(sheets.at(QStringLiteral("Regions")).size(), 4u);
  QgsProject reopened;
  ASSERT_TRUE(reopened.read(project)) << reopened.error().toStdString();
  ASSERT_EQ(reopened.layoutManager()->printLayouts().size(), 1);
  EXPECT_EQ(
      reopened.layoutManager()->printLayouts().first()->atlas()->coverageLayer()->featureCount(),
      5);
  for (QgsMapLayer *layer : reopened.mapLayers())
    EXPECT_TRUE(layer->isValid()) << layer->name().toStdString();
  // The bundled spec weighs by residents (POPULATION); the fid is left out.
  EXPECT_FALSE(sheets.at(QStringLiteral("Areas")).front().count(QStringLiteral("Fid")));
  EXPECT_EQ(
      sheets.at(QStringLiteral("Whole area")).front().at(QStringLiteral("Residents")).toDouble(),
      2488751);
}

// The pipeline writes the map book's method page from its spec: each indicator of the bundled
// spec's noord_brabant_indicators.csv with its domain and weight, the normalisation and the data.
// The table book goes to a folder of CSV files through the pipeline's own staging.
TEST_F(MapBook, PipelineWritesTheMethodFromItsSpec) {
  QTemporaryDir dir;
  const QString pdf = dir.filePath(QStringLiteral("maps.pdf"));
  const QString folder = dir.filePath(QStringLiteral("tables"));
  ASSERT_TRUE(QDir().mkpath(folder));
  const AlgorithmRun run = runEditedSpec(
      dir,
      [](QString &spec) {
        spec.replace(QStringLiteral("\"printmaps\": {"),
                     QStringLiteral("\"printmaps\": {\"FRONT_PAGES\": true, \"DPI\": 50, "));
      },
      {{QStringLiteral("LANGUAGE"), QStringLiteral("en")},
       {QStringLiteral("OUTPUT_PDF"), pdf},
       {QStringLiteral("OUTPUT_TABLEBOOK"), folder}});
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(readWorkbook(QDir(folder).filePath(QStringLiteral("areas.csv"))).begin()->second.size(),
            66u);
  EXPECT_EQ(
      readWorkbook(QDir(folder).filePath(QStringLiteral("regions.csv"))).begin()->second.size(),
      4u);

  // The indicators as the CSV lists them: field, domain, direction, weight, ...
  QFile indicators(testdata(QStringLiteral("noord_brabant_indicators.csv")));
  ASSERT_TRUE(indicators.open(QIODevice::ReadOnly));
  std::vector<QStringList> rows;
  std::map<QString, int> perDomain;
  for (const QString &line : QString::fromUtf8(indicators.readAll()).split(QLatin1Char('\n'))) {
    if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')) ||
        line.startsWith(QLatin1String("field,")))
      continue;
    rows.push_back(line.trimmed().split(QLatin1Char(',')));
    ++perDomain[rows.back().at(1)];
  }
  ASSERT_EQ(rows.size(), 9u);
  // Three domains of equal weight, each with three indicators of weight 1: every indicator is
  // 1/3 x 1/3 = 11.1 % of the score.
  ASSERT_EQ(perDomain,
            (std::map<QString, int>{{"personal", 3}, {"social", 3}, {"environmental", 3}}));
  const QString method = pageText(pdf, 3);
  EXPECT_TRUE(method.contains(QStringLiteral("Method and sources"))) << method.toStdString();
  for (const QStringList &row : rows) {
    EXPECT_EQ(row.at(3), QStringLiteral("1"));
    EXPECT_TRUE(method.contains(
        QRegularExpression(QStringLiteral("%1\\s+\\(%2;\\s+%3\\s+is\\s+more\\s+resilient;\\s+"
                                          "weight\\s+1\\s+=\\s+11\\.1\\s+%\\s+of"
                                          "\\s+the\\s+score\\)")
                               .arg(row.at(0), row.at(1),
                                    row.at(2) == QLatin1String("+") ? QStringLiteral("higher")
                                                                    : QStringLiteral("lower")))))
        << row.at(0).toStdString() << "\n"
        << method.toStdString();
  }
  EXPECT_TRUE(method.contains(QStringLiteral("z-scores"))) << method.toStdString();
  EXPECT_TRUE(method.contains(QRegularExpression(
      QStringLiteral("personal\\s+1\\s+\\(33\\.3\\s+%\\),\\s+social\\s+1\\s+\\(33\\.3\\s+%\\)"))))
      << method.toStdString();
  EXPECT_TRUE(namesWord(method, QStringLiteral("nl_gemeenten_2015_kerncijfers.csv")))
      << method.toStdString();
  EXPECT_TRUE(method.contains(QStringLiteral("Data: CBS/PDOK 2015"))) << "the CREDITS";
}

// Names that cannot all be written: the lowest scores keep theirs. Ten neighbourhoods of 1 m
// side by side in the middle of a region of 20 km (held open by five corner neighbourhoods
// scoring 0, which fill the table of the five lowest, so the ten names can only come from the
// labels), scored 10, 20, ..., 100 in one run and the other way round in the next.
std::vector<QString> namesOnRegionPage(bool lowFirst, const QString &pdf) {
  auto *layer = new QgsVectorLayer(
      QStringLiteral("Polygon?crs=EPSG:28992&field=naam:string&field=resilience:integer"
                     "&field=regio:string"),
      QStringLiteral("crowded"), QStringLiteral("memory"));
  QgsFeatureList features;
  const auto square = [&](double x, double y, double size, const QString &name, int score) {
    QgsFeature feature(layer->fields());
    feature.setAttributes(QgsAttributes() << name << score << QStringLiteral("R"));
    feature.setGeometry(QgsGeometry::fromRect(QgsRectangle(x, y, x + size, y + size)));
    features << feature;
  };
  for (int k = 0; k < 5; ++k)
    square(k % 2 ? 20000 : 0,
           k < 2   ? 0
           : k < 4 ? 20000
                   : 10000 * (k % 2),
           100, QStringLiteral("Hoek %1").arg(k), 0);
  const QStringList names = {"Ameland",      "Borne", "Cuijk", "Delft",    "Epe",
                             "Finsterwolde", "Goes",  "Hoorn", "Ilpendam", "Joure"};
  for (int k = 0; k < names.size(); ++k)
    square(10000 + 1.5 * k, 10000, 1, names[k], lowFirst ? 10 * (k + 1) : 100 - 10 * k);
  layer->dataProvider()->addFeatures(features);
  QgsProject::instance()->addMapLayer(layer);
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"),
                                        {{QStringLiteral("INPUT"), layer->id()},
                                         {QStringLiteral("SHOW"), QStringLiteral("score")},
                                         {QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
                                         {QStringLiteral("LABEL_FIELD"), QStringLiteral("naam")},
                                         {QStringLiteral("LANGUAGE"), QStringLiteral("nl")},
                                         {QStringLiteral("DPI"), 50},
                                         {QStringLiteral("OUTPUT_PDF"), pdf}});
  EXPECT_TRUE(run.ok) << run.log.toStdString();
  const QString text = pageText(pdf, 2);
  std::vector<QString> present;
  for (const QString &name : names)
    if (namesWord(text, name))
      present.push_back(name);
  return present;
}

TEST_F(MapBook, LowestScoresKeepTheirNamesWhenSpaceIsShort) {
  const std::vector<QString> low =
      namesOnRegionPage(true, sDir->filePath(QStringLiteral("crowded_low.pdf")));
  const std::vector<QString> high =
      namesOnRegionPage(false, sDir->filePath(QStringLiteral("crowded_high.pdf")));
  std::string lowText, highText;
  for (const QString &n : low)
    lowText += n.toStdString() + " ";
  for (const QString &n : high)
    highText += n.toStdString() + " ";
  // Some names fit, not all, and those that fit are the lowest scores: the first names (by
  // score 10, 20, ...) in the first run, the last ones in the second.
  const std::vector<QString> names = {"Ameland",      "Borne", "Cuijk", "Delft",    "Epe",
                                      "Finsterwolde", "Goes",  "Hoorn", "Ilpendam", "Joure"};
  ASSERT_GT(low.size(), 1u) << lowText;
  ASSERT_LT(low.size(), 10u) << lowText;
  EXPECT_EQ(low, std::vector<QString>(names.begin(), names.begin() + low.size())) << lowText;
  ASSERT_EQ(high.size(), low.size()) << highText;
  EXPECT_EQ(high, std::vector<QString>(names.end() - high.size(), names.end())) << highText;
}

TEST_F(MapBook, OverlayAndLabelFieldsMustExist) {
  QVariantMap parameters = {
      {QStringLiteral("INPUT"), brabantLayer()},
      {QStringLiteral("SHOW"), QStringLiteral("score")},
      {QStringLiteral("OVERLAY"), QStringLiteral("clusters")},
      {QStringLiteral("OUTPUT_PDF"), sDir->filePath(QStringLiteral("y.pdf"))}};
  AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("OVERLAY=clusters needs the field 'risk_cluster'")))
      << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(sDir->filePath(QStringLiteral("y.pdf"))));

  parameters[QStringLiteral("OVERLAY")] = QStringLiteral("none");
  parameters[QStringLiteral("LABEL_FIELD")] = QStringLiteral("naam");
  run = runAlgorithm(QStringLiteral("resilience:printmaps"), parameters);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("LABEL_FIELD: field 'naam' does not exist")))
      << run.log.toStdString();
}

} // namespace
