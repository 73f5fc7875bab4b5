#include "algorithms/outputnames.h"

#include "cartography/printmap_texts.h"

namespace {

struct LayerName {
  const char *algorithm;
  const char *output;
  const char *english; // %1: the subject
  const char *dutch;
};

const LayerName kLayerNames[] = {
    {"jointable", "OUTPUT", "Neighbourhoods with the joined indicators",
     "Buurten met gekoppelde indicatoren"},
    {"jointable", "UNMATCHED", "Table rows without a neighbourhood", "Tabelrijen zonder buurt"},
    {"compositeindex", "OUTPUT", "Resilience index", "Veerkrachtindex"},
    {"compositeindex", "CORRELATIONS", "Correlations between the indicators",
     "Correlaties tussen de indicatoren"},
    {"riskflags", "OUTPUT", "Stacked risks (risk flags)", "Stapeling van risico's (risicovlaggen)"},
    {"smooth", "OUTPUT", "%1 smoothed", "%1 afgevlakt"},
    {"hotspots", "OUTPUT", "Risk hot spots of %1", "Risicogebieden van %1"},
    {"localmoran", "OUTPUT", "Risk clusters of %1", "Risicoclusters van %1"},
    {"bivariate", "OUTPUT", "Bivariate risk clusters of %1", "Bivariate risicoclusters van %1"},
    {"localgeary", "OUTPUT", "Local Geary clusters of %1", "Lokale Geary-clusters van %1"},
    {"accessibility", "OUTPUT", "Accessibility of the facilities",
     "Bereikbaarheid van de voorzieningen"},
    {"siteselection", "OUTPUT", "Chosen sites", "Gekozen locaties"},
    {"siteselection", "OUTPUT_DEMAND", "Neighbourhoods and the chosen site serving them",
     "Buurten en de gekozen locatie die hen bedient"},
    {"aggregate", "OUTPUT", "Summary of %1 per region", "Samenvatting van %1 per regio"},
    {"change", "OUTPUT", "Change of %1", "Verandering van %1"},
    {"emerginghotspots", "OUTPUT", "Emerging risk spots of %1", "Opkomende risicoplekken van %1"},
    {"emerginghotspots", "OUTPUT_CUBE", "Space-time cube of %1", "Ruimte-tijdkubus van %1"},
    {"lisamarkov", "OUTPUT", "LISA Markov paths of %1", "LISA Markov-paden van %1"},
    {"lisamarkov", "OUTPUT_TABLE", "LISA Markov transitions of %1",
     "LISA Markov-overgangen van %1"},
    {"lisamarkov", "OUTPUT_SPATIAL", "Spatial Markov transitions of %1",
     "Ruimtelijke Markov-overgangen van %1"},
    {"harmonise", "OUTPUT", "Harmonised to the new boundaries",
     "Omgerekend naar de nieuwe grenzen"},
};

} // namespace

QString outputLayerName(const QString &name, const QString &output, const QString &subject,
                        const QString &language) {
  for (const LayerName &entry : kLayerNames) {
    if (name != QLatin1String(entry.algorithm) || output != QLatin1String(entry.output))
      continue;
    const QString text =
        inLanguage(language, QString::fromUtf8(entry.english), QString::fromUtf8(entry.dutch));
    if (!text.contains(QLatin1String("%1")))
      return text;
    return subject.isEmpty() ? QString() : text.arg(subject);
  }
  return QString();
}
