#pragma once
// What the print map tests share: the Noord-Brabant municipalities of 2015 joined to their
// regions and the CBS key figures (one join per test program), and readers of the written pages.
#include "qgis_test_environment.h"

#include <QImage>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

class QgsPrintLayout;

namespace resilience::testing {

// The test's synthetic score: the municipality number modulo 100 (GM0855 Tilburg -> 55), so
// that every class has municipalities and each can be predicted from the region CSV alone.
extern const QString kScoreExpression;

// resilience:jointable of table to input by CBS code (KEY_MATCHING=cbs), written to output.
QString joined(const QString &input, const QString &inputKey, const QString &table,
               const QString &output);

// Pages of a PDF, counted from its /Type /Page objects.
int pdfPageCount(const QString &path);

// The text of one page (1 = the first) as pdftotext -layout reads it, ligatures undone; with
// layout false in reading order (a wrapped legend label comes back as one run of words).
QString pageText(const QString &pdf, int page, bool layout = true);

// True when `word` stands in `text` as a whole name (not inside a longer name).
bool namesWord(const QString &text, const QString &word);

// Pixels within 2 of colour in each channel, inside area.
int pixelsOfColour(const QImage &image, const QRect &area, const QColor &colour);

// Share of the image's pixels that are not white.
double nonWhiteShare(const QImage &image);

// The layout the run added to the project (its LAYOUT output).
QgsPrintLayout *savedLayout(const AlgorithmRun &run);

// The page's map frame (not the locator inset) in pixels of a page exported at dpi, shrunk by
// 2 px to stay off the frame line.
QRect mapArea(QgsPrintLayout *layout, int dpi);

// The legend's layer names and class labels, wrapping undone.
QStringList legendTexts(QgsPrintLayout *layout);

class PrintMaps : public ::testing::Test {
protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();

  // The Brabant municipalities with the synthetic score as a virtual field, added to the project.
  static QString brabantLayer();

  static QTemporaryDir *sDir;
  static QString sBrabant;
};

} // namespace resilience::testing
