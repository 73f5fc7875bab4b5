#pragma once
// The INDICATORS table of resilience:compositeindex as a planner fills it in: one row per
// indicator with a field picker from the input layer, domain and direction as drop-downs, a weight
// spin box, and the optional rate (numerator / denominator x per) and goalposts summarised in the
// row and edited below the table for the selected row (nine columns do not fit a dialog: the
// plain matrix hid goal_max off-screen); import / export of a SPEC file. value() is the matrix the
// algorithm reads (compositespecparameter.h).
#include "scoring/indicator_spec.h"

#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QTableWidget;
class QgsVectorLayer;

class IndicatorsPanel : public QWidget {
  Q_OBJECT
public:
  // Columns of the matrix value; the table shows the first four, then Rate and Goalposts.
  enum Column { Field, Domain, Direction, Weight, Numerator, Denominator, Per, GoalMin, GoalMax };
  enum TableColumn { RateColumn = 4, GoalpostsColumn = 5 };

  explicit IndicatorsPanel(QWidget *parent = nullptr);

  // The layer whose numeric fields the field pickers offer (none: type names freely).
  void setLayer(QgsVectorLayer *layer);

  // Nine cells per row, flat, as QgsProcessingParameterMatrix values are; empty when no row.
  QVariantList value() const;
  // Takes a flat or nested matrix value; rows that cannot be read are shown in the note.
  void setValue(const QVariant &value);

  int rowCount() const;
  void addIndicator(const resilience::IndicatorSpec &indicator);
  void removeSelectedRows();

  // Replaces the rows with a spec file's indicators; returns an error or note for the user.
  QString importSpec(const QString &path);
  // Writes the rows as a spec file (CSV or JSON by extension); returns an error, or empty.
  QString exportSpec(const QString &path) const;

  QTableWidget *table() const { return mTable; }
  // The editors of the selected row's rate and goalposts.
  QComboBox *numeratorPicker() const { return mNumerator; }
  QComboBox *denominatorPicker() const { return mDenominator; }
  QDoubleSpinBox *perBox() const { return mPer; }
  QLineEdit *goalMinEdit() const { return mGoalMin; }
  QLineEdit *goalMaxEdit() const { return mGoalMax; }
  QString note() const;

signals:
  void changed();

private:
  void setIndicators(const std::vector<resilience::IndicatorSpec> &indicators);
  QComboBox *fieldPicker(const QString &current, bool optional) const;
  void fillFieldPicker(QComboBox *combo, const QString &current, bool optional) const;
  void refreshFieldPickers();
  void showDetails(int row); // the selected row's rate and goalposts into the editors
  void storeDetails();       // the editors into the selected row
  void summarise(int row);   // the Rate and Goalposts cells' text
  QString detail(int row, int column) const; // a matrix column kept in the row's items
  void fillDomains(QComboBox *combo, const QString &current) const;
  void showNote(const QString &text);
  QStringList numericFields() const;

  QTableWidget *mTable = nullptr;
  QComboBox *mNumerator = nullptr;
  QComboBox *mDenominator = nullptr;
  QDoubleSpinBox *mPer = nullptr;
  QLineEdit *mGoalMin = nullptr;
  QLineEdit *mGoalMax = nullptr;
  bool mLoadingDetails = false;
  QLabel *mNote = nullptr;
  QPointer<QgsVectorLayer> mLayer;
  // Domains an imported spec declared besides the monitor's three, with their weights.
  std::vector<resilience::DomainWeight> mDomains = resilience::CompositeSpec::defaultDomains();
};
