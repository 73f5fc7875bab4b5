#pragma once
// The provider's interface in the user's language: resilience_<locale>.qm (plugin/i18n), loaded
// into the application when the provider is registered, for QGIS's locale. Strings are read with
// QObject::tr when the algorithms are created and when the toolbox asks, so the provider must be
// registered after the translation is installed.
#include <QString>

// Installs the translation for `locale` ("nl", "nl_NL"; empty: QGIS's user interface locale),
// replacing one installed earlier by this function. Returns false when there is none (English,
// the source language, needs none).
bool installResilienceTranslation(const QString &locale = QString());
// Removes the installed translation again.
void removeResilienceTranslation();
// Where resilience_<locale>.qm files are looked for.
QString resilienceTranslationsDirectory();
