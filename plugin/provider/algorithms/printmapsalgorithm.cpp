#include "algorithms/printmapsalgorithm.h"

#include "cartography/drawablelayer.h"
#include "cartography/outputstyles.h"
#include "cartography/printmap_frontpages.h"
#include "cartography/printmap_layout.h"
#include "cartography/printmap_overlay.h"
#include "cartography/printmap_project.h"
#include "cartography/printmap_regions.h"
#include "cartography/printmap_sheets.h"
#include "cartography/printmap_summary.h"
#include "cartography/printmap_tablebook.h"
#include "cartography/printmap_texts.h"
#include "cartography/printmap_theme.h"
#include "layers/outputstaging.h"
#include "parameters/valuefieldparameter.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayoutatlas.h>
#include <qgslayoutexporter.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kShow = QStringLiteral("SHOW");
const QString kFacilities = QStringLiteral("FACILITIES");
const QString kRegions = QStringLiteral("REGIONS");
const QString kRegionField = QStringLiteral("REGION_FIELD");
const QString kTitle = QStringLiteral("TITLE");
const QString kSubtitle = QStringLiteral("SUBTITLE");
const QString kCredits = QStringLiteral("CREDITS");
const QString kPage = QStringLiteral("PAGE");
const QString kDpi = QStringLiteral("DPI");
const QString kOutputPdf = QStringLiteral("OUTPUT_PDF");
const QString kOutputFolder = QStringLiteral("OUTPUT_FOLDER");
const QString kLanguage = QStringLiteral("LANGUAGE");
const QString kRiskField = QStringLiteral("RISK_FIELD");
const QString kLabelField = QStringLiteral("LABEL_FIELD");
const QString kOverlay = QStringLiteral("OVERLAY");
const QString kScoreField = QStringLiteral("SCORE_FIELD");
const QString kPopulation = QStringLiteral("POPULATION");
const QString kFrontPages = QStringLiteral("FRONT_PAGES");
const QString kMethod = QStringLiteral("METHOD");
const QString kOutputTableBook = QStringLiteral("OUTPUT_TABLEBOOK");
const QString kOutputProject = QStringLiteral("OUTPUT_PROJECT");
const QString kDomainPages = QStringLiteral("DOMAIN_PAGES");
const QString kChangePages = QStringLiteral("CHANGE_PAGES");
const QString kSites = QStringLiteral("SITES");
const QString kCandidates = QStringLiteral("CANDIDATES");
const QString kSiteDemand = QStringLiteral("SITE_DEMAND");

QSizeF pageSizeMm(const QString &page) {
  const QSizeF portrait =
      page.startsWith(QLatin1String("a3")) ? QSizeF(297, 420) : QSizeF(210, 297);
  return page.endsWith(QLatin1String("landscape")) ? portrait.transposed() : portrait;
}

std::unique_ptr<QgsVectorLayer> cloneOf(const QgsVectorLayer &layer) {
  return std::unique_ptr<QgsVectorLayer>(layer.clone());
}

// A layer's features in a memory layer of the same name (its subset string applied).
std::unique_ptr<QgsVectorLayer> inMemory(QgsVectorLayer &layer, QgsFeedback *feedback) {
  std::unique_ptr<QgsVectorLayer> copy(layer.materialize(QgsFeatureRequest(), feedback));
  if (!copy)
    throw QgsProcessingException(QObject::tr("Cannot read %1").arg(layer.name()));
  copy->setName(layer.name());
  return copy;
}

QString uniqueLayoutName(QgsProject *project, const QString &wanted) {
  QString name = wanted;
  for (int n = 2; project->layoutManager()->layoutByName(name); ++n)
    name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
  return name;
}

QString exportError(QgsLayoutExporter::ExportResult result, const QString &error,
                    const QString &what) {
  switch (result) {
  case QgsLayoutExporter::Success:
    return QString();
  case QgsLayoutExporter::FileError:
    return QObject::tr("%1: could not write the file (is the folder writable, is it open "
                       "elsewhere?) %2")
        .arg(what, error);
  case QgsLayoutExporter::MemoryError:
    return QObject::tr("%1: out of memory; lower DPI").arg(what);
  default:
    return QObject::tr("%1 failed: %2").arg(what, error);
  }
}

} // namespace

QString PrintMapsAlgorithm::displayName() const {
  return QObject::tr("Print maps per region");
}

QString PrintMapsAlgorithm::helpText() const {
  return QObject::tr(
      "Makes a map book for publication: an overview page of the whole area and one page per "
      "region (a QGIS atlas), each with the title and the region's name, the map zoomed to the "
      "region with its surroundings greyed, a legend, a scale bar, a north arrow, the date and "
      "the source (CREDITS).\n\n"
      "SHOW chooses what the map shows: 'score' (field resilience, or resilience_class), "
      "'hotspots' (risk_bin: Getis-Ord Gi* risk hot spots at 90/95/99 % confidence in red, as "
      "resilience:hotspots writes them; gi_bin on layers without it), 'clusters' (risk_cluster: "
      "local Moran risk clusters in red; lisa_cluster in GeoDa's colours on layers without it), "
      "'stacking' (stacking_class of resilience:riskflags: how many risk flags pile up), 'geary' "
      "(lg_cluster of resilience:localgeary), 'change' (change_class of resilience:change, worse "
      "in "
      "red), 'emerging' (ehs_risk_category of resilience:emerginghotspots, risk spots in red) or "
      "the name of a field. Which end of the field was "
      "the risk is read from the features; RISK_FIELD (advanced) names the field the hot spots or "
      "clusters were computed on in the legend (\"Hot spot of low resilience\"), which otherwise "
      "says \"values\". Fields written by this provider (score_<domain>, flag_<indicator>, "
      "acc_nearest_m, ...) use their own style; any "
      "other numeric field is shown in 5 quantile classes (quintiles) computed when the maps are "
      "made. Features without a value are hatched.\n\n"
      "The region pages of a map book: LABEL_FIELD writes the neighbourhoods' names with QGIS's "
      "labelling engine (only those of the page's region; names never overlap, and when space "
      "is short the lowest scores of SCORE_FIELD keep theirs). OVERLAY draws the risk hot spots "
      "(risk_bin of 2 or more: 95 % confidence) or the risk clusters (risk_cluster 'Risk "
      "cluster') hatched over the map, with a legend naming the field and the risk end. An "
      "inset shows the whole area with the page's region dark.\n\n"
      "Beside the map a summary table gives the region beside the whole area: residents (sum "
      "of POPULATION), the mean of SCORE_FIELD (default resilience) weighted by POPULATION "
      "(sum P_i s_i / sum P_i; a plain mean without it), the share of residents in the lowest "
      "class (resilience_class 1 when the layer has it, else a score of 20 or less) and the "
      "number of risk hot spots (risk_bin 2 or more), then the region's 5 lowest-scoring "
      "neighbourhoods with their score and rank in the whole area (1 = lowest). A "
      "neighbourhood belongs to the region holding its point on surface. The numbers are those "
      "of resilience:aggregate. Without SCORE_FIELD in INPUT the pages have no table.\n\n"
      "Regions: either a polygon layer REGIONS (named by its field REGION_FIELD when it has it, "
      "else by its first text field), or REGION_FIELD alone, a field of INPUT whose features "
      "are dissolved into regions. Without both, only the overview page is made.\n\n"
      "Writes one multi-page PDF (OUTPUT_PDF) and/or one PNG per page into OUTPUT_FOLDER "
      "(00_overview.png, 01_<region>.png, ...; an optional page adds what it shows: "
      "02_<region>_score_social.png). A run that fails or is canceled leaves the folder as it "
      "was: the pages are written under temporary names and take their own only at the end. "
      "When run in QGIS desktop the layout and its layers are also added to the current "
      "project, so the pages can be adjusted in the layout designer; the region layers are "
      "temporary (memory) layers.\n\n"
      "FRONT_PAGES puts a cover, a contents page (the regions with their page numbers) and a "
      "method page before the maps: METHOD in plain words (indicators, domains, weights, "
      "normalisation, date of the data), or a standard text naming the domains found in "
      "INPUT (score_<domain> fields), then the sources (CREDITS). They are pages of the same "
      "atlas, so the layout prints the whole book.\n\n"
      "Optional pages, each one more page of the overview and of every region, after the page "
      "of SHOW: DOMAIN_PAGES adds a page per domain score (the score_<domain> fields of "
      "resilience:compositeindex: personal, social, environmental, ...), CHANGE_PAGES a page of "
      "the change between two years (change_class of resilience:change, worse in red), and "
      "SITES a page of the site selection (resilience:siteselection): the neighbourhoods in "
      "reach of a chosen or existing site in light blue and those out of reach in red (the "
      "field covered of its OUTPUT_DEMAND, given as SITE_DEMAND, or INPUT when INPUT has it), "
      "the chosen sites (its OUTPUT) as green stars numbered by their order of choice (1 adds "
      "the most) and, when given, the CANDIDATES it chose from as small grey points. Each "
      "optional page names what it shows under the title; the summary table is on the "
      "page of SHOW only.\n\n"
      "OUTPUT_TABLEBOOK writes the table book (.xlsx or .ods): one sheet per level (the areas "
      "of INPUT with their region and rank, the regions, the whole area), with readable "
      "headers in LANGUAGE and numbers as numbers; the fid and fields joined twice (the same "
      "values under name and name_2) are left out. Given a folder or a .csv name (book.csv), "
      "or when GDAL cannot write the spreadsheet format, it writes one CSV file per sheet "
      "(areas.csv, regions.csv, whole_area.csv in the folder; book_areas.csv, ... beside "
      "book.csv), with the same columns.\n\n"
      "OUTPUT_PROJECT writes a QGIS project (.qgz) with the map book as an atlas layout and "
      "every layer it draws, styled, to adjust and export again in QGIS; its page layers go to "
      "<project>_layers.gpkg beside it (a run again replaces the layers it wrote there; other "
      "layers of that file stay).\n\n"
      "LANGUAGE sets the language of the legend, the page texts and the date.");
}

void PrintMapsAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(
      new QgsProcessingParameterVectorLayer(kInput, QObject::tr("Neighbourhood result layer"),
                                            QList<int>() << QgsProcessing::TypeVectorPolygon));
  // A field picker; the words score, hotspots, clusters, change and emerging still work from
  // scripts and specs.
  addParameter(new ValueFieldParameter(kShow, QObject::tr("Field to show"), kInput, false,
                                       ValueFieldParameter::preferredFieldName(),
                                       QgsProcessingParameterField::Any));
  addParameter(new QgsProcessingParameterField(
      kLabelField, QObject::tr("Names of the neighbourhoods (labels on the region pages)"),
      QVariant(), kInput, QgsProcessingParameterField::Any, false, true));
  addNamedEnumParameter(kOverlay, QObject::tr("Drawn over the map"),
                        {{QStringLiteral("none"), QObject::tr("Nothing")},
                         {QStringLiteral("hotspots"), QObject::tr("Risk hot spots (risk_bin)")},
                         {QStringLiteral("clusters"), QObject::tr("Risk clusters (risk_cluster)")}},
                        QStringLiteral("none"));
  // Optional so that a missing value takes the default (as in resilience:aggregate).
  addParameter(new QgsProcessingParameterField(
      kScoreField, QObject::tr("Score for the summary table (low = at risk)"),
      QStringLiteral("resilience"), kInput, QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterField(kPopulation, QObject::tr("Population field"),
                                               QVariant(), kInput,
                                               QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterVectorLayer(kFacilities, QObject::tr("Facilities"),
                                                     QList<int>() << QgsProcessing::TypeVectorPoint,
                                                     QVariant(), true));
  addParameter(new QgsProcessingParameterBoolean(
      kDomainPages, QObject::tr("Optional pages: one per domain score (score_<domain>)"), false));
  addParameter(new QgsProcessingParameterBoolean(
      kChangePages, QObject::tr("Optional pages: change between years (change_class)"), false));
  addParameter(new QgsProcessingParameterVectorLayer(
      kSites, QObject::tr("Optional pages: chosen sites (OUTPUT of site selection)"),
      QList<int>() << QgsProcessing::TypeVectorPoint, QVariant(), true));
  addParameter(new QgsProcessingParameterVectorLayer(
      kCandidates, QObject::tr("Candidate sites, drawn small on the site pages"),
      QList<int>() << QgsProcessing::TypeVectorPoint, QVariant(), true));
  addParameter(new QgsProcessingParameterVectorLayer(
      kSiteDemand,
      QObject::tr("Neighbourhoods reached, for the site pages (OUTPUT_DEMAND of site selection; "
                  "empty: INPUT)"),
      QList<int>() << QgsProcessing::TypeVectorPolygon, QVariant(), true));
  addParameter(new QgsProcessingParameterVectorLayer(
      kRegions, QObject::tr("Region polygons"), QList<int>() << QgsProcessing::TypeVectorPolygon,
      QVariant(), true));
  addParameter(new QgsProcessingParameterField(kRegionField, QObject::tr("Region field"),
                                               QVariant(), kInput, QgsProcessingParameterField::Any,
                                               false, true));
  addParameter(
      new QgsProcessingParameterString(kTitle, QObject::tr("Title"), QVariant(), false, true));
  addParameter(new QgsProcessingParameterString(kSubtitle, QObject::tr("Subtitle"), QVariant(),
                                                false, true));
  addParameter(new QgsProcessingParameterString(kCredits, QObject::tr("Source / credits"),
                                                QVariant(), false, true));
  addNamedEnumParameter(kPage, QObject::tr("Page"),
                        {{QStringLiteral("a4_landscape"), QObject::tr("A4 landscape")},
                         {QStringLiteral("a4_portrait"), QObject::tr("A4 portrait")},
                         {QStringLiteral("a3_landscape"), QObject::tr("A3 landscape")},
                         {QStringLiteral("a3_portrait"), QObject::tr("A3 portrait")}},
                        QStringLiteral("a4_landscape"));
  addParameter(new QgsProcessingParameterBoolean(
      kFrontPages, QObject::tr("Cover, contents and method pages before the maps"), false));
  addParameter(new QgsProcessingParameterString(
      kMethod, QObject::tr("Method in plain words (for the method page; empty: a standard text)"),
      QVariant(), true, true));
  addParameter(new QgsProcessingParameterNumber(kDpi, QObject::tr("Resolution (DPI)"),
                                                QgsProcessingParameterNumber::Integer, 300, false,
                                                50, 1200));
  auto *riskField = new QgsProcessingParameterString(
      kRiskField, QObject::tr("Field the hot spots or clusters were computed on (for the legend)"),
      QVariant(), false, true);
  riskField->setFlags(riskField->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  addParameter(riskField);
  addParameter(createLanguageParameter(kLanguage));
  addParameter(new QgsProcessingParameterFileDestination(kOutputPdf, QObject::tr("Map book (PDF)"),
                                                         QObject::tr("PDF files (*.pdf)"),
                                                         QVariant(), true, true));
  addParameter(new QgsProcessingParameterFileDestination(
      kOutputTableBook, QObject::tr("Table book (XLSX or ODS)"),
      QObject::tr("Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods);;CSV files, one per "
                  "sheet (*.csv)"),
      QVariant(), true, false));
  addParameter(new QgsProcessingParameterFileDestination(
      kOutputProject, QObject::tr("QGIS project with the map book's atlas layout (.qgz)"),
      QObject::tr("QGIS project (*.qgz)"), QVariant(), true, false));
  addParameter(new QgsProcessingParameterFolderDestination(
      kOutputFolder, QObject::tr("Folder for one PNG per page"), QVariant(), true, false));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("PAGES"), QObject::tr("Pages")));
  addOutput(new QgsProcessingOutputString(QStringLiteral("LAYOUT"),
                                          QObject::tr("Layout saved in the project")));
}

void PrintMapsAlgorithm::datasetLocations(const QVariantMap &parameters,
                                          QgsProcessingContext &context,
                                          QList<DatasetLocation> &inputs,
                                          QList<DatasetLocation> &outputs) const {
  ResilienceAlgorithm::datasetLocations(parameters, context, inputs, outputs);
  addMapBookLocations(parameterAsFileOutput(parameters, kOutputTableBook, context),
                      parameterAsFileOutput(parameters, kOutputProject, context),
                      enumName(parameters, kLanguage), outputs);
}

QVariantMap PrintMapsAlgorithm::execute(const QVariantMap &parameters,
                                        QgsProcessingContext &context,
                                        QgsProcessingFeedback *feedback) {
  QgsVectorLayer *input = parameterAsVectorLayer(parameters, kInput, context);
  if (!input)
    throw QgsProcessingException(invalidSourceError(parameters, kInput));
  if (input->geometryType() != QgsWkbTypes::PolygonGeometry)
    throw QgsProcessingException(
        QObject::tr("INPUT must be a polygon layer; %1 has %2 geometries")
            .arg(input->name(), QgsWkbTypes::displayString(input->wkbType())));
  if (input->featureCount() == 0)
    throw QgsProcessingException(QObject::tr("INPUT %1 has no features").arg(input->name()));
  // The atlas and the no-data layer filter INPUT with subset strings, and QGIS reopens a
  // GeoPackage layer in update (WAL) mode for those, rewriting the user's file: they filter a
  // copy in memory instead, and the file is only read.
  const std::unique_ptr<QgsVectorLayer> inputCopy = inMemory(*input, feedback);
  input = inputCopy.get();
  stopIfCanceled(feedback);
  const QString pdfPath = parameterAsFileOutput(parameters, kOutputPdf, context);
  const QString pngFolder = parameterAsString(parameters, kOutputFolder, context);
  const QString tableBookPath = parameterAsFileOutput(parameters, kOutputTableBook, context);
  const QString projectPath = parameterAsFileOutput(parameters, kOutputProject, context);
  if (pdfPath.isEmpty() && pngFolder.isEmpty() && tableBookPath.isEmpty() && projectPath.isEmpty())
    throw QgsProcessingException(QObject::tr("Give OUTPUT_PDF, OUTPUT_FOLDER, OUTPUT_TABLEBOOK "
                                             "or OUTPUT_PROJECT: there is nothing to write"));
  const QString language = enumName(parameters, kLanguage);
  const TableBookFiles tableBook =
      tableBookPath.isEmpty() ? TableBookFiles() : tableBookFiles(tableBookPath, language);
  const int dpi = parameterAsInt(parameters, kDpi, context);

  // Rings without area are dropped before anything is drawn (a copy, only when there are any).
  const std::unique_ptr<QgsVectorLayer> cleaned = withoutDegenerateRings(*input, feedback);
  stopIfCanceled(feedback);
  if (cleaned)
    input = cleaned.get();

  auto theme = cloneOf(*input);
  const QString riskField = parameterAsString(parameters, kRiskField, context).trimmed();
  const MapTheme shown = applyMapTheme(
      *theme, parameterAsString(parameters, kShow, context).trimmed(), language, riskField);
  feedback->pushInfo(QObject::tr("Showing field %1 as '%2'").arg(shown.field, shown.legendTitle));
  std::unique_ptr<QgsVectorLayer> noData;
  if (shown.graduated)
    noData = noDataLayer(*input, shown.field, language);
  if (noData)
    feedback->pushInfo(QObject::tr("%1 feature(s) without a value of %2 (NULL or a no-data code "
                                   "at or below -99995) are hatched as no data")
                           .arg(noData->featureCount())
                           .arg(shown.field));

  std::unique_ptr<QgsVectorLayer> overlay =
      overlayLayer(*input, enumName(parameters, kOverlay), riskField, language);
  const QString labelField = parameterAsString(parameters, kLabelField, context);
  if (!labelField.isEmpty() && input->fields().lookupField(labelField) < 0)
    throw QgsProcessingException(QObject::tr("LABEL_FIELD: field '%1' does not exist in INPUT %2")
                                     .arg(labelField, input->name()));
  // The summary's score: SCORE_FIELD, left out (with a note) when its default is not in INPUT.
  QString scoreField = parameterAsString(parameters, kScoreField, context);
  if (!scoreField.isEmpty() && input->fields().lookupField(scoreField) < 0 &&
      scoreField == parameterDefinition(kScoreField)->defaultValue().toString()) {
    feedback->pushInfo(QObject::tr("SCORE_FIELD: INPUT has no field '%1'; the pages have no "
                                   "summary table")
                           .arg(scoreField));
    scoreField.clear();
  }
  if (!tableBookPath.isEmpty() && scoreField.isEmpty())
    throw QgsProcessingException(
        QObject::tr("OUTPUT_TABLEBOOK needs a score: give SCORE_FIELD (INPUT has no '%1')")
            .arg(parameterDefinition(kScoreField)->defaultValue().toString()));
  if (!labelField.isEmpty())
    applyNameLabels(*theme, labelField, scoreField);

  std::unique_ptr<QgsVectorLayer> facilities;
  if (QgsVectorLayer *points = parameterAsVectorLayer(parameters, kFacilities, context)) {
    facilities = cloneOf(*points);
    StyleOptions options;
    options.language = language;
    applyStyle(*facilities, QStringLiteral("facilities"), options);
    facilities->setName(
        inLanguage(language, QStringLiteral("Facilities"), QStringLiteral("Voorzieningen")));
  }

  // The optional pages, in the order their parameters are listed.
  SheetLayers sheets;
  const SheetContext sheetContext{language, labelField, scoreField};
  if (parameterAsBoolean(parameters, kDomainPages, context))
    addDomainSheets(sheets, *input, shown.field, sheetContext);
  if (parameterAsBoolean(parameters, kChangePages, context))
    addChangeSheet(sheets, *input, shown.field, sheetContext);
  QgsVectorLayer *sites = parameterAsVectorLayer(parameters, kSites, context);
  QgsVectorLayer *candidates = parameterAsVectorLayer(parameters, kCandidates, context);
  QgsVectorLayer *siteDemand = parameterAsVectorLayer(parameters, kSiteDemand, context);
  if (!sites && (candidates || siteDemand))
    throw QgsProcessingException(
        QObject::tr("%1 is drawn on the page of the chosen sites: give SITES (the OUTPUT of "
                    "resilience:siteselection) too")
            .arg(candidates ? kCandidates : kSiteDemand));
  std::unique_ptr<QgsVectorLayer> siteDemandCopy;
  if (siteDemand) {
    // Filtered by the page's labels as INPUT is: a copy in memory, the file is only read.
    siteDemandCopy = inMemory(*siteDemand, feedback);
    siteDemand = siteDemandCopy.get();
  }
  if (sites)
    addSiteSheet(sheets, siteDemand ? *siteDemand : *input, *sites, candidates, facilities.get(),
                 sheetContext);
  for (const SheetPages &sheet : sheets.pages)
    feedback->pushInfo(QObject::tr("Optional page of every region: %1").arg(sheet.subject));

  QgsVectorLayer *regionsLayer = parameterAsVectorLayer(parameters, kRegions, context);
  std::unique_ptr<QgsVectorLayer> regionsCopy;
  if (regionsLayer) {
    regionsCopy = inMemory(*regionsLayer, feedback);
    regionsLayer = regionsCopy.get();
  }
  AtlasLayers atlasLayers =
      buildAtlasLayers(*input, regionsLayer, parameterAsString(parameters, kRegionField, context),
                       language, context.transformContext(), feedback,
                       parameterAsBoolean(parameters, kFrontPages, context), sheets.pages);
  stopIfCanceled(feedback);
  feedback->pushInfo(QObject::tr("Pages: overview + %1 region(s), %2 page(s) each")
                         .arg(atlasLayers.regionCount)
                         .arg(atlasLayers.pagesPerRegion));
  if (atlasLayers.withoutGeometry > 0)
    feedback->pushWarning(QObject::tr("%1 feature(s) of INPUT have no geometry and are not drawn")
                              .arg(atlasLayers.withoutGeometry));

  SummaryTables summary;
  BookFigures figures;
  const SummarySpec summarySpec{scoreField, parameterAsString(parameters, kPopulation, context),
                                labelField, language};
  if (!scoreField.isEmpty()) {
    feedback->setProgressText(QObject::tr("Summarising the regions"));
    figures = computeBookFigures(*input, *atlasLayers.coverage, summarySpec, feedback);
    summary = buildSummaryTables(figures, *input, summarySpec);
    stopIfCanceled(feedback);
  }

  PrintMapSpec spec;
  spec.title = parameterAsString(parameters, kTitle, context).trimmed();
  if (spec.title.isEmpty())
    spec.title = inLanguage(language, QStringLiteral("Spatial resilience"),
                            QStringLiteral("Ruimtelijke veerkracht"));
  spec.subtitle = parameterAsString(parameters, kSubtitle, context);
  spec.credits = parameterAsString(parameters, kCredits, context);
  spec.language = language;
  const QSizeF page = pageSizeMm(enumName(parameters, kPage));
  spec.pageWidthMm = page.width();
  spec.pageHeightMm = page.height();
  spec.coverage = atlasLayers.coverage.get();
  spec.surroundings = atlasLayers.surroundings.get();
  spec.theme = theme.get();
  spec.noData = noData.get();
  spec.facilities = facilities.get();
  spec.overlay = overlay.get();
  spec.locator = atlasLayers.locator.get();
  spec.figures = summary.figures.get();
  spec.lowest = summary.lowest.get();
  spec.regionHeading = summary.regionHeading;
  spec.wholeHeading = summary.wholeHeading;
  spec.sheets = sheets.sheets;

  QgsProject scratchProject;
  QgsProject *project = context.project() ? context.project() : &scratchProject;
  std::unique_ptr<QgsPrintLayout> layout(buildPrintLayout(project, spec));
  const auto addFront = [&](QgsPrintLayout *book) {
    if (atlasLayers.frontPageCount == 0)
      return;
    FrontPagesSpec front;
    front.title = spec.title;
    front.subtitle = spec.subtitle;
    front.credits = spec.credits;
    front.language = language;
    front.pageMm = page;
    front.overviewPage = atlasLayers.frontPageCount + 1;
    front.pagesPerRegion = atlasLayers.pagesPerRegion;
    front.method = parameterAsString(parameters, kMethod, context).trimmed();
    for (const QgsField &field : input->fields())
      if (field.name().startsWith(QLatin1String("score_")))
        front.domains << field.name().mid(6);
    QgsFeature feature;
    QgsFeatureIterator pages = atlasLayers.coverage->getFeatures(
        QgsFeatureRequest()
            .setFilterExpression(
                QStringLiteral("\"kind\" = 'region' AND coalesce(\"sheet\", '') = ''"))
            .addOrderBy(QStringLiteral("page")));
    while (pages.nextFeature(feature))
      front.regions << feature.attribute(QStringLiteral("name")).toString();
    addFrontPages(book, front);
  };
  addFront(layout.get());
  QgsLayoutAtlas *atlas = layout->atlas();

  QgsProcessingMultiStepFeedback steps(2, feedback);
  QVariantMap outputs;
  // Cancel or a failed export removes every file this run wrote: no half-written map book.
  QStringList written;
  const auto finishExport = [&](const QString &message) {
    if (!feedback->isCanceled() && message.isEmpty())
      return;
    for (const QString &file : written)
      QFile::remove(file);
    stopIfCanceled(feedback);
    throw QgsProcessingException(message);
  };
  if (!pdfPath.isEmpty()) {
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = dpi;
    settings.rasterizeWholeImage = false;
    settings.forceVectorOutput = false;
    // Text stays text: the PDF can be searched and its names and figures copied.
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
    QString error;
    const QString message =
        exportError(QgsLayoutExporter::exportToPdf(atlas, pdfPath, settings, error, &steps), error,
                    QObject::tr("PDF export to %1").arg(pdfPath));
    written << pdfPath;
    finishExport(message);
    outputs.insert(kOutputPdf, pdfPath);
  }
  steps.setCurrentStep(1);
  if (!pngFolder.isEmpty()) {
    if (!QDir().mkpath(pngFolder))
      throw QgsProcessingException(
          QObject::tr("OUTPUT_FOLDER: cannot create the folder %1").arg(pngFolder));
    // Page by page, each through the output staging: under a temporary name until the run
    // succeeds, so a failed or canceled run leaves the folder as it was.
    QgsLayoutExporter::ImageExportSettings settings;
    settings.dpi = dpi;
    QgsLayoutExporter exporter(layout.get());
    if (!atlas->beginRender())
      throw QgsProcessingException(
          QObject::tr("PNG export to %1: the atlas has no pages").arg(pngFolder));
    for (int page = 0; page < atlas->count(); ++page) {
      stopIfCanceled(feedback);
      steps.setProgress(100.0 * page / atlas->count());
      atlas->seekTo(page);
      const QString file =
          QDir(pngFolder).filePath(atlas->currentFilename() + QStringLiteral(".png"));
      finishExport(exportError(exporter.exportToImage(stagedFile(kOutputFolder, file), settings),
                               exporter.errorFile(), QObject::tr("PNG export to %1").arg(file)));
    }
    atlas->endRender();
    outputs.insert(kOutputFolder, pngFolder);
  }
  if (!tableBookPath.isEmpty()) {
    if (!tableBook.unwritable.isEmpty())
      feedback->pushWarning(QObject::tr("OUTPUT_TABLEBOOK: GDAL cannot write %1 files here; the "
                                        "table book is written as one CSV file per sheet")
                                .arg(tableBook.unwritable));
    // The CSV files are staged by the run (datasetLocations): removed there when it fails.
    if (tableBook.driver != QLatin1String("CSV"))
      written << tableBookPath;
    try {
      writeTableBook(tableBook, *input, figures, scoreField, language, context.transformContext());
    } catch (const QgsProcessingException &e) {
      finishExport(e.what());
    }
    outputs.insert(kOutputTableBook, tableBookPath);
    QStringList files;
    for (const QString &file : tableBook.files)
      files << OutputStaging::finalPath(file);
    feedback->pushInfo(
        QObject::tr("Table book written to %1").arg(files.join(QStringLiteral(", "))));
  }
  if (!projectPath.isEmpty()) {
    // Its layers GeoPackage is staged by the run (datasetLocations).
    written << projectPath;
    try {
      writeMapBookProject(projectPath, spec, addFront, context.transformContext());
    } catch (const QgsProcessingException &e) {
      finishExport(e.what());
    }
    outputs.insert(kOutputProject, projectPath);
    feedback->pushInfo(
        QObject::tr("Project with the atlas layout written to %1 (its page layers "
                    "in %2)")
            .arg(OutputStaging::finalPath(projectPath), projectLayersPath(projectPath)));
  }
  outputs.insert(QStringLiteral("PAGES"),
                 atlasLayers.frontPageCount +
                     (atlasLayers.regionCount + 1) * atlasLayers.pagesPerRegion);

  // In desktop the layout goes into the project with its layers, for the layout designer.
  if (context.project()) {
    const QString name = uniqueLayoutName(project, spec.title);
    layout->setName(name);
    QList<QgsMapLayer *> layers{atlasLayers.coverage.release(), atlasLayers.surroundings.release(),
                                atlasLayers.locator.release(), theme.release()};
    for (auto *optional : {&noData, &facilities, &overlay, &summary.figures, &summary.lowest})
      if (*optional)
        layers << optional->release();
    for (auto &layer : sheets.owned)
      layers << layer.release();
    project->addMapLayers(layers, false);
    QgsLayerTreeGroup *group = project->layerTreeRoot()->insertGroup(0, name);
    for (QgsMapLayer *layer : layers)
      group->addLayer(layer);
    group->setItemVisibilityChecked(false);
    project->layoutManager()->addLayout(layout.release());
    outputs.insert(QStringLiteral("LAYOUT"), name);
    feedback->pushInfo(QObject::tr("Layout '%1' added to the project").arg(name));
  }
  return outputs;
}
