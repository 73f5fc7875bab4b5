#pragma once
#include <QString>

// Where the QML styles and the icon live: beside the provider library when it is packaged as a
// plugin folder (ZIP install), in the install prefix's share folder, or in the source tree for
// builds run in place. RESILIENCE_STYLES_DIR overrides all three.
QString resilienceStylesDirectory();
QString resiliencePluginIconPath();
// styles/icons/<algorithm>.svg, the toolbox icon of an algorithm ("hotspots").
QString resilienceAlgorithmIconPath(const QString &algorithm);

// The folder holding README.md and docs/, which the algorithms' help links to: beside the
// provider library (ZIP install), the install prefix's share folder, or the source tree.
// RESILIENCE_DOCS_DIR overrides all three.
QString resilienceDocsDirectory();
