#include "algorithms/algorithmhelp.h"

#include "resourcepaths.h"

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>

#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

// Which document explains which algorithm; algorithms not listed are described in README.md.
QString documentOf(const QString &name) {
  static const QHash<QString, QString> documents = {
      {QStringLiteral("weights"), QStringLiteral("docs/weights.md")},
      {QStringLiteral("hotspots"), QStringLiteral("docs/statistics.md")},
      {QStringLiteral("localmoran"), QStringLiteral("docs/statistics.md")},
      {QStringLiteral("globalmoran"), QStringLiteral("docs/statistics.md")},
      {QStringLiteral("smooth"), QStringLiteral("docs/statistics.md")},
      {QStringLiteral("compositeindex"), QStringLiteral("docs/composite_index.md")},
      {QStringLiteral("accessibility"), QStringLiteral("docs/accessibility.md")},
      {QStringLiteral("aggregate"), QStringLiteral("docs/accessibility.md")},
      {QStringLiteral("printmaps"), QStringLiteral("docs/cartography.md")},
      {QStringLiteral("pipeline"), QStringLiteral("docs/pipeline.md")},
  };
  return documents.value(name, QStringLiteral("README.md"));
}

} // namespace

QString parameterLabel(const QString &description) {
  static const QRegularExpression closingRemark(QStringLiteral("\\s*\\([^()]*\\)\\s*$"));
  const QString label = QString(description).remove(closingRemark).trimmed();
  return label.isEmpty() ? description : label;
}

QString dialogHelp(const QString &text, const QgsProcessingAlgorithm &algorithm) {
  // Longest names first, so SIGNIFICANCE is not read as a shorter name it contains. One-letter
  // names (K) stay: their labels quote them ("Neighbours (K, for knn and kernel)").
  QStringList names;
  for (const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions())
    if (definition->name().size() > 1)
      names << QRegularExpression::escape(definition->name());
  const QString escaped = text.toHtmlEscaped();
  if (names.isEmpty())
    return escaped;
  std::sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
  const QRegularExpression pattern(
      QStringLiteral("(?<![A-Za-z0-9_])(%1)(?![A-Za-z0-9_])").arg(names.join(QLatin1Char('|'))));
  // One pass: a label that itself holds a parameter name is not replaced again.
  QString help;
  int from = 0;
  QRegularExpressionMatchIterator matches = pattern.globalMatch(escaped);
  while (matches.hasNext()) {
    const QRegularExpressionMatch match = matches.next();
    const QString label =
        parameterLabel(algorithm.parameterDefinition(match.captured(1))->description())
            .toHtmlEscaped();
    // A placeholder such as <FIELD>_smooth keeps its brackets: <Value field>_smooth.
    const bool placeholder =
        escaped.mid(0, match.capturedStart()).endsWith(QLatin1String("&lt;")) &&
        escaped.mid(match.capturedEnd()).startsWith(QLatin1String("&gt;"));
    help += escaped.mid(from, match.capturedStart() - from);
    help += placeholder ? label : QStringLiteral("“%1”").arg(label);
    from = match.capturedEnd();
  }
  help += escaped.mid(from);
  return help;
}

QString invalidGeometryHelp() {
  return QObject::tr(
      "Invalid geometries (self-intersecting or badly nested polygons, common in boundary files) "
      "do not stop this algorithm, even under Processing's default \"Stop algorithm execution "
      "when a geometry is invalid\": where it needs a polygon's shape it repairs a copy (GEOS "
      "MakeValid) and says so in the log; the geometries it writes are the input's, except for "
      "rings of fewer than four points, which enclose no area and which GEOS cannot use: they "
      "are dropped, and counted in the log. "
      "An invalid-feature filter chosen for one input in this dialog still applies.");
}

QUrl helpDocumentUrl(const QString &name) {
  return QUrl::fromLocalFile(QDir(resilienceDocsDirectory()).filePath(documentOf(name)));
}
