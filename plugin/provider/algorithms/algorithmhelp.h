#pragma once
// The help every algorithm shows, formatted in one place (ResilienceAlgorithm::shortHelpString).
// QGIS shows shortHelpString() as HTML in the dialog's help panel, one paragraph per line, so
// text between < and > (<FIELD>_smooth, <=-99995) would vanish: the text is escaped. Parameter
// names (MIN_COVERAGE, STAR) appear in the dialog nowhere: each becomes the label the dialog shows
// beside the widget ("Minimum coverage"), without the label's closing remark in parentheses.
#include <QString>
#include <QUrl>

class QgsProcessingAlgorithm;

// text (plain, paragraphs separated by newlines, parameters named as in scripts) as the HTML the
// help panel shows for algorithm, whose parameters must be declared.
QString dialogHelp(const QString &text, const QgsProcessingAlgorithm &algorithm);

// The label of a parameter as help text names it: its description without a closing remark in
// parentheses ("Value field (METHOD=kernel)" -> "Value field").
QString parameterLabel(const QString &description);

// The paragraph on invalid geometries, for algorithms that read feature sources
// (layers/uncheckedsource.h says why).
QString invalidGeometryHelp();

// The documentation of the algorithm `name` (e.g. "hotspots"): the installed copy of README.md or
// docs/<chapter>.md (resourcepaths.h), a file URL.
QUrl helpDocumentUrl(const QString &name);
