#include "algorithms/toolbox.h"

#include <QObject>

QList<ToolboxStep> toolboxSteps() {
  return {ToolboxStep::WholeMonitor, ToolboxStep::Indicators, ToolboxStep::Index,
          ToolboxStep::Neighbours,   ToolboxStep::HotSpots,   ToolboxStep::Accessibility,
          ToolboxStep::Regions,      ToolboxStep::Maps,       ToolboxStep::OverTime};
}

QString toolboxGroupId(ToolboxStep step) {
  switch (step) {
  case ToolboxStep::WholeMonitor:
    return QStringLiteral("monitor");
  case ToolboxStep::Indicators:
    return QStringLiteral("indicators");
  case ToolboxStep::Index:
    return QStringLiteral("index");
  case ToolboxStep::Neighbours:
    return QStringLiteral("neighbours");
  case ToolboxStep::HotSpots:
    return QStringLiteral("hotspots");
  case ToolboxStep::Accessibility:
    return QStringLiteral("accessibility");
  case ToolboxStep::Regions:
    return QStringLiteral("regions");
  case ToolboxStep::Maps:
    return QStringLiteral("maps");
  case ToolboxStep::OverTime:
    return QStringLiteral("time");
  }
  return QString();
}

QString toolboxGroupName(ToolboxStep step) {
  switch (step) {
  case ToolboxStep::WholeMonitor:
    return QObject::tr("0 Whole monitor in one step");
  case ToolboxStep::Indicators:
    return QObject::tr("1 Indicators");
  case ToolboxStep::Index:
    return QObject::tr("2 Index");
  case ToolboxStep::Neighbours:
    return QObject::tr("3 Neighbours");
  case ToolboxStep::HotSpots:
    return QObject::tr("4 Hot spots");
  case ToolboxStep::Accessibility:
    return QObject::tr("5 Accessibility");
  case ToolboxStep::Regions:
    return QObject::tr("6 Regions");
  case ToolboxStep::Maps:
    return QObject::tr("7 Maps");
  case ToolboxStep::OverTime:
    return QObject::tr("8 Over time");
  }
  return QString();
}

ToolboxEntry toolboxEntry(const QString &name) {
  // Tags: what a planner might type, in English and in Dutch; every algorithm is also found by
  // resilience / veerkracht.
  const QStringList common = {QStringLiteral("resilience"), QStringLiteral("veerkracht")};
  const auto entry = [&](ToolboxStep step, const QString &tags, const QString &description) {
    return ToolboxEntry{step, common + tags.split(QLatin1Char(','), Qt::SkipEmptyParts),
                        description};
  };
  if (name == QLatin1String("pipeline"))
    return entry(ToolboxStep::WholeMonitor,
                 QStringLiteral("pipeline,monitor,workflow,batch,spec,keten,stappen"),
                 QObject::tr("Runs the whole monitor from one JSON spec: join, index, "
                             "hot spots, clusters, regions and maps"));
  if (name == QLatin1String("jointable"))
    return entry(ToolboxStep::Indicators,
                 QStringLiteral("join,table,csv,cbs,key,neighbourhood,municipality,koppelen,"
                                "tabel,buurt,wijk,gemeente,kerncijfers"),
                 QObject::tr("Joins an indicator table (CSV, spreadsheet) to neighbourhoods by "
                             "their CBS code"));
  if (name == QLatin1String("compositeindex"))
    return entry(ToolboxStep::Index,
                 QStringLiteral("composite,index,indicator,score,weight,normalise,samengestelde,"
                                "indicatoren,score,weging,domein"),
                 QObject::tr("Combines indicators into one 0-100 resilience score per "
                             "neighbourhood"));
  if (name == QLatin1String("riskflags"))
    return entry(ToolboxStep::Index,
                 QStringLiteral("risk flags,svi,social vulnerability,percentile,stacking,flag,"
                                "risicovlaggen,stapeling,kwetsbaarheid,percentiel"),
                 QObject::tr("Counts where risks pile up: percentile ranks and flags as the "
                             "CDC Social Vulnerability Index"));
  if (name == QLatin1String("weights"))
    return entry(ToolboxStep::Neighbours,
                 QStringLiteral("weights,neighbours,contiguity,queen,rook,knn,gal,gwt,buren,"
                                "gewichten,aangrenzend"),
                 QObject::tr("Finds each neighbourhood's neighbours and saves them as a GAL or "
                             "GWT file"));
  if (name == QLatin1String("smooth"))
    return entry(ToolboxStep::Neighbours,
                 QStringLiteral("smooth,kernel,empirical bayes,rate,neighbours,afvlakken,"
                                "gladstrijken,buren"),
                 QObject::tr("Smooths values or rates over neighbours (kernel, empirical Bayes)"));
  if (name == QLatin1String("hotspots"))
    return entry(ToolboxStep::HotSpots,
                 QStringLiteral("hotspot,hot spot,cold spot,getis,ord,gi*,cluster,risk,"
                                "risicogebied,brandhaard,buurt"),
                 QObject::tr("Finds hot and cold spots with Getis-Ord Gi*"));
  if (name == QLatin1String("localmoran"))
    return entry(ToolboxStep::HotSpots,
                 QStringLiteral("lisa,local moran,cluster,outlier,autocorrelation,clusters,"
                                "uitschieters,buurt"),
                 QObject::tr("Finds clusters and outliers with local Moran's I (LISA)"));
  if (name == QLatin1String("localgeary"))
    return entry(ToolboxStep::HotSpots,
                 QStringLiteral("local geary,geary,multivariate,cluster,domains,lisa,"
                                "samenhang,domeinen,clusters"),
                 QObject::tr("Finds where several variables cluster together (local Geary)"));
  if (name == QLatin1String("globalmoran"))
    return entry(ToolboxStep::HotSpots,
                 QStringLiteral("moran,global,autocorrelation,scatterplot,ruimtelijke "
                                "autocorrelatie,spreidingsdiagram"),
                 QObject::tr("Tests whether values cluster in space overall (Moran's I)"));
  if (name == QLatin1String("accessibility"))
    return entry(ToolboxStep::Accessibility,
                 QStringLiteral("accessibility,distance,facilities,2sfca,gravity,nearest,"
                                "bereikbaarheid,voorzieningen,afstand"),
                 QObject::tr("Measures how far or how well residents reach facilities"));
  if (name == QLatin1String("siteselection"))
    return entry(ToolboxStep::Accessibility,
                 QStringLiteral("site selection,location,allocation,covering,p-median,pilot,"
                                "service point,locatiekeuze,proeftuin,servicepunt,bibliotheek"),
                 QObject::tr("Chooses the K sites that reach the most people at risk"));
  if (name == QLatin1String("aggregate"))
    return entry(ToolboxStep::Regions,
                 QStringLiteral("aggregate,region,summary,population weighted,regio,"
                                "samenvatten,gemeente"),
                 QObject::tr("Summarises neighbourhood scores and hot spots per region"));
  if (name == QLatin1String("printmaps"))
    return entry(ToolboxStep::Maps,
                 QStringLiteral("map,atlas,pdf,print,layout,map book,kaart,kaartboek,afdrukken"),
                 QObject::tr("Prints a map book: an overview page and one page per region"));
  if (name == QLatin1String("change"))
    return entry(ToolboxStep::OverTime,
                 QStringLiteral("change,trend,worse,better,years,baseline,uncertainty,"
                                "verandering,verslechtering,verbetering,jaren,onzekerheid"),
                 QObject::tr("Shows where a score got worse or better between two years, beyond "
                             "its uncertainty"));
  if (name == QLatin1String("emerginghotspots"))
    return entry(ToolboxStep::OverTime,
                 QStringLiteral("emerging,hot spot,space-time,trend,mann-kendall,arcgis,"
                                "opkomend,hotspot,ruimte-tijd,trend"),
                 QObject::tr("Finds new, intensifying, persistent and fading hot and cold spots "
                             "over the years"));
  if (name == QLatin1String("lisamarkov"))
    return entry(ToolboxStep::OverTime,
                 QStringLiteral("lisa,markov,transition,cluster,giddy,spatial markov,overgang,"
                                "clusters,jaren"),
                 QObject::tr("Counts how neighbourhoods move between LISA quadrants from year to "
                             "year"));
  if (name == QLatin1String("harmonise"))
    return entry(ToolboxStep::OverTime,
                 QStringLiteral("harmonise,areal interpolation,boundaries,crosswalk,merger,"
                                "herindeling,omzetmatrix,grenzen,gemeente,buurt"),
                 QObject::tr("Brings values from old boundaries to new ones by area, population "
                             "or a conversion table"));
  return ToolboxEntry{};
}
