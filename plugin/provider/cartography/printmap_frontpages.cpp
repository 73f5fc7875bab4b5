#include "cartography/printmap_frontpages.h"

#include "cartography/printmap_texts.h"

#include <qgslayoutitemlabel.h>
#include <qgslayoutitempage.h>
#include <qgsprintlayout.h>
#include <qgsproperty.h>

#include <QDate>
#include <QLocale>

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
                 "resilient than others: low is the risk.\n\n"
                 "Regions. The table beside each map adds up the residents of the region's "
                 "neighbourhoods and gives the mean score weighted by residents, so a large "
                 "neighbourhood counts more than a small one. The share in the lowest class is "
                 "the share of residents living in a neighbourhood of the lowest class. The "
                 "rank compares a neighbourhood with all neighbourhoods of the area (1 = "
                 "lowest score).\n\n"
                 "Risk hot spots. A risk hot spot is a neighbourhood that, together with its "
                 "neighbours, scores lower than chance would explain (Getis-Ord Gi*, 95 % "
                 "confidence or more). It is hatched on the map.\n\n"
                 "Date. The maps were made on %2 from the data named under Sources."),
             QStringLiteral(
                 "Wat de kaarten tonen. Elke buurt heeft een veerkrachtscore van 0 tot 100. "
                 "Die combineert indicatoren (cijfers per buurt zoals inkomen, gezondheid en "
                 "sociale contacten): elke indicator wordt eerst op een gemeenschappelijke "
                 "schaal gezet (genormaliseerd), zodat bedragen en percentages opgeteld kunnen "
                 "worden, en daarna gewogen en gemiddeld.%1 Een lage score betekent dat de "
                 "buurt minder veerkrachtig is dan andere: laag is het risico.\n\n"
                 "Regio's. De tabel naast elke kaart telt de inwoners van de buurten in de "
                 "regio op en geeft de gemiddelde score gewogen naar inwoners, zodat een grote "
                 "buurt zwaarder telt dan een kleine. Het aandeel in de laagste klasse is het "
                 "aandeel inwoners dat in een buurt van de laagste klasse woont. De rang "
                 "vergelijkt een buurt met alle buurten van het gebied (1 = laagste "
                 "score).\n\n"
                 "Risicogebieden. Een risicogebied is een buurt die samen met haar buren lager "
                 "scoort dan toeval verklaart (Getis-Ord Gi*, 95 % betrouwbaarheid of meer). "
                 "Het is gearceerd op de kaart.\n\n"
                 "Datum. De kaarten zijn gemaakt op %2 uit de gegevens genoemd onder Bronnen."))
      .arg(domainText, today(language));
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
