#include "algorithms/outputnames.h"

#include "cartography/printmap_texts.h"

QString outputLayerName(const QString &name, const QString &subject, const QString &language) {
  const auto about = [&](const char *english, const char *dutch) {
    return inLanguage(language, QString::fromUtf8(english), QString::fromUtf8(dutch)).arg(subject);
  };
  if (name == QLatin1String("hotspots"))
    return about("Risk hot spots of %1", "Risicogebieden van %1");
  if (name == QLatin1String("localmoran"))
    return about("Risk clusters of %1", "Risicoclusters van %1");
  if (name == QLatin1String("smooth"))
    return about("%1 smoothed", "%1 afgevlakt");
  if (name == QLatin1String("compositeindex"))
    return inLanguage(language, QStringLiteral("Resilience index"),
                      QStringLiteral("Veerkrachtindex"));
  if (name == QLatin1String("change"))
    return about("Change of %1", "Verandering van %1");
  if (name == QLatin1String("emerginghotspots"))
    return about("Emerging risk spots of %1", "Opkomende risicoplekken van %1");
  if (name == QLatin1String("lisamarkov"))
    return about("LISA Markov paths of %1", "LISA Markov-paden van %1");
  if (name == QLatin1String("harmonise"))
    return inLanguage(language, QStringLiteral("Harmonised to the new boundaries"),
                      QStringLiteral("Omgerekend naar de nieuwe grenzen"));
  return QString();
}
