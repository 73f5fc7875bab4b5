#include "printmaps_support.h"
#include "test_support.h"

#include <qgslayertree.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <iostream>

namespace resilience::testing {

const QString kScoreExpression = QStringLiteral("to_int(substr(\"gemeentecode\", 3)) % 100");

QString joined(const QString &input, const QString &inputKey, const QString &table,
               const QString &output) {
  const AlgorithmRun run =
      runAlgorithm(QStringLiteral("resilience:jointable"),
                   {{QStringLiteral("INPUT"), input},
                    {QStringLiteral("INPUT_KEY"), inputKey},
                    {QStringLiteral("TABLE"), table},
                    {QStringLiteral("TABLE_KEY"), QStringLiteral("gemeentecode")},
                    {QStringLiteral("KEY_MATCHING"), QStringLiteral("cbs")},
                    {QStringLiteral("OUTPUT"), output}});
  EXPECT_TRUE(run.ok) << run.log.toStdString();
  return output;
}

int pdfPageCount(const QString &path) {
  QFile file(path);
  file.open(QIODevice::ReadOnly);
  const QByteArray bytes = file.readAll(); // binary: fromLatin1(QByteArray) would stop at a NUL
  const QString content = QString::fromLatin1(bytes.constData(), bytes.size());
  return content.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])")));
}

int pixelsOfColour(const QImage &image, const QRect &area, const QColor &colour) {
  int count = 0;
  for (int y = area.top(); y <= area.bottom(); ++y)
    for (int x = area.left(); x <= area.right(); ++x) {
      const QColor pixel = image.pixelColor(x, y);
      count += std::abs(pixel.red() - colour.red()) <= 2 &&
               std::abs(pixel.green() - colour.green()) <= 2 &&
               std::abs(pixel.blue() - colour.blue()) <= 2;
    }
  return count;
}

double nonWhiteShare(const QImage &image) {
  long nonWhite = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      nonWhite += image.pixelColor(x, y) != Qt::white;
  return static_cast<double>(nonWhite) / (static_cast<double>(image.width()) * image.height());
}

QgsPrintLayout *savedLayout(const AlgorithmRun &run) {
  return dynamic_cast<QgsPrintLayout *>(QgsProject::instance()->layoutManager()->layoutByName(
      run.results.value(QStringLiteral("LAYOUT")).toString()));
}

// The map frame in pixels of a page exported at dpi, shrunk by 2 px to stay off the frame line.
QRect mapArea(QgsPrintLayout *layout, int dpi) {
  QList<QgsLayoutItemMap *> maps;
  layout->layoutItems(maps);
  // The page's map follows the atlas; the locator inset does not.
  const auto page = std::find_if(maps.cbegin(), maps.cend(),
                                 [](const QgsLayoutItemMap *map) { return map->atlasDriven(); });
  const QRectF mm = (*page)->sceneBoundingRect();
  const double scale = dpi / 25.4;
  return QRect(
      QPoint(static_cast<int>(mm.left() * scale) + 2, static_cast<int>(mm.top() * scale) + 2),
      QPoint(static_cast<int>(mm.right() * scale) - 2, static_cast<int>(mm.bottom() * scale) - 2));
}

QStringList legendTexts(QgsPrintLayout *layout) {
  QList<QgsLayoutItemLegend *> legends;
  layout->layoutItems(legends);
  QStringList texts;
  if (legends.isEmpty())
    return texts;
  QgsLegendModel *model = legends.first()->model();
  for (QgsLayerTreeLayer *layer : model->rootGroup()->findLayers()) {
    texts << layer->name();
    for (QgsLayerTreeModelLegendNode *node : model->layerLegendNodes(layer))
      texts << node->data(Qt::DisplayRole).toString().replace(QLatin1Char('~'), QLatin1Char(' '));
  }
  return texts;
}

QString pageText(const QString &pdf, int page, bool layout) {
  QStringList arguments = {
      QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
      QStringLiteral("-")};
  if (layout)
    arguments.prepend(QStringLiteral("-layout"));
  const ProcessResult result = runProcess(QStringLiteral("pdftotext"), arguments);
  EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
  // The PDF's fonts set "fi" and "fl" as ligatures, which pdftotext returns as one character.
  return QString(result.out)
      .replace(QChar(0xFB01), QStringLiteral("fi"))
      .replace(QChar(0xFB02), QStringLiteral("fl"));
}

bool namesWord(const QString &text, const QString &word) {
  return text.contains(QRegularExpression(
      QStringLiteral("(^|[^\\w'-])%1($|[^\\w-])").arg(QRegularExpression::escape(word)),
      QRegularExpression::UseUnicodePropertiesOption));
}

QTemporaryDir *PrintMaps::sDir = nullptr;
QString PrintMaps::sBrabant;

void PrintMaps::SetUpTestSuite() {
  sDir = new QTemporaryDir();
  // To look at the maps: RESILIENCE_KEEP_TEST_OUTPUT=1 keeps the folder and prints its path.
  if (qEnvironmentVariableIsSet("RESILIENCE_KEEP_TEST_OUTPUT")) {
    sDir->setAutoRemove(false);
    std::cout << "print maps written to " << sDir->path().toStdString() << std::endl;
  }
  // Regions first (66 Brabant municipalities get 'regio'), then the CBS key figures.
  const QString withRegions =
      joined(testdata(QStringLiteral("nl_gemeenten_2015.gpkg|layername=gemeenten")),
             QStringLiteral("gemeentecode"), testdata(QStringLiteral("brabant_regions_2015.csv")),
             sDir->filePath(QStringLiteral("regions.gpkg")));
  sBrabant = joined(withRegions, QStringLiteral("gemeentecode"),
                    testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv")),
                    sDir->filePath(QStringLiteral("brabant.gpkg")));
}

void PrintMaps::TearDownTestSuite() {
  delete sDir;
}

QString PrintMaps::brabantLayer() {
  auto *layer = new QgsVectorLayer(sBrabant, QStringLiteral("Brabant"), QStringLiteral("ogr"));
  EXPECT_TRUE(layer->isValid());
  layer->setSubsetString(QStringLiteral("\"regio\" IS NOT NULL"));
  layer->addExpressionField(kScoreExpression,
                            QgsField(QStringLiteral("resilience"), QVariant::Int));
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

} // namespace resilience::testing
