#include "cartography/printmap_frontpages.h"

#include "cartography/printmap_texts.h"
#include "scoring/composite_baseline.h"

#include <qgslayoutitemlabel.h>
#include <qgslayoutitempage.h>
#include <qgsprintlayout.h>
#include <qgsproperty.h>

#include <QDate>
#include <QLocale>

#include <map>
#include <string>

namespace {

constexpr double kMargin = 20; // mm: the front pages are text pages, with wider margins

const QString kFrontKinds = QStringLiteral("('cover', 'contents', 'method')");

QString onlyOn(const QString &kind) {
  return QStringLiteral("attribute(@atlas_feature, 'kind') <> '%1'").arg(kind);
}

QgsLayoutItemLabel *addText(QgsPrintLayout *layout, const QString &text, const QRectF &rect,
                            double points, bool bold, const QString &kind,
                            Qt::AlignmentFlag alignment = Qt::AlignLeft) {
  auto *label = new QgsLayoutItemLabel(layout);
  label->setText(text);
  QFont font;
  font.setPointSizeF(points);
  font.setBold(bold);
  label->setFont(font);
  label->setFontColor(QColor(30, 30, 30));
  label->setHAlign(alignment);
  label->setVAlign(Qt::AlignTop);
  label->setMargin(0);
  label->dataDefinedProperties().setProperty(QgsLayoutObject::ExcludeFromExports,
                                             QgsProperty::fromExpression(onlyOn(kind)));
  layout->addLayoutItem(label);
  label->attemptSetSceneRect(rect);
  return label;
}

QString today(const QString &language) {
  const QLocale locale(inLanguage(language, QStringLiteral("en_GB"), QStringLiteral("nl_NL")));
  return locale.toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
}

} // namespace

namespace {

// How the table beside each map and the hatching are read: the same in every method text.
QString regionsAndHotSpots(const QString &language) {
  return inLanguage(
      language,
      QStringLiteral("Regions. The table beside each map adds up the residents of the region's "
                     "neighbourhoods and gives the mean score weighted by residents, so a large "
                     "neighbourhood counts more than a small one. The share in the lowest class is "
                     "the share of residents living in a neighbourhood of the lowest class. The "
                     "rank compares a neighbourhood with all neighbourhoods of the area (1 = "
                     "lowest score).\n\n"
                     "Risk hot spots. A risk hot spot is a neighbourhood that, together with its "
                     "neighbours, scores lower than chance would explain (Getis-Ord Gi*, 95 % "
                     "confidence or more). It is hatched on the map."),
      QStringLiteral("Regio's. De tabel naast elke kaart telt de inwoners van de buurten in de "
                     "regio op en geeft de gemiddelde score gewogen naar inwoners, zodat een grote "
                     "buurt zwaarder telt dan een kleine. Het aandeel in de laagste klasse is het "
                     "aandeel inwoners dat in een buurt van de laagste klasse woont. De rang "
                     "vergelijkt een buurt met alle buurten van het gebied (1 = laagste "
                     "score).\n\n"
                     "Risicogebieden. Een risicogebied is een buurt die samen met haar buren lager "
                     "scoort dan toeval verklaart (Getis-Ord Gi*, 95 % betrouwbaarheid of meer). "
                     "Het is gearceerd op de kaart."));
}

QString normalisationText(const QString &language, resilience::NormalisationMethod method) {
  using resilience::NormalisationMethod;
  switch (method) {
  case NormalisationMethod::ZScore:
    return inLanguage(
        language, QStringLiteral("z-scores (the distance from the mean in standard deviations)"),
        QStringLiteral("z-scores (de afstand tot het gemiddelde in "
                       "standaardafwijkingen)"));
  case NormalisationMethod::MinMax:
    return inLanguage(language,
                      QStringLiteral("min-max (0 for the lowest value, 100 for the highest)"),
                      QStringLiteral("min-max (0 voor de laagste waarde, 100 voor de hoogste)"));
  case NormalisationMethod::Rank:
    return inLanguage(language, QStringLiteral("percentile ranks (0-100)"),
                      QStringLiteral("percentielrangen (0-100)"));
  case NormalisationMethod::Robust:
    return inLanguage(language,
                      QStringLiteral("robust z-scores (the distance from the median in "
                                     "interquartile ranges)"),
                      QStringLiteral("robuuste z-scores (de afstand tot de mediaan in "
                                     "interkwartielafstanden)"));
  case NormalisationMethod::Goalposts:
    return inLanguage(language, QStringLiteral("goalposts (0-100 between fixed goals)"),
                      QStringLiteral("doelwaarden (0-100 tussen vaste grenzen)"));
  }
  return QString();
}

QString meanText(const QString &language, resilience::Aggregation aggregation) {
  return aggregation == resilience::Aggregation::Geometric
             ? inLanguage(language, QStringLiteral("weighted geometric mean"),
                          QStringLiteral("gewogen meetkundig gemiddelde"))
             : inLanguage(language, QStringLiteral("weighted arithmetic mean"),
                          QStringLiteral("gewogen rekenkundig gemiddelde"));
}

} // namespace

QString defaultMethodText(const QString &language, const QStringList &domains) {
  QStringList named;
  for (const QString &domain : domains)
    named << QString(domain).replace(QLatin1Char('_'), QLatin1Char(' '));
  const QString domainText =
      named.isEmpty()
          ? QString()
          : inLanguage(language, QStringLiteral(" The indicators are grouped in domains: %1."),
                       QStringLiteral(" De indicatoren zijn gegroepeerd in domeinen: %1."))
                .arg(named.join(QStringLiteral(", ")));
  return inLanguage(
             language,
             QStringLiteral(
                 "What the maps show. Every neighbourhood has a resilience score from 0 to 100. "
                 "It combines indicators (figures such as income, health and social contacts "
                 "per neighbourhood): each indicator is first put on a common scale "
                 "(normalised), so that figures in euros and in percentages can be added, then "
                 "weighted and averaged.%1 A low score means that the neighbourhood is less "
                 "resilient than others: low is the risk.\n\n%2\n\n"
                 "Date. The maps were made on %3 from the data named under Sources."),
             QStringLiteral(
                 "Wat de kaarten tonen. Elke buurt heeft een veerkrachtscore van 0 tot 100. "
                 "Die combineert indicatoren (cijfers per buurt zoals inkomen, gezondheid en "
                 "sociale contacten): elke indicator wordt eerst op een gemeenschappelijke "
                 "schaal gezet (genormaliseerd), zodat bedragen en percentages opgeteld kunnen "
                 "worden, en daarna gewogen en gemiddeld.%1 Een lage score betekent dat de "
                 "buurt minder veerkrachtig is dan andere: laag is het risico.\n\n%2\n\n"
                 "Datum. De kaarten zijn gemaakt op %3 uit de gegevens genoemd onder Bronnen."))
      .arg(domainText, regionsAndHotSpots(language), today(language));
}

QString specMethodText(const QString &language, const resilience::CompositeBaseline &baseline,
                       const QString &dataDate, const QStringList &dataFiles) {
  const resilience::CompositeSpec &spec = baseline.spec;
  const resilience::CompositeOptions &options = baseline.options;
  const QLocale locale(inLanguage(language, QStringLiteral("en_GB"), QStringLiteral("nl_NL")));
  const auto number = [&](double value) { return locale.toString(value, 'g', 4); };
  const auto percent = [&](double share) {
    return locale.toString(100.0 * share, 'f', 1) + QStringLiteral(" %");
  };
  const auto used = [&](std::size_t k) {
    return k >= baseline.indicators.size() || baseline.indicators[k].used();
  };
  // The share of the score: the domain's weight among the domains with an indicator used, times
  // the indicator's among its domain's used indicators (as the composite index weighs them).
  std::map<std::string, double> indicatorSums;
  for (std::size_t k = 0; k < spec.indicators.size(); ++k)
    if (used(k))
      indicatorSums[spec.indicators[k].domain] += spec.indicators[k].weight;
  double domainSum = 0.0;
  QStringList domainTexts;
  for (const resilience::DomainWeight &domain : resilience::usedDomains(spec))
    if (indicatorSums.count(domain.name))
      domainSum += domain.weight;
  std::map<std::string, double> domainShare;
  for (const resilience::DomainWeight &domain : resilience::usedDomains(spec))
    if (indicatorSums.count(domain.name)) {
      domainShare[domain.name] = domain.weight / domainSum;
      domainTexts << QStringLiteral("%1 %2 (%3)")
                         .arg(QString::fromStdString(domain.name), number(domain.weight),
                              percent(domain.weight / domainSum));
    }

  QStringList lines;
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    const resilience::IndicatorSpec &indicator = spec.indicators[k];
    const QString direction = indicator.direction == resilience::Direction::Positive
                                  ? inLanguage(language, QStringLiteral("higher is more resilient"),
                                               QStringLiteral("hoger is veerkrachtiger"))
                                  : inLanguage(language, QStringLiteral("lower is more resilient"),
                                               QStringLiteral("lager is veerkrachtiger"));
    const QString share =
        used(k)
            ? inLanguage(language, QStringLiteral("weight %1 = %2 of the score"),
                         QStringLiteral("gewicht %1 = %2 van de score"))
                  .arg(number(indicator.weight),
                       percent(domainShare[indicator.domain] * indicator.weight /
                               indicatorSums[indicator.domain]))
            : inLanguage(language, QStringLiteral("left out: %1"), QStringLiteral("weggelaten: %1"))
                  .arg(QString::fromStdString(baseline.indicators[k].skipReason));
    lines << QStringLiteral("- %1 (%2; %3; %4)")
                 .arg(QString::fromStdString(indicator.field),
                      QString::fromStdString(indicator.domain), direction, share);
  }

  QString steps =
      inLanguage(language,
                 QStringLiteral("Each indicator is put on a common scale by %1, turned so that "
                                "high is resilient, and combined by the %2 within its domain; the "
                                "domains are combined by the %3%4."),
                 QStringLiteral("Elke indicator wordt op een gemeenschappelijke schaal gezet met "
                                "%1, zo gedraaid dat hoog veerkrachtig is, en per domein "
                                "samengenomen met het %2; de domeinen met het %3%4."))
          .arg(normalisationText(language, options.normalisation),
               meanText(language, options.withinDomains), meanText(language, options.acrossDomains),
               options.normalisation == resilience::NormalisationMethod::Goalposts
                   ? QString()
                   : inLanguage(language,
                                QStringLiteral(", rescaled so that the lowest area scores 0 and "
                                               "the highest 100"),
                                QStringLiteral(", herschaald zodat het laagste gebied 0 scoort "
                                               "en het hoogste 100")));
  if (options.winsorise)
    steps +=
        QLatin1Char(' ') +
        inLanguage(language,
                   QStringLiteral("Values below the %1th and above the %2th percentile are "
                                  "first set to those percentiles."),
                   QStringLiteral("Waarden onder het %1e en boven het %2e percentiel worden "
                                  "eerst op die percentielen gezet."))
            .arg(number(100 * options.winsorise->lower), number(100 * options.winsorise->upper));
  steps += QLatin1Char(' ') +
           (options.missing == resilience::MissingPolicy::Reweight
                ? inLanguage(language,
                             QStringLiteral("An indicator without a value is left out and the "
                                            "others count more, if at least %1 of the weight has "
                                            "a value."),
                             QStringLiteral("Een indicator zonder waarde wordt weggelaten en de "
                                            "andere tellen zwaarder, als ten minste %1 van het "
                                            "gewicht een waarde heeft."))
                      .arg(percent(options.minCoverage))
                : inLanguage(language, QStringLiteral("An area missing an indicator has no score."),
                             QStringLiteral("Een gebied zonder waarde voor een indicator heeft "
                                            "geen score.")));

  const QString date =
      (dataDate.isEmpty()
           ? inLanguage(language, QStringLiteral("Date. The maps were made on %1"),
                        QStringLiteral("Datum. De kaarten zijn gemaakt op %1"))
                 .arg(today(language))
           : inLanguage(language,
                        QStringLiteral("Date. The data are of %1; the maps were made on %2"),
                        QStringLiteral("Datum. De gegevens zijn van %1; de kaarten zijn gemaakt "
                                       "op %2"))
                 .arg(dataDate, today(language))) +
      (dataFiles.isEmpty()
           ? QStringLiteral(".")
           : inLanguage(language, QStringLiteral(" from %1."), QStringLiteral(" uit %1."))
                 .arg(dataFiles.join(QStringLiteral(", "))));

  return inLanguage(language,
                    QStringLiteral("What the maps show. Every neighbourhood has a resilience score "
                                   "from 0 to 100 made of %1 indicators in %2 domains (weights: "
                                   "%3). Low is the risk.\n%4\n%5"),
                    QStringLiteral("Wat de kaarten tonen. Elke buurt heeft een veerkrachtscore "
                                   "van 0 tot 100 uit %1 indicatoren in %2 domeinen (gewichten: "
                                   "%3). Laag is het risico.\n%4\n%5"))
             .arg(spec.indicators.size())
             .arg(domainTexts.size())
             .arg(domainTexts.join(QStringLiteral(", ")), lines.join(QLatin1Char('\n')), steps) +
         QStringLiteral("\n\n") + regionsAndHotSpots(language) + QStringLiteral("\n\n") + date;
}

void addFrontPages(QgsPrintLayout *layout, const FrontPagesSpec &spec) {
  QList<QgsLayoutItem *> mapPage;
  layout->layoutItems(mapPage);
  for (QgsLayoutItem *item : mapPage) {
    if (dynamic_cast<QgsLayoutItemPage *>(item))
      continue;
    QString hidden = QStringLiteral("attribute(@atlas_feature, 'kind') IN %1").arg(kFrontKinds);
    const QgsProperty before =
        item->dataDefinedProperties().property(QgsLayoutObject::ExcludeFromExports);
    if (before.isActive()) // an optional page's map or legend
      hidden = QStringLiteral("(%1) OR (%2)").arg(before.expressionString(), hidden);
    item->dataDefinedProperties().setProperty(QgsLayoutObject::ExcludeFromExports,
                                              QgsProperty::fromExpression(hidden));
  }

  const QString &lang = spec.language;
  const double width = spec.pageMm.width() - 2 * kMargin;
  const double height = spec.pageMm.height();
  // Cover: title, subtitle and date in the upper third, the sources at the foot.
  addText(layout, spec.title, QRectF(kMargin, height * 0.3, width, 20), 32, true,
          QStringLiteral("cover"));
  addText(layout,
          spec.subtitle.isEmpty() ? inLanguage(lang, QStringLiteral("Maps and figures per region"),
                                               QStringLiteral("Kaarten en cijfers per regio"))
                                  : spec.subtitle,
          QRectF(kMargin, height * 0.3 + 22, width, 10), 16, false, QStringLiteral("cover"));
  addText(layout, today(lang), QRectF(kMargin, height * 0.3 + 34, width, 8), 12, false,
          QStringLiteral("cover"));
  addText(layout, spec.credits, QRectF(kMargin, height - kMargin - 10, width, 10), 10, false,
          QStringLiteral("cover"));

  // Contents: the method, the overview and each region with its printed page number.
  QStringList names = {inLanguage(lang, QStringLiteral("Method and sources"),
                                  QStringLiteral("Werkwijze en bronnen")),
                       inLanguage(lang, QStringLiteral("Overview"), QStringLiteral("Overzicht"))};
  QStringList numbers = {QString::number(spec.overviewPage - 1),
                         QString::number(spec.overviewPage)};
  for (int k = 0; k < spec.regions.size(); ++k) {
    names << spec.regions[k];
    numbers << QString::number(spec.overviewPage + (1 + k) * spec.pagesPerRegion);
  }
  addText(layout, inLanguage(lang, QStringLiteral("Contents"), QStringLiteral("Inhoud")),
          QRectF(kMargin, kMargin, width, 14), 22, true, QStringLiteral("contents"));
  const double listHeight = height - 3 * kMargin - 14;
  addText(layout, names.join(QLatin1Char('\n')),
          QRectF(kMargin, kMargin + 20, width * 0.7, listHeight), 12, false,
          QStringLiteral("contents"));
  addText(layout, numbers.join(QLatin1Char('\n')),
          QRectF(kMargin + width * 0.7, kMargin + 20, width * 0.3, listHeight), 12, false,
          QStringLiteral("contents"), Qt::AlignRight);

  // Method in plain words, then the sources.
  addText(layout,
          inLanguage(lang, QStringLiteral("Method and sources"),
                     QStringLiteral("Werkwijze en bronnen")),
          QRectF(kMargin, kMargin, width, 14), 22, true, QStringLiteral("method"));
  const QString method =
      spec.method.isEmpty() ? defaultMethodText(lang, spec.domains) : spec.method;
  const QString sources =
      inLanguage(lang, QStringLiteral("Sources"), QStringLiteral("Bronnen")) +
      QStringLiteral(". ") +
      (spec.credits.isEmpty() ? inLanguage(lang, QStringLiteral("not given (CREDITS)."),
                                           QStringLiteral("niet opgegeven (CREDITS)."))
                              : spec.credits);
  addText(layout, method + QStringLiteral("\n\n") + sources,
          QRectF(kMargin, kMargin + 20, width, height - 3 * kMargin - 14), 10.5, false,
          QStringLiteral("method"));
}
