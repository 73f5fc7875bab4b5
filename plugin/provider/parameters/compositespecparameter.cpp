#include "parameters/compositespecparameter.h"

#include "common/input_error.h"
#include "io/number_parsing.h"

#include <qgsexception.h>

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <optional>

using resilience::CompositeSpec;
using resilience::Direction;
using resilience::DomainWeight;
using resilience::IndicatorSpec;

namespace {

enum IndicatorColumn {
  Field,
  Domain,
  DirectionColumn,
  Weight,
  Numerator,
  Denominator,
  Per,
  GoalMin,
  GoalMax
};

QString cellText(const QVariant &cell) {
  return cell.isNull() || !cell.isValid() ? QString() : cell.toString().trimmed();
}

// Cells arrive as numbers (Python, models) or as text typed in the dialog, where a decimal comma
// is as likely as a point.
std::optional<double> cellNumber(const QVariant &cell, const QString &column,
                                 const QString &where) {
  switch (cell.type()) {
  case QVariant::Int:
  case QVariant::UInt:
  case QVariant::LongLong:
  case QVariant::ULongLong:
  case QVariant::Double:
    return cell.toDouble();
  default:
    break;
  }
  const QString text = cellText(cell);
  if (text.isEmpty())
    return std::nullopt;
  const auto number = resilience::parseLocalisedNumber(text.toStdString());
  if (!number)
    throw QgsProcessingException(
        QObject::tr("%1: %2 '%3' is not a number").arg(where, column, text));
  return number;
}

std::optional<Direction> parseDirection(const QString &text) {
  const QString t = text.toLower();
  if (t == QLatin1String("+") || t == QLatin1String("positive"))
    return Direction::Positive;
  if (t == QLatin1String("-") || t == QLatin1String("negative"))
    return Direction::Negative;
  return std::nullopt;
}

// The core's validation, with the parameter in front so the user knows where to look.
void validate(const CompositeSpec &spec, const QString &parameter) {
  try {
    resilience::validateSpec(spec);
  } catch (const resilience::InputError &e) {
    throw QgsProcessingException(QStringLiteral("%1: %2").arg(parameter, e.what()));
  }
}

} // namespace

QString IndicatorTable::originOfField(const QString &field) const {
  const std::string name = field.toStdString();
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    const IndicatorSpec &ind = spec.indicators[k];
    const QString origin = origins.value(static_cast<int>(k));
    if (ind.isRate() && ind.numerator == name)
      return QObject::tr("%1 (numerator)").arg(origin);
    if (ind.isRate() && ind.denominator == name)
      return QObject::tr("%1 (denominator)").arg(origin);
    if (!ind.isRate() && ind.field == name)
      return QObject::tr("%1 (field)").arg(origin);
  }
  return field;
}

QStringList indicatorMatrixHeaders() {
  return {QStringLiteral("field"),  QStringLiteral("domain"),    QStringLiteral("direction"),
          QStringLiteral("weight"), QStringLiteral("numerator"), QStringLiteral("denominator"),
          QStringLiteral("per"),    QStringLiteral("goal_min"),  QStringLiteral("goal_max")};
}

QStringList domainWeightMatrixHeaders() {
  return {QStringLiteral("domain"), QStringLiteral("weight")};
}

QList<MatrixRow> matrixRows(const QVariantList &value, int columns, const QString &parameter) {
  const bool nested =
      !value.isEmpty() && std::all_of(value.begin(), value.end(), [](const auto &v) {
        return v.type() == QVariant::List || v.type() == QVariant::StringList;
      });
  QList<QVariantList> rows;
  if (nested) {
    for (const QVariant &row : value)
      rows << row.toList();
  } else {
    if (value.size() % columns != 0)
      throw QgsProcessingException(
          QObject::tr("%1 has %2 cells, which is not a whole number of rows of %3 columns; give "
                      "every row all columns (leave unused ones empty)")
              .arg(parameter)
              .arg(value.size())
              .arg(columns));
    for (int start = 0; start < value.size(); start += columns)
      rows << value.mid(start, columns);
  }
  QList<MatrixRow> result;
  for (int r = 0; r < rows.size(); ++r) {
    QVariantList cells = rows[r];
    if (cells.size() > columns)
      throw QgsProcessingException(QObject::tr("%1 row %2 has %3 cells; at most %4 are expected")
                                       .arg(parameter)
                                       .arg(r + 1)
                                       .arg(cells.size())
                                       .arg(columns));
    while (cells.size() < columns)
      cells << QVariant();
    if (std::all_of(cells.begin(), cells.end(),
                    [](const QVariant &c) { return cellText(c).isEmpty(); }))
      continue;
    result << MatrixRow{r + 1, cells};
  }
  return result;
}

IndicatorTable indicatorTableFromMatrix(const QVariantList &value, const QString &parameter) {
  IndicatorTable table;
  for (const MatrixRow &row : matrixRows(value, indicatorMatrixHeaders().size(), parameter)) {
    const QString where = QObject::tr("%1 row %2").arg(parameter).arg(row.number);
    const auto text = [&](int column) { return cellText(row.cells.at(column)); };
    const auto number = [&](int column) {
      return cellNumber(row.cells.at(column), indicatorMatrixHeaders().at(column), where);
    };
    IndicatorSpec ind(text(Field).toStdString(), text(Domain).toStdString());
    if (ind.field.empty())
      throw QgsProcessingException(QObject::tr("%1: the field is empty").arg(where));
    if (ind.domain.empty())
      throw QgsProcessingException(QObject::tr("%1: indicator '%2' has no domain (e.g. personal, "
                                               "social, environmental)")
                                       .arg(where, text(Field)));
    const auto direction = parseDirection(text(DirectionColumn));
    if (!direction)
      throw QgsProcessingException(
          QObject::tr("%1: direction '%2' of indicator '%3' must be + or - (or positive / "
                      "negative)")
              .arg(where, text(DirectionColumn), text(Field)));
    ind.direction = *direction;
    ind.weight = number(Weight).value_or(1.0);
    ind.numerator = text(Numerator).toStdString();
    ind.denominator = text(Denominator).toStdString();
    ind.per = number(Per).value_or(1.0);
    ind.goalMin = number(GoalMin).value_or(ind.goalMin);
    ind.goalMax = number(GoalMax).value_or(ind.goalMax);
    table.spec.indicators.push_back(ind);
    table.origins << where;
  }
  if (table.spec.indicators.empty())
    throw QgsProcessingException(
        QObject::tr("%1 lists no indicator: fill in at least field, domain and direction")
            .arg(parameter));
  return table;
}

IndicatorTable indicatorTableFromFile(const QString &path, const QString &parameter) {
  IndicatorTable table;
  try {
    table.spec = resilience::readSpecFile(path.toStdString());
  } catch (const resilience::InputError &e) {
    throw QgsProcessingException(QStringLiteral("%1: %2").arg(parameter, e.what()));
  }
  const QString file = QFileInfo(path).fileName();
  for (const IndicatorSpec &ind : table.spec.indicators)
    table.origins << QObject::tr("%1 %2, indicator '%3'")
                         .arg(parameter, file, QString::fromStdString(ind.field));
  return table;
}

QStringList applyDomainWeights(CompositeSpec &spec, const QVariantList &value,
                               const QString &parameter) {
  QStringList unused;
  for (const MatrixRow &row : matrixRows(value, domainWeightMatrixHeaders().size(), parameter)) {
    const QString where = QObject::tr("%1 row %2").arg(parameter).arg(row.number);
    const QString name = cellText(row.cells.at(0));
    if (name.isEmpty())
      throw QgsProcessingException(QObject::tr("%1: the domain is empty").arg(where));
    const auto weight = cellNumber(row.cells.at(1), QStringLiteral("weight"), where);
    if (!weight)
      throw QgsProcessingException(QObject::tr("%1: domain '%2' has no weight").arg(where, name));
    if (!(std::isfinite(*weight) && *weight > 0))
      throw QgsProcessingException(
          QObject::tr("%1: the weight of domain '%2' must be a positive number, not %3")
              .arg(where, name)
              .arg(*weight));
    const std::string domain = name.toStdString();
    auto it = std::find_if(spec.domains.begin(), spec.domains.end(),
                           [&](const DomainWeight &d) { return d.name == domain; });
    if (it == spec.domains.end())
      spec.domains.push_back({domain, *weight});
    else
      it->weight = *weight;
    if (std::none_of(spec.indicators.begin(), spec.indicators.end(),
                     [&](const IndicatorSpec &ind) { return ind.domain == domain; }))
      unused << name;
  }
  return unused;
}

void validateIndicatorTable(const IndicatorTable &table, const QString &parameter) {
  validate(table.spec, parameter);
}
