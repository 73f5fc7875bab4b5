#include "indicatorspanel.h"

#include "common/input_error.h"
#include "io/number_parsing.h"
#include "parameters/compositespecparameter.h"

#include <qgsexception.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using resilience::CompositeSpec;
using resilience::Direction;
using resilience::IndicatorSpec;

namespace {

const QString kParameter = QStringLiteral("INDICATORS");

QString cellText(const QVariant &cell) {
  return cell.isValid() && !cell.isNull() ? cell.toString().trimmed() : QString();
}

// A number typed with a decimal comma or point; NaN when empty or not a number.
double cellNumber(const QVariant &cell) {
  if (cell.type() == QVariant::Double || cell.type() == QVariant::Int ||
      cell.type() == QVariant::LongLong)
    return cell.toDouble();
  const auto parsed = resilience::parseLocalisedNumber(cellText(cell).toStdString());
  return parsed ? *parsed : std::nan("");
}

QString goalText(double v) {
  return std::isnan(v) ? QString() : QString::number(v, 'g', 15);
}

QDoubleSpinBox *spinBox(double value, double minimum, int decimals, const QString &tip) {
  auto *box = new QDoubleSpinBox();
  box->setRange(minimum, 1e9);
  box->setDecimals(decimals);
  box->setValue(value);
  box->setToolTip(tip);
  box->setFrame(false);
  return box;
}

QLineEdit *goalEdit(double value, const QString &tip) {
  auto *edit = new QLineEdit(goalText(value));
  edit->setPlaceholderText(QObject::tr("none"));
  edit->setToolTip(tip);
  edit->setFrame(false);
  return edit;
}

} // namespace

IndicatorsPanel::IndicatorsPanel(QWidget *parent) : QWidget(parent) {
  mTable = new QTableWidget(0, 6, this);
  mTable->setHorizontalHeaderLabels(
      {tr("Field"), tr("Domain"), tr("Dir."), tr("Weight"), tr("Rate"), tr("Goalposts")});
  const QStringList tips = {
      tr("The indicator's field, or the name of a rate computed from numerator and denominator"),
      tr("Domain of resilience resources the indicator belongs to"),
      tr("+ : more of it means more resilient; - : more of it means less resilient"),
      tr("Weight relative to the other indicators of the same domain"),
      tr("Optional rate numerator / denominator x per: edit it below for the selected row"),
      tr("Optional goalposts (raw values scoring 0 and 100, for the goalposts normalisation): "
         "edit them below for the selected row")};
  for (int c = 0; c < tips.size(); ++c)
    mTable->horizontalHeaderItem(c)->setToolTip(tips[c]);
  mTable->verticalHeader()->setVisible(false);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers); // the summaries are edited below
  QHeaderView *header = mTable->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::Interactive);
  header->setSectionResizeMode(Field, QHeaderView::Stretch);
  header->setSectionResizeMode(Domain, QHeaderView::ResizeToContents);
  header->setSectionResizeMode(Direction, QHeaderView::ResizeToContents);
  header->resizeSection(Weight, 80); // a spin box's own width hint would crowd out Field
  header->setSectionResizeMode(GoalpostsColumn, QHeaderView::ResizeToContents);
  header->resizeSection(RateColumn, 110); // the full rate is in the cell's tooltip
  mTable->setMinimumHeight(170);
  connect(mTable, &QTableWidget::currentCellChanged, this, [this](int row) { showDetails(row); });

  auto *add = new QPushButton(tr("Add indicator"));
  auto *remove = new QPushButton(tr("Remove"));
  auto *import = new QPushButton(tr("Import spec..."));
  auto *exportButton = new QPushButton(tr("Export spec..."));
  import->setToolTip(tr("Fill the table from a CSV or JSON indicator spec"));
  exportButton->setToolTip(tr("Save the table as a CSV or JSON indicator spec, to reuse it"));
  connect(add, &QPushButton::clicked, this, [this] {
    addIndicator(IndicatorSpec(std::string(), CompositeSpec::defaultDomains().front().name));
    mTable->setCurrentCell(mTable->rowCount() - 1, Field);
    emit changed();
  });
  connect(remove, &QPushButton::clicked, this, [this] {
    removeSelectedRows();
    emit changed();
  });
  connect(import, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import indicator spec"), QString(),
                                                      tr("Indicator spec (*.csv *.json)"));
    if (!path.isEmpty())
      showNote(importSpec(path));
  });
  connect(exportButton, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export indicator spec"), QString(),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty()) {
      const QString error = exportSpec(path);
      showNote(error.isEmpty() ? tr("Saved %1").arg(path) : error);
    }
  });
  auto *buttons = new QHBoxLayout();
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch();
  buttons->addWidget(import);
  buttons->addWidget(exportButton);

  // The selected row's rate and goalposts.
  mNumerator = new QComboBox();
  mDenominator = new QComboBox();
  for (QComboBox *combo : {mNumerator, mDenominator}) {
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    connect(combo, &QComboBox::currentTextChanged, this, [this] { storeDetails(); });
  }
  mNumerator->setToolTip(tr("Numerator of the rate, e.g. benefit recipients (empty: no rate)"));
  mDenominator->setToolTip(tr("Denominator of the rate, e.g. inhabitants"));
  mPer = spinBox(1.0, 0.000001, 2, tr("Rate per, e.g. 1000 for a rate per 1,000 inhabitants"));
  mPer->setFrame(true);
  connect(mPer, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this] { storeDetails(); });
  mGoalMin = goalEdit(std::nan(""), tr("Goalposts: the raw value that scores 0 (optional)"));
  mGoalMax = goalEdit(std::nan(""), tr("Goalposts: the raw value that scores 100 (optional)"));
  for (QLineEdit *edit : {mGoalMin, mGoalMax}) {
    edit->setFrame(true);
    connect(edit, &QLineEdit::textChanged, this, [this] { storeDetails(); });
  }
  auto *details = new QGridLayout();
  details->addWidget(new QLabel(tr("Rate of the selected row")), 0, 0);
  details->addWidget(mNumerator, 0, 1);
  details->addWidget(new QLabel(QStringLiteral("/")), 0, 2);
  details->addWidget(mDenominator, 0, 3);
  details->addWidget(new QLabel(QStringLiteral("x")), 0, 4);
  details->addWidget(mPer, 0, 5);
  details->addWidget(new QLabel(tr("Goalposts (0 and 100)")), 1, 0);
  details->addWidget(mGoalMin, 1, 1);
  details->addWidget(new QLabel(QStringLiteral("-")), 1, 2);
  details->addWidget(mGoalMax, 1, 3);
  details->setColumnStretch(1, 1);
  details->setColumnStretch(3, 1);

  mNote = new QLabel(this);
  mNote->setWordWrap(true);
  mNote->setVisible(false);
  auto *legend = new QLabel(
      tr("Dir.: + more is more resilient, - more is less resilient. Weights count within a "
         "domain. A rate is computed as numerator / denominator x per and named by Field. "
         "Goalposts are used by the goalposts normalisation only."),
      this);
  legend->setWordWrap(true);
  legend->setEnabled(false); // greyed: a hint, not a message

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mTable, 1);
  layout->addLayout(buttons);
  layout->addLayout(details);
  layout->addWidget(legend);
  layout->addWidget(mNote);
  showDetails(-1);
}

QStringList IndicatorsPanel::numericFields() const {
  QStringList names;
  if (mLayer)
    for (const QgsField &field : mLayer->fields())
      if (field.isNumeric())
        names << field.name();
  return names;
}

void IndicatorsPanel::fillFieldPicker(QComboBox *combo, const QString &current,
                                      bool optional) const {
  const bool blocked = combo->blockSignals(true);
  combo->clear();
  if (optional)
    combo->addItem(QString());
  combo->addItems(numericFields());
  if (combo->findText(current) < 0)
    combo->addItem(current); // a rate's own name, or a field missing from the layer, stays shown
  combo->setCurrentText(current);
  combo->blockSignals(blocked);
}

QComboBox *IndicatorsPanel::fieldPicker(const QString &current, bool optional) const {
  auto *combo = new QComboBox();
  combo->setEditable(true);
  combo->setInsertPolicy(QComboBox::NoInsert);
  fillFieldPicker(combo, current, optional);
  connect(combo, &QComboBox::currentTextChanged, this, &IndicatorsPanel::changed);
  return combo;
}

void IndicatorsPanel::setLayer(QgsVectorLayer *layer) {
  mLayer = layer;
  refreshFieldPickers();
}

void IndicatorsPanel::refreshFieldPickers() {
  for (int r = 0; r < mTable->rowCount(); ++r)
    if (auto *combo = qobject_cast<QComboBox *>(mTable->cellWidget(r, Field)))
      fillFieldPicker(combo, combo->currentText(), false);
  showDetails(mTable->currentRow());
}

void IndicatorsPanel::fillDomains(QComboBox *combo, const QString &current) const {
  CompositeSpec declared;
  declared.domains = mDomains;
  combo->clear();
  for (const auto &name : resilience::knownDomains(declared))
    combo->addItem(QString::fromStdString(name), QString::fromStdString(name));
  // A domain the table does not know is kept visibly (and refused by the algorithm, naming the
  // known ones) rather than silently replaced by another.
  if (combo->findData(current) < 0)
    combo->addItem(tr("%1 (unknown)").arg(current), current);
  combo->setCurrentIndex(combo->findData(current));
}

// Rate and goalposts live in the Rate and Goalposts cells' items, by matrix column.
QString IndicatorsPanel::detail(int row, int column) const {
  const int tableColumn = column >= GoalMin ? GoalpostsColumn : RateColumn;
  const QTableWidgetItem *item = mTable->item(row, tableColumn);
  return item ? item->data(Qt::UserRole + column).toString() : QString();
}

void IndicatorsPanel::summarise(int row) {
  const QString numerator = detail(row, Numerator);
  mTable->item(row, RateColumn)
      ->setText(numerator.isEmpty()
                    ? QString()
                    : QStringLiteral("%1 / %2 x %3")
                          .arg(numerator, detail(row, Denominator), detail(row, Per)));
  mTable->item(row, RateColumn)->setToolTip(mTable->item(row, RateColumn)->text());
  const QString low = detail(row, GoalMin), high = detail(row, GoalMax);
  mTable->item(row, GoalpostsColumn)
      ->setText(low.isEmpty() && high.isEmpty() ? QString()
                                                : QStringLiteral("%1 - %2").arg(low, high));
}

void IndicatorsPanel::showDetails(int row) {
  const bool valid = row >= 0 && row < mTable->rowCount();
  mLoadingDetails = true;
  fillFieldPicker(mNumerator, valid ? detail(row, Numerator) : QString(), true);
  fillFieldPicker(mDenominator, valid ? detail(row, Denominator) : QString(), true);
  const double per = valid ? detail(row, Per).toDouble() : 1.0;
  mPer->setValue(per > 0 ? per : 1.0);
  mGoalMin->setText(valid ? detail(row, GoalMin) : QString());
  mGoalMax->setText(valid ? detail(row, GoalMax) : QString());
  for (QWidget *editor :
       std::initializer_list<QWidget *>{mNumerator, mDenominator, mPer, mGoalMin, mGoalMax})
    editor->setEnabled(valid);
  mLoadingDetails = false;
}

void IndicatorsPanel::storeDetails() {
  const int row = mTable->currentRow();
  if (mLoadingDetails || row < 0)
    return;
  QTableWidgetItem *rate = mTable->item(row, RateColumn);
  rate->setData(Qt::UserRole + Numerator, mNumerator->currentText().trimmed());
  rate->setData(Qt::UserRole + Denominator, mDenominator->currentText().trimmed());
  rate->setData(Qt::UserRole + Per, QString::number(mPer->value(), 'g', 15));
  QTableWidgetItem *goals = mTable->item(row, GoalpostsColumn);
  goals->setData(Qt::UserRole + GoalMin, mGoalMin->text().trimmed());
  goals->setData(Qt::UserRole + GoalMax, mGoalMax->text().trimmed());
  summarise(row);
  emit changed();
}

void IndicatorsPanel::addIndicator(const IndicatorSpec &ind) {
  const int r = mTable->rowCount();
  mTable->insertRow(r);
  mTable->setCellWidget(r, Field, fieldPicker(QString::fromStdString(ind.field), false));

  auto *domain = new QComboBox();
  fillDomains(domain, QString::fromStdString(ind.domain));
  connect(domain, qOverload<int>(&QComboBox::currentIndexChanged), this, &IndicatorsPanel::changed);
  mTable->setCellWidget(r, Domain, domain);

  auto *direction = new QComboBox();
  direction->addItem(QStringLiteral("+"), QStringLiteral("+"));
  direction->addItem(QStringLiteral("-"), QStringLiteral("-"));
  direction->setItemData(0, tr("More of it means more resilient"), Qt::ToolTipRole);
  direction->setItemData(1, tr("More of it means less resilient"), Qt::ToolTipRole);
  direction->setCurrentIndex(ind.direction == Direction::Positive ? 0 : 1);
  connect(direction, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &IndicatorsPanel::changed);
  mTable->setCellWidget(r, Direction, direction);

  auto *weight = spinBox(ind.weight, 0.001, 3, tr("Weight within the domain"));
  connect(weight, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
          &IndicatorsPanel::changed);
  mTable->setCellWidget(r, Weight, weight);

  auto *rate = new QTableWidgetItem();
  rate->setData(Qt::UserRole + Numerator, QString::fromStdString(ind.numerator));
  rate->setData(Qt::UserRole + Denominator, QString::fromStdString(ind.denominator));
  rate->setData(Qt::UserRole + Per, QString::number(ind.per, 'g', 15));
  mTable->setItem(r, RateColumn, rate);
  auto *goals = new QTableWidgetItem();
  goals->setData(Qt::UserRole + GoalMin, goalText(ind.goalMin));
  goals->setData(Qt::UserRole + GoalMax, goalText(ind.goalMax));
  mTable->setItem(r, GoalpostsColumn, goals);
  summarise(r);
}

void IndicatorsPanel::removeSelectedRows() {
  QList<int> rows;
  for (const QModelIndex &index : mTable->selectionModel()->selectedRows())
    rows << index.row();
  if (rows.isEmpty() && mTable->currentRow() >= 0)
    rows << mTable->currentRow();
  std::sort(rows.begin(), rows.end(), std::greater<int>());
  for (int r : rows)
    mTable->removeRow(r);
}

int IndicatorsPanel::rowCount() const {
  return mTable->rowCount();
}

QVariantList IndicatorsPanel::value() const {
  QVariantList cells;
  const auto text = [this](int r, int c) {
    auto *combo = qobject_cast<QComboBox *>(mTable->cellWidget(r, c));
    if (!combo)
      return QString();
    return combo->currentData().isValid() ? combo->currentData().toString()
                                          : combo->currentText().trimmed();
  };
  // Empty cells as empty (not null) text, so Python and the log show '' rather than NULL.
  const auto cell = [](const QString &text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
  };
  for (int r = 0; r < mTable->rowCount(); ++r) {
    const QString field = text(r, Field);
    const QString numerator = detail(r, Numerator);
    if (field.isEmpty() && numerator.isEmpty())
      continue; // a row added and never filled in
    auto *weight = qobject_cast<QDoubleSpinBox *>(mTable->cellWidget(r, Weight));
    cells << cell(field) << cell(text(r, Domain)) << cell(text(r, Direction))
          << (weight ? weight->value() : 1.0) << cell(numerator) << cell(detail(r, Denominator))
          << (numerator.isEmpty() ? cell(QString()) : QVariant(detail(r, Per).toDouble()))
          << cell(detail(r, GoalMin)) << cell(detail(r, GoalMax));
  }
  return cells;
}

void IndicatorsPanel::setIndicators(const std::vector<IndicatorSpec> &indicators) {
  mTable->setRowCount(0);
  for (const IndicatorSpec &ind : indicators)
    addIndicator(ind);
  mTable->setCurrentCell(indicators.empty() ? -1 : 0, Field);
  showDetails(mTable->currentRow());
}

void IndicatorsPanel::setValue(const QVariant &value) {
  std::vector<IndicatorSpec> indicators;
  try {
    const QVariantList list = value.type() == QVariant::String && value.toString().isEmpty()
                                  ? QVariantList()
                                  : value.toList();
    for (const MatrixRow &row : matrixRows(list, indicatorMatrixHeaders().size(), kParameter)) {
      IndicatorSpec ind(cellText(row.cells[Field]).toStdString(),
                        cellText(row.cells[Domain]).toStdString());
      const QString direction = cellText(row.cells[Direction]).toLower();
      ind.direction = direction.startsWith(QLatin1Char('-')) || direction.startsWith("neg")
                          ? Direction::Negative
                          : Direction::Positive;
      const double weight = cellNumber(row.cells[Weight]);
      ind.weight = std::isnan(weight) ? 1.0 : weight;
      ind.numerator = cellText(row.cells[Numerator]).toStdString();
      ind.denominator = cellText(row.cells[Denominator]).toStdString();
      const double per = cellNumber(row.cells[Per]);
      ind.per = std::isnan(per) ? 1.0 : per;
      ind.goalMin = cellNumber(row.cells[GoalMin]);
      ind.goalMax = cellNumber(row.cells[GoalMax]);
      indicators.push_back(ind);
    }
  } catch (const QgsProcessingException &e) {
    showNote(e.what());
  }
  setIndicators(indicators);
}

QString IndicatorsPanel::importSpec(const QString &path) {
  try {
    const IndicatorTable table = indicatorTableFromFile(path, QStringLiteral("SPEC"));
    mDomains = table.spec.domains;
    setIndicators(table.spec.indicators);
    emit changed();
    QStringList weighted;
    for (const auto &d : resilience::usedDomains(table.spec))
      if (d.weight != 1.0)
        weighted << QStringLiteral("%1 %2").arg(QString::fromStdString(d.name)).arg(d.weight);
    return weighted.isEmpty()
               ? QString()
               : tr("The spec weighs its domains (%1): enter these under Domain weights, or "
                    "choose the file as indicator spec file instead of the table.")
                     .arg(weighted.join(QStringLiteral(", ")));
  } catch (const QgsProcessingException &e) {
    return e.what();
  }
}

QString IndicatorsPanel::exportSpec(const QString &path) const {
  try {
    IndicatorTable table = indicatorTableFromMatrix(value(), kParameter);
    table.spec.domains = mDomains;
    validateIndicatorTable(table, kParameter);
    resilience::writeSpecFile(table.spec, path.toStdString());
    return QString();
  } catch (const QgsProcessingException &e) {
    return e.what();
  } catch (const resilience::InputError &e) {
    return QString::fromStdString(e.what());
  }
}

void IndicatorsPanel::showNote(const QString &text) {
  mNote->setText(text);
  mNote->setVisible(!text.isEmpty());
}

QString IndicatorsPanel::note() const {
  return mNote->isVisible() ? mNote->text() : QString();
}
