// The dialogs a planner fills in (issue 12): the indicators table of compositeindex, value fields
// that default to the resilience score, and weights parameters that follow the method, built
// through QGIS's processing GUI registry as the desktop dialog builds them.
#include "dialog_support.h"
#include "indicatorspanel.h"
#include "indicatorswidgetwrapper.h"
#include "parameters/compositespecparameter.h"
#include "parameters/valuefieldparameter.h"
#include "qgis_test_environment.h"
#include "scoring/indicator_spec.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsfieldcombobox.h>
#include <qgsgui.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingguiregistry.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTableWidget>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience::testing;

namespace {

// A memory layer in the project with the given fields ("name:type"), one feature; its id.
QString projectLayer(const QString &fields) {
  auto *layer = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:28992&%1").arg(fields),
                                   QStringLiteral("buurten"), QStringLiteral("memory"));
  QgsProject::instance()->addMapLayer(layer);
  return layer->id();
}

const QString kMunicipalities =
    QStringLiteral("field=gemeentecode:string&field=aantal_inwoners:integer&field=bijstand:double&"
                   "field=ww:double&field=eenpersoons:double");

IndicatorsPanel *indicatorsPanel(DialogPage &dialog) {
  auto *wrapper = qobject_cast<IndicatorsWidgetWrapper *>(dialog.wrapper("INDICATORS"));
  return wrapper ? wrapper->panel() : nullptr;
}

} // namespace

TEST(Dialogs, IndicatorsTableGivesTheMatrixTheAlgorithmReads) {
  DialogPage dialog(QStringLiteral("resilience:compositeindex"));
  dialog.setValue(QStringLiteral("INPUT"), projectLayer(kMunicipalities));
  IndicatorsPanel *panel = indicatorsPanel(dialog);
  ASSERT_NE(panel, nullptr) << "INDICATORS has no indicators widget";
  EXPECT_EQ(dialog.wrapper("INDICATORS")->parameterValue(), QVariant())
      << "an empty table is not given, so a SPEC file can be chosen instead";

  // Rows as a script or model gives them: nested, with a decimal comma and a word direction.
  const QVariantList rows = {QVariantList{"bijstand_per_1000", "personal", "negative", "2,5",
                                          "bijstand", "aantal_inwoners", 1000},
                             QVariantList{"eenpersoons", "social", "-", 1, "", "", "", 0, 60}};
  dialog.setValue(QStringLiteral("INDICATORS"), rows);
  EXPECT_EQ(panel->rowCount(), 2);
  // Read back as the dialog sends it: nine cells per row, numbers as numbers, the rate's "per"
  // only with a numerator, goalposts as typed.
  const QVariantList expected = {"bijstand_per_1000",
                                 "personal",
                                 "-",
                                 2.5,
                                 "bijstand",
                                 "aantal_inwoners",
                                 1000.0,
                                 "",
                                 "",
                                 "eenpersoons",
                                 "social",
                                 "-",
                                 1.0,
                                 "",
                                 "",
                                 "",
                                 "0",
                                 "60"};
  EXPECT_EQ(dialog.wrapper("INDICATORS")->parameterValue().toList(), expected);
  // And the algorithm's reader takes it as the intended spec.
  const IndicatorTable table = indicatorTableFromMatrix(expected, QStringLiteral("INDICATORS"));
  ASSERT_EQ(table.spec.indicators.size(), 2u);
  EXPECT_EQ(table.spec.indicators[0].per, 1000.0);
  EXPECT_EQ(table.spec.indicators[0].direction, resilience::Direction::Negative);
  EXPECT_EQ(table.spec.indicators[1].goalMax, 60.0);

  // The field pickers offer the layer's numeric fields only; domain and direction are
  // drop-downs with the known choices.
  auto *field = qobject_cast<QComboBox *>(panel->table()->cellWidget(0, IndicatorsPanel::Field));
  ASSERT_NE(field, nullptr);
  EXPECT_GE(field->findText(QStringLiteral("aantal_inwoners")), 0);
  EXPECT_EQ(field->findText(QStringLiteral("gemeentecode")), -1);
  auto *domain = qobject_cast<QComboBox *>(panel->table()->cellWidget(0, IndicatorsPanel::Domain));
  ASSERT_NE(domain, nullptr);
  QStringList domains;
  for (int i = 0; i < domain->count(); ++i)
    domains << domain->itemData(i).toString();
  EXPECT_EQ(domains, (QStringList{"personal", "social", "environmental"}));
  auto *direction =
      qobject_cast<QComboBox *>(panel->table()->cellWidget(0, IndicatorsPanel::Direction));
  ASSERT_NE(direction, nullptr);
  EXPECT_EQ(direction->count(), 2);

  // A planner adds a row and picks from the drop-downs.
  panel->addIndicator(resilience::IndicatorSpec("ww", "environmental"));
  qobject_cast<QComboBox *>(panel->table()->cellWidget(2, IndicatorsPanel::Direction))
      ->setCurrentIndex(1);
  qobject_cast<QDoubleSpinBox *>(panel->table()->cellWidget(2, IndicatorsPanel::Weight))
      ->setValue(0.5);
  QVariantList value = dialog.wrapper("INDICATORS")->parameterValue().toList();
  ASSERT_EQ(value.size(), 27);
  EXPECT_EQ(value.mid(18), (QVariantList{"ww", "environmental", "-", 0.5, "", "", "", "", ""}));
  // Its rate and goalposts are edited below the table, for the selected row, and summarised in it.
  panel->table()->setCurrentCell(2, IndicatorsPanel::Field);
  panel->numeratorPicker()->setCurrentText(QStringLiteral("ww"));
  panel->denominatorPicker()->setCurrentText(QStringLiteral("aantal_inwoners"));
  panel->perBox()->setValue(100);
  panel->goalMinEdit()->setText(QStringLiteral("0"));
  panel->goalMaxEdit()->setText(QStringLiteral("12,5"));
  value = dialog.wrapper("INDICATORS")->parameterValue().toList();
  EXPECT_EQ(value.mid(18), (QVariantList{"ww", "environmental", "-", 0.5, "ww", "aantal_inwoners",
                                         100.0, "0", "12,5"}));
  EXPECT_EQ(panel->table()->item(2, IndicatorsPanel::RateColumn)->text(),
            QStringLiteral("ww / aantal_inwoners x 100"));
  EXPECT_EQ(panel->table()->item(2, IndicatorsPanel::GoalpostsColumn)->text(),
            QStringLiteral("0 - 12,5"));
  // Selecting another row shows its own rate; nothing leaks between rows.
  panel->table()->setCurrentCell(1, IndicatorsPanel::Field);
  EXPECT_EQ(panel->numeratorPicker()->currentText(), QString());
  EXPECT_EQ(panel->goalMaxEdit()->text(), QStringLiteral("60"));
  EXPECT_EQ(dialog.wrapper("INDICATORS")->parameterValue().toList().mid(9, 9), expected.mid(9, 9));
  panel->table()->setCurrentCell(0, IndicatorsPanel::Field);

  const QString shot = saveScreenshot(dialog.page(), QStringLiteral("compositeindex_dialog"));
  EXPECT_FALSE(QPixmap(shot).isNull());
}

// In batch mode each parameter is one cell of a table: INDICATORS gets QGIS's matrix button there.
TEST(Dialogs, IndicatorsInABatchRowAreQgisMatrixButton) {
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:compositeindex")));
  DialogPage page(QStringLiteral("resilience:compositeindex")); // registers the widgets
  std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper> batch(
      QgsGui::processingGuiRegistry()->createParameterWidgetWrapper(
          algorithm->parameterDefinition(QStringLiteral("INDICATORS")), QgsProcessingGui::Batch));
  ASSERT_NE(batch, nullptr);
  EXPECT_EQ(qobject_cast<IndicatorsWidgetWrapper *>(batch.get()), nullptr);
  QgsProcessingContext context;
  batch->createWrappedWidget(context);
  const QVariantList cells = {"a", "social", "+", 1, "", "", "", "", ""};
  batch->setParameterValue(cells, context);
  EXPECT_EQ(batch->parameterValue().toList(), cells);
}

TEST(Dialogs, IndicatorsTableImportsAndExportsASpecFile) {
  IndicatorsPanel panel;
  const QString spec = testdata(QStringLiteral("noord_brabant_indicators.csv"));
  EXPECT_EQ(panel.importSpec(spec), QString());
  // testdata/noord_brabant_indicators.csv: nine indicators, the first a rate per 1,000.
  ASSERT_EQ(panel.rowCount(), 9);
  EXPECT_EQ(panel.value().mid(0, 9),
            (QVariantList{"bijstand_per_1000", "personal", "-", 1.0,
                          "aantal_personen_met_een_algemene_bijstandsuitkering_totaal",
                          "aantal_inwoners", 1000.0, "", ""}));

  QTemporaryDir scratch;
  const QString json = scratch.filePath(QStringLiteral("spec.json"));
  EXPECT_EQ(panel.exportSpec(json), QString());
  const resilience::CompositeSpec original = resilience::readSpecFile(spec.toStdString());
  const resilience::CompositeSpec exported = resilience::readSpecFile(json.toStdString());
  ASSERT_EQ(exported.indicators.size(), original.indicators.size());
  for (std::size_t k = 0; k < original.indicators.size(); ++k) {
    EXPECT_EQ(exported.indicators[k].field, original.indicators[k].field);
    EXPECT_EQ(exported.indicators[k].domain, original.indicators[k].domain);
    EXPECT_EQ(exported.indicators[k].direction, original.indicators[k].direction);
    EXPECT_EQ(exported.indicators[k].weight, original.indicators[k].weight);
    EXPECT_EQ(exported.indicators[k].denominator, original.indicators[k].denominator);
  }

  // A domain typo reaching the table (a hand-written matrix) is shown, never replaced, and
  // refused on export with the known domains.
  panel.setValue(QVariantList{"x", "sociaal", "+", 1, "", "", "", "", ""});
  auto *domain = qobject_cast<QComboBox *>(panel.table()->cellWidget(0, IndicatorsPanel::Domain));
  EXPECT_EQ(domain->currentData().toString(), QStringLiteral("sociaal"));
  EXPECT_TRUE(panel.exportSpec(scratch.filePath(QStringLiteral("bad.csv")))
                  .contains(QStringLiteral("unknown domain 'sociaal' (known: personal, social, "
                                           "environmental)")));
  EXPECT_FALSE(QFile::exists(scratch.filePath(QStringLiteral("bad.csv"))));

  EXPECT_TRUE(panel.importSpec(scratch.filePath(QStringLiteral("missing.csv")))
                  .contains(QStringLiteral("cannot open")));
}

// Value fields start on resilience when the layer has it, else on the first numeric field that
// is not the feature id; never on fid, which QGIS's own picker would show first.
TEST(Dialogs, ValueFieldsDefaultToResilienceThenTheFirstNumericField) {
  for (const QString &algorithm :
       {QStringLiteral("resilience:hotspots"), QStringLiteral("resilience:localmoran")}) {
    DialogPage dialog(algorithm);
    auto *picker = qobject_cast<QgsFieldComboBox *>(dialog.wrapper("FIELD")->wrappedWidget());
    ASSERT_NE(picker, nullptr) << algorithm.toStdString();
    dialog.setValue(QStringLiteral("INPUT"),
                    projectLayer(QStringLiteral("field=fid:integer&field=naam:string&field="
                                                "score_social:double&field=resilience:double")));
    EXPECT_EQ(dialog.wrapper("FIELD")->parameterValue().toString(), QStringLiteral("resilience"));
    dialog.setValue(QStringLiteral("INPUT"),
                    projectLayer(QStringLiteral("field=fid:integer&field=naam:string&field="
                                                "aantal_inwoners:integer")));
    EXPECT_EQ(dialog.wrapper("FIELD")->parameterValue().toString(),
              QStringLiteral("aantal_inwoners"));
  }
  // printmaps SHOW is a field picker too.
  DialogPage maps(QStringLiteral("resilience:printmaps"));
  EXPECT_NE(qobject_cast<QgsFieldComboBox *>(maps.wrapper("SHOW")->wrappedWidget()), nullptr);

  // The rule itself: a GeoPackage's primary key is skipped whatever its name.
  QgsFields fields;
  fields.append(QgsField(QStringLiteral("ogc_fid"), QVariant::LongLong));
  fields.append(QgsField(QStringLiteral("fid"), QVariant::Int));
  fields.append(QgsField(QStringLiteral("code"), QVariant::String));
  fields.append(QgsField(QStringLiteral("inwoners"), QVariant::Int));
  EXPECT_EQ(preferredValueField(fields, {0}), QStringLiteral("inwoners"));
  fields.append(QgsField(QStringLiteral("resilience"), QVariant::Double));
  EXPECT_EQ(preferredValueField(fields, {0}), QStringLiteral("resilience"));
}

// K and DISTANCE mean nothing to queen contiguity: the dialog disables what the method does not
// read, and distances show they are metres.
TEST(Dialogs, WeightsParametersFollowTheMethod) {
  DialogPage dialog(QStringLiteral("resilience:hotspots"));
  const auto enabled = [&](const char *name) {
    return dialog.wrapper(QString::fromLatin1(name))->wrappedWidget()->isEnabled();
  };
  dialog.setValue(QStringLiteral("WEIGHTS"), 0); // queen
  EXPECT_FALSE(enabled("K"));
  EXPECT_FALSE(enabled("DISTANCE"));
  EXPECT_FALSE(enabled("KERNEL"));
  EXPECT_TRUE(enabled("TOLERANCE"));
  EXPECT_TRUE(enabled("ISLANDS"));
  dialog.setValue(QStringLiteral("WEIGHTS"), 2); // knn
  EXPECT_TRUE(enabled("K"));
  EXPECT_FALSE(enabled("DISTANCE"));
  EXPECT_FALSE(enabled("TOLERANCE"));
  dialog.setValue(QStringLiteral("WEIGHTS"), 3); // distance
  EXPECT_FALSE(enabled("K"));
  EXPECT_TRUE(enabled("DISTANCE"));
  dialog.setValue(QStringLiteral("WEIGHTS"), 4); // kernel
  EXPECT_TRUE(enabled("K"));
  EXPECT_TRUE(enabled("BANDWIDTH"));
  EXPECT_FALSE(enabled("TOLERANCE"));
  QWidget *distance = dialog.wrapper("DISTANCE")->wrappedWidget();
  auto *box = qobject_cast<QDoubleSpinBox *>(distance);
  if (!box)
    box = distance->findChild<QDoubleSpinBox *>();
  ASSERT_NE(box, nullptr);
  EXPECT_EQ(box->suffix(), QStringLiteral(" m"));
  saveScreenshot(dialog.page(), QStringLiteral("hotspots_dialog"));
}

// A temporary output loads under a name that says what it holds, in the run's LANGUAGE.
TEST(Dialogs, LoadedLayersAreNamedAfterWhatTheyHold) {
  for (const auto &[language, expected] :
       {std::pair<QString, QString>{QStringLiteral("en"),
                                    QStringLiteral("Risk hot spots of HOVAL")},
        std::pair<QString, QString>{QStringLiteral("nl"),
                                    QStringLiteral("Risicogebieden van HOVAL")}}) {
    std::unique_ptr<QgsProcessingAlgorithm> algorithm(
        QgsApplication::processingRegistry()->createAlgorithmById(
            QStringLiteral("resilience:hotspots")));
    QgsProcessingContext context;
    context.setProject(QgsProject::instance());
    QgsProcessingFeedback feedback;
    bool ok = false;
    const QVariantMap results = algorithm->run(
        {{QStringLiteral("INPUT"), testdata(QStringLiteral("columbus.shp"))},
         {QStringLiteral("FIELD"), QStringLiteral("HOVAL")},
         {QStringLiteral("LANGUAGE"), language},
         {QStringLiteral("OUTPUT"), QgsProcessingOutputLayerDefinition(
                                        QgsProcessing::TEMPORARY_OUTPUT, QgsProject::instance())}},
        context, &feedback, &ok);
    ASSERT_TRUE(ok);
    const QString destination = results.value(QStringLiteral("OUTPUT")).toString();
    ASSERT_TRUE(context.willLoadLayerOnCompletion(destination));
    EXPECT_EQ(context.layerToLoadOnCompletionDetails(destination).name, expected);
  }
}
