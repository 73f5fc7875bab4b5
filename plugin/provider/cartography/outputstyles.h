#pragma once
// Makes every output open styled: the QML from styles/ is stored as the default style in the
// GeoPackage's layer_styles table (headless runs, and files that travel; QGIS stores the SLD
// translation beside it in styleSLD), other file outputs get <file>.qml and <file>.sld beside
// them, and a post-processor applies the style when QGIS desktop loads the result.
//
// Languages: styles/<name>.qml holds English texts, styles/<name>.nl.qml Dutch ones (both
// written by styles/generate_styles.py); a style without texts has only <name>.qml. The
// language comes from the algorithm's LANGUAGE parameter (createLanguageParameter) or, when
// the caller gives none, from the QGIS locale.
#include <QString>

#include <utility>

class QgsProcessingContext;
class QgsProcessingFeedback;
class QgsProcessingParameterDefinition;
class QgsVectorLayer;

struct StyleOptions {
  // A constructor rather than aggregate initialisation, so that callers giving the first one or
  // two options ({language, classField}) need not spell the others.
  StyleOptions() = default;
  StyleOptions(QString language_, QString classField_ = QString(),
               QString legendSubject_ = QString())
      : language(std::move(language_)), classField(std::move(classField_)),
        legendSubject(std::move(legendSubject_)) {}

  QString language;   // "en" or "nl"; empty = the QGIS locale's language
  QString classField; // replaces the field the style classifies (domain_score -> score_social)
  // Replaces "{field}" in the legend labels (the risk styles: "Hot spot of low {field}"); see
  // legendSubject.
  QString legendSubject;
};

// How a legend names a field: the field itself, except the composite index's score,
// "resilience", which a Dutch legend calls "veerkracht".
QString legendSubject(const QString &field, const QString &language);

// "nl" when QGIS runs in Dutch, otherwise "en".
QString localeStyleLanguage();

// The LANGUAGE parameter every algorithm with styled outputs declares: options "en" and "nl",
// default from the QGIS locale. Read it with ResilienceAlgorithm::enumName(parameters, name).
QgsProcessingParameterDefinition *
createLanguageParameter(const QString &name = QStringLiteral("LANGUAGE"));

// styles/<name>.<language>.qml when it exists, otherwise styles/<name>.qml.
QString styleFilePath(const QString &styleName, const QString &language);

// Loads a style into a layer: the language's QML, the classified field replaced when asked, and
// symbols converted to the layer's geometry type (the styles are drawn for polygons; a point
// output keeps the colours and labels as markers). Returns false with a message in error.
bool applyStyle(QgsVectorLayer &layer, const QString &styleName, const StyleOptions &options,
                QString *error = nullptr);

// styleName is a file name in styles/ without ".qml", e.g. "neighbourhoods" or "gi_bins".
void styleOutput(const QString &destination, const QString &styleName,
                 QgsProcessingContext &context, QgsProcessingFeedback *feedback);
void styleOutput(const QString &destination, const QString &styleName, const StyleOptions &options,
                 QgsProcessingContext &context, QgsProcessingFeedback *feedback);

// Asks QGIS desktop to load the GeoPackage layer `source` (file.gpkg|layername=...) into the
// context's project when the run completes, named `name`, drawn with the default style stored in
// the file's layer_styles (as styleOutput stored it). Nothing happens when the context has no
// project (headless runs).
void loadWithStoredStyleOnCompletion(const QString &source, const QString &name,
                                     const QString &outputName, QgsProcessingContext &context);
