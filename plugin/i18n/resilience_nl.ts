<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Goalposts</source>
        <translation>Doelwaarden</translation>
    </message>
    <message>
        <source>The indicator&apos;s field, or the name of a rate computed from numerator and denominator</source>
        <translation>Het veld van de indicator, of de naam van een cijfer dat uit teller en noemer wordt berekend</translation>
    </message>
    <message>
        <source>Domain of resilience resources the indicator belongs to</source>
        <translation>Domein van veerkrachtbronnen waartoe de indicator behoort</translation>
    </message>
    <message>
        <source>+ : more of it means more resilient; - : more of it means less resilient</source>
        <translation>+ : meer ervan betekent veerkrachtiger; - : meer ervan betekent minder veerkrachtig</translation>
    </message>
    <message>
        <source>Weight relative to the other indicators of the same domain</source>
        <translation>Gewicht ten opzichte van de andere indicatoren in hetzelfde domein</translation>
    </message>
    <message>
        <source>Optional rate numerator / denominator x per: edit it below for the selected row</source>
        <translation>Optioneel cijfer teller / noemer x per: pas het hieronder aan voor de gekozen rij</translation>
    </message>
    <message>
        <source>Optional goalposts (raw values scoring 0 and 100, for the goalposts normalisation): edit them below for the selected row</source>
        <translation>Optionele doelwaarden (ruwe waarden die 0 en 100 scoren, voor de normalisatie met doelwaarden): pas ze hieronder aan voor de gekozen rij</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Indicator toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import spec...</source>
        <translation>Specificatie importeren...</translation>
    </message>
    <message>
        <source>Export spec...</source>
        <translation>Specificatie exporteren...</translation>
    </message>
    <message>
        <source>Fill the table from a CSV or JSON indicator spec</source>
        <translation>Vul de tabel uit een CSV- of JSON-indicatorspecificatie</translation>
    </message>
    <message>
        <source>Save the table as a CSV or JSON indicator spec, to reuse it</source>
        <translation>Sla de tabel op als CSV- of JSON-indicatorspecificatie, om te hergebruiken</translation>
    </message>
    <message>
        <source>Import indicator spec</source>
        <translation>Indicatorspecificatie importeren</translation>
    </message>
    <message>
        <source>Indicator spec (*.csv *.json)</source>
        <translation>Indicatorspecificatie (*.csv *.json)</translation>
    </message>
    <message>
        <source>Export indicator spec</source>
        <translation>Indicatorspecificatie exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Numerator of the rate, e.g. benefit recipients (empty: no rate)</source>
        <translation>Teller van het cijfer, bv. uitkeringsontvangers (leeg: geen cijfer)</translation>
    </message>
    <message>
        <source>Denominator of the rate, e.g. inhabitants</source>
        <translation>Noemer van het cijfer, bv. inwoners</translation>
    </message>
    <message>
        <source>Rate per, e.g. 1000 for a rate per 1,000 inhabitants</source>
        <translation>Per, bv. 1000 voor een cijfer per 1.000 inwoners</translation>
    </message>
    <message>
        <source>Goalposts: the raw value that scores 0 (optional)</source>
        <translation>Doelwaarden: de ruwe waarde die 0 scoort (optioneel)</translation>
    </message>
    <message>
        <source>Goalposts: the raw value that scores 100 (optional)</source>
        <translation>Doelwaarden: de ruwe waarde die 100 scoort (optioneel)</translation>
    </message>
    <message>
        <source>Rate of the selected row</source>
        <translation>Cijfer van de gekozen rij</translation>
    </message>
    <message>
        <source>Goalposts (0 and 100)</source>
        <translation>Doelwaarden (0 en 100)</translation>
    </message>
    <message>
        <source>Dir.: + more is more resilient, - more is less resilient. Weights count within a domain. A rate is computed as numerator / denominator x per and named by Field. Goalposts are used by the goalposts normalisation only.</source>
        <translation>Richting: + meer is veerkrachtiger, - meer is minder veerkrachtig. Gewichten tellen binnen een domein. Een cijfer wordt berekend als teller / noemer x per en krijgt de naam uit Veld. Doelwaarden worden alleen door de normalisatie met doelwaarden gebruikt.</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (onbekend)</translation>
    </message>
    <message>
        <source>More of it means more resilient</source>
        <translation>Meer ervan betekent veerkrachtiger</translation>
    </message>
    <message>
        <source>More of it means less resilient</source>
        <translation>Meer ervan betekent minder veerkrachtig</translation>
    </message>
    <message>
        <source>Weight within the domain</source>
        <translation>Gewicht binnen het domein</translation>
    </message>
    <message>
        <source>The spec weighs its domains (%1): enter these under Domain weights, or choose the file as indicator spec file instead of the table.</source>
        <translation>De specificatie weegt haar domeinen (%1): vul die in bij Domeingewichten, of kies het bestand als indicatorspecificatie in plaats van de tabel.</translation>
    </message>
</context>
<context>
    <name>IndicatorsWidgetWrapper</name>
    <message>
        <source>a list of nine cells per indicator: field, domain, direction, weight, numerator, denominator, per, goal_min, goal_max</source>
        <translation>een lijst van negen cellen per indicator: veld, domein, richting, gewicht, teller, noemer, per, goal_min, goal_max</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Origin points: %1 of %2 used; %3 outside every neighbourhood or without geometry, %4 with NULL weight, %5 with weight 0</source>
        <translation>Vertrekpunten: %1 van %2 gebruikt; %3 buiten elke buurt of zonder geometrie, %4 met gewicht NULL, %5 met gewicht 0</translation>
    </message>
    <message>
        <source>%1 neighbourhood(s) contain no origin point and use their point on surface instead (feature ids %2)</source>
        <translation>%1 buurt(en) bevatten geen vertrekpunt en gebruiken in plaats daarvan hun punt op het oppervlak (object-id&apos;s %2)</translation>
    </message>
    <message>
        <source>%1 invalid polygon(s) were repaired before taking their point (feature ids %2)</source>
        <translation>%1 ongeldige polygoon/polygonen zijn hersteld voordat hun punt werd bepaald (object-id&apos;s %2)</translation>
    </message>
    <message>
        <source>Network distances along %1: %2 vertices, %3 edges; lengths in metres on the ellipsoid; %4 point(s) could not be placed on it</source>
        <translation>Netwerkafstanden over %1: %2 knopen, %3 verbindingen; lengtes in meters op de ellipsoïde; %4 punt(en) konden niet op het netwerk worden geplaatst</translation>
    </message>
    <message>
        <source>Facility accessibility</source>
        <translation>Bereikbaarheid van voorzieningen</translation>
    </message>
    <message>
        <source>Measures how well each neighbourhood reaches facilities such as GPs, schools or supermarkets, by straight-line distance from the neighbourhood&apos;s origin to each facility. Four fields are added (d0 = DISTANCE, the catchment):
acc_nearest_m: distance in metres to the nearest facility, whatever d0.
acc_count: facilities within d0.
acc_gravity: Hansen&apos;s potential with exponential decay, sum of S_j exp(-beta d_ij) over the facilities within d0, where S_j is the CAPACITY (1 without it) and beta = DECAY per kilometre: with DECAY 1 a facility 1 km away counts 0.37, 2 km away 0.14; DECAY 0 sums the capacity within d0.
acc_2sfca: two-step floating catchment (Luo &amp; Wang 2003). Step 1: each facility&apos;s ratio R_j = S_j / (population within d0 of it). Step 2: the sum of R_j over the facilities within d0 of the neighbourhood: capacity per inhabitant (multiply by 1000 for &apos;per 1000 inhabitants&apos;). It needs POPULATION; it is NULL where a facility within reach has no population in its catchment (division by zero) or a neighbourhood with NULL population in it, and such facilities are listed in the log.

ORIGIN: where a neighbourhood&apos;s trips start: its centroid, its point on surface (always inside it), or &apos;points&apos;: ORIGIN_POINTS such as address points weighted by ORIGIN_WEIGHT (e.g. residents per address). Each point belongs to the neighbourhood that contains it; every measure is the weighted mean over its points, and for 2SFCA the population is spread over the points by weight. Neighbourhoods without points use their point on surface.

Distances: FACILITIES and ORIGIN_POINTS are transformed to the CRS of INPUT. In a geographic CRS distances are geodesics on its ellipsoid (Karney&apos;s algorithm, PROJ geod_inverse); in a projected CRS they are straight lines in map units converted to metres (with the projection&apos;s own scale error, in RD New below 0.01 %). Multi-point facilities are placed at their centroid. Facilities without geometry are skipped and counted.

ROADS (optional line layer): distances along the road network instead of straight lines, with QGIS&apos;s network analysis library: roads are travelled both ways, edge lengths are measured on the ellipsoid in metres, lines connect where their ends are within ROAD_TOLERANCE, and each origin and facility is snapped to its nearest road (the straight leg to the road is not counted). A neighbourhood on a network part without facilities gets a NULL acc_nearest_m. Snapping compares every point with every road segment, so this mode suits a town or a region rather than the whole country.</source>
        <translation>Meet hoe goed elke buurt voorzieningen zoals huisartsen, scholen of supermarkten bereikt, met de hemelsbrede afstand van het vertrekpunt van de buurt tot elke voorziening. Er komen vier velden bij (d0 = DISTANCE, het verzorgingsgebied):
acc_nearest_m: afstand in meters tot de dichtstbijzijnde voorziening, ongeacht d0.
acc_count: voorzieningen binnen d0.
acc_gravity: Hansens potentiaal met exponentieel verval, de som van S_j exp(-beta d_ij) over de voorzieningen binnen d0, waarbij S_j de CAPACITY is (1 zonder) en beta = DECAY per kilometer: met DECAY 1 telt een voorziening op 1 km voor 0,37, op 2 km voor 0,14; DECAY 0 telt de capaciteit binnen d0 op.
acc_2sfca: two-step floating catchment (Luo &amp; Wang 2003). Stap 1: de verhouding van elke voorziening R_j = S_j / (bevolking binnen d0 ervan). Stap 2: de som van R_j over de voorzieningen binnen d0 van de buurt: capaciteit per inwoner (vermenigvuldig met 1000 voor &apos;per 1000 inwoners&apos;). Het vraagt POPULATION; het is NULL waar een bereikbare voorziening geen bevolking in haar verzorgingsgebied heeft (deling door nul) of een buurt met bevolking NULL erin, en zulke voorzieningen staan in het logboek.

ORIGIN: waar de verplaatsingen van een buurt beginnen: het zwaartepunt, het punt op het oppervlak (altijd erbinnen), of &apos;points&apos;: ORIGIN_POINTS zoals adrespunten, gewogen met ORIGIN_WEIGHT (bv. bewoners per adres). Elk punt hoort bij de buurt waarin het ligt; elke maat is het gewogen gemiddelde over de punten, en voor 2SFCA wordt de bevolking naar gewicht over de punten verdeeld. Buurten zonder punten gebruiken hun punt op het oppervlak.

Afstanden: FACILITIES en ORIGIN_POINTS worden omgezet naar het CRS van INPUT. In een geografisch CRS zijn afstanden geodeten op de ellipsoïde (algoritme van Karney, PROJ geod_inverse); in een geprojecteerd CRS zijn het rechte lijnen in kaarteenheden, omgerekend naar meters (met de schaalfout van de projectie zelf, in RD New onder 0,01 %). Multipuntvoorzieningen worden op hun zwaartepunt geplaatst. Voorzieningen zonder geometrie worden overgeslagen en geteld.

ROADS (optionele lijnlaag): afstanden over het wegennet in plaats van rechte lijnen, met de netwerkanalysebibliotheek van QGIS: wegen worden in beide richtingen bereden, lengtes van verbindingen worden op de ellipsoïde in meters gemeten, lijnen sluiten aan waar hun uiteinden binnen ROAD_TOLERANCE liggen, en elk vertrekpunt en elke voorziening wordt naar de dichtstbijzijnde weg gesnapt (het rechte stuk naar de weg telt niet mee). Een buurt op een deel van het netwerk zonder voorzieningen krijgt acc_nearest_m NULL. Snappen vergelijkt elk punt met elk wegsegment; deze modus past daarom bij een stad of regio, niet bij het hele land.</translation>
    </message>
    <message>
        <source>Neighbourhood polygons</source>
        <translation>Buurtpolygonen</translation>
    </message>
    <message>
        <source>Facilities (points)</source>
        <translation>Voorzieningen (punten)</translation>
    </message>
    <message>
        <source>Facility capacity (1 per facility when empty)</source>
        <translation>Capaciteit van de voorziening (1 per voorziening indien leeg)</translation>
    </message>
    <message>
        <source>Neighbourhood population (needed for 2SFCA)</source>
        <translation>Bevolking van de buurt (nodig voor 2SFCA)</translation>
    </message>
    <message>
        <source>Catchment distance (metres)</source>
        <translation>Afstand verzorgingsgebied (meters)</translation>
    </message>
    <message>
        <source>Origin of each neighbourhood</source>
        <translation>Vertrekpunt van elke buurt</translation>
    </message>
    <message>
        <source>Centroid</source>
        <translation>Zwaartepunt</translation>
    </message>
    <message>
        <source>Point on surface</source>
        <translation>Punt op het oppervlak</translation>
    </message>
    <message>
        <source>Weighted origin points</source>
        <translation>Gewogen vertrekpunten</translation>
    </message>
    <message>
        <source>Origin points (ORIGIN &apos;points&apos;), e.g. address points</source>
        <translation>Vertrekpunten (ORIGIN &apos;points&apos;), bv. adrespunten</translation>
    </message>
    <message>
        <source>Origin point weight, e.g. residents (1 per point when empty)</source>
        <translation>Gewicht van het vertrekpunt, bv. bewoners (1 per punt indien leeg)</translation>
    </message>
    <message>
        <source>Gravity decay rate beta per kilometre, weight exp(-beta d)</source>
        <translation>Vervalsnelheid beta van de zwaartekracht per kilometer, gewicht exp(-beta d)</translation>
    </message>
    <message>
        <source>Road network for network distances (straight lines when empty)</source>
        <translation>Wegennet voor netwerkafstanden (rechte lijnen indien leeg)</translation>
    </message>
    <message>
        <source>Road topology tolerance (map units of ROADS)</source>
        <translation>Topologietolerantie van het wegennet (kaarteenheden van ROADS)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Bereikbaarheid</translation>
    </message>
    <message>
        <source>Facilities with a location</source>
        <translation>Voorzieningen met een locatie</translation>
    </message>
    <message>
        <source>Neighbourhoods with NULL 2SFCA</source>
        <translation>Buurten met 2SFCA NULL</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>polygoon</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <source>Distances: %1</source>
        <translation>Afstanden: %1</translation>
    </message>
    <message>
        <source>INPUT: %1 has no features</source>
        <translation>INPUT: %1 heeft geen objecten</translation>
    </message>
    <message>
        <source>%1 neighbourhood(s) have NULL %2: facilities whose catchment holds them get no 2SFCA ratio</source>
        <translation>%1 buurt(en) hebben %2 NULL: voorzieningen in wier verzorgingsgebied ze liggen krijgen geen 2SFCA-verhouding</translation>
    </message>
    <message>
        <source>No POPULATION field: acc_2sfca is left NULL</source>
        <translation>Geen veld POPULATION: acc_2sfca blijft NULL</translation>
    </message>
    <message>
        <source>ORIGIN_POINTS is ignored: it is used only with ORIGIN &apos;points&apos; (ORIGIN is &apos;%1&apos;)</source>
        <translation>ORIGIN_POINTS wordt genegeerd: het wordt alleen gebruikt met ORIGIN &apos;points&apos; (ORIGIN is &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>FACILITIES: %1 has no facility with a location (%2 feature(s)); check the layer and its filter</source>
        <translation>FACILITIES: %1 heeft geen voorziening met een locatie (%2 object(en)); controleer de laag en haar filter</translation>
    </message>
    <message>
        <source>Facilities: %1 of %2 with a location; catchment %3 m</source>
        <translation>Voorzieningen: %1 van %2 met een locatie; verzorgingsgebied %3 m</translation>
    </message>
    <message>
        <source>%1 facility(ies) without geometry were skipped (feature ids %2)</source>
        <translation>%1 voorziening(en) zonder geometrie zijn overgeslagen (object-id&apos;s %2)</translation>
    </message>
    <message>
        <source>%1 facility(ies) have NULL %2: acc_gravity and acc_2sfca are NULL where they are within reach (feature ids %3)</source>
        <translation>%1 voorziening(en) hebben %2 NULL: acc_gravity en acc_2sfca zijn NULL waar ze binnen bereik liggen (object-id&apos;s %3)</translation>
    </message>
    <message>
        <source>%1 facility(ies) have no population within %2 m, so their 2SFCA ratio is undefined (capacity / 0) (feature ids %3)</source>
        <translation>%1 voorziening(en) hebben geen bevolking binnen %2 m, dus hun 2SFCA-verhouding is niet gedefinieerd (capaciteit / 0) (object-id&apos;s %3)</translation>
    </message>
    <message>
        <source>%1 facility(ies) have a neighbourhood with NULL population within %2 m, so their 2SFCA ratio is unknown (feature ids %3)</source>
        <translation>%1 voorziening(en) hebben een buurt met bevolking NULL binnen %2 m, dus hun 2SFCA-verhouding is onbekend (object-id&apos;s %3)</translation>
    </message>
    <message>
        <source>acc_2sfca is NULL for %1 neighbourhood(s) that reach such a facility (feature ids %2)</source>
        <translation>acc_2sfca is NULL voor %1 buurt(en) die zo&apos;n voorziening bereiken (object-id&apos;s %2)</translation>
    </message>
    <message>
        <source>%1 neighbourhood(s) without geometry get NULL everywhere (feature ids %2)</source>
        <translation>%1 buurt(en) zonder geometrie krijgen overal NULL (object-id&apos;s %2)</translation>
    </message>
    <message>
        <source>INPUT already has a field %1: it is replaced</source>
        <translation>INPUT heeft al een veld %1: het wordt vervangen</translation>
    </message>
    <message>
        <source>%1: INPUT has no field &apos;%2&apos;; that summary is left NULL</source>
        <translation>%1: INPUT heeft geen veld &apos;%2&apos;; die samenvatting blijft NULL</translation>
    </message>
    <message>
        <source>Canceled by the user; no output was written</source>
        <translation>Geannuleerd door de gebruiker; er is geen uitvoer geschreven</translation>
    </message>
    <message>
        <source>Region polygons: %1 dissolved edge to edge (coverage union), %2 with the general union (their neighbourhoods overlap or do not meet edge to edge)</source>
        <translation>Regiopolygonen: %1 rand aan rand samengevoegd (coverage union), %2 met de algemene vereniging (hun buurten overlappen of sluiten niet rand aan rand aan)</translation>
    </message>
    <message>
        <source>%1 invalid neighbourhood polygon(s) were repaired (GEOS MakeValid) before dissolving: feature ids %2</source>
        <translation>%1 ongeldige buurtpolygoon/-polygonen zijn hersteld (GEOS MakeValid) vóór het samenvoegen: object-id&apos;s %2</translation>
    </message>
    <message>
        <source>Aggregate to regions</source>
        <translation>Samenvatten per regio</translation>
    </message>
    <message>
        <source>Neighbourhood results</source>
        <translation>Buurtresultaten</translation>
    </message>
    <message>
        <source>Region polygons</source>
        <translation>Regiopolygonen</translation>
    </message>
    <message>
        <source>Region field of the neighbourhoods (instead of region polygons)</source>
        <translation>Regioveld van de buurten (in plaats van regiopolygonen)</translation>
    </message>
    <message>
        <source>Score field</source>
        <translation>Scoreveld</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <source>Class field</source>
        <translation>Klasseveld</translation>
    </message>
    <message>
        <source>Lowest class</source>
        <translation>Laagste klasse</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <source>Regions written</source>
        <translation>Geschreven regio&apos;s</translation>
    </message>
    <message>
        <source>Neighbourhoods in no region</source>
        <translation>Buurten in geen enkele regio</translation>
    </message>
    <message>
        <source>Give either REGIONS (region polygons) or REGION_FIELD (a field of INPUT), not %1</source>
        <translation>Geef REGIONS (regiopolygonen) of REGION_FIELD (een veld van INPUT), niet %1</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>geen van beide</translation>
    </message>
    <message>
        <source>SCORE_FIELD: choose the field to summarise</source>
        <translation>SCORE_FIELD: kies het veld dat wordt samengevat</translation>
    </message>
    <message>
        <source>REGION_FIELD: field &apos;%1&apos; does not exist in %2</source>
        <translation>REGION_FIELD: veld &apos;%1&apos; bestaat niet in %2</translation>
    </message>
    <message>
        <source>Dissolving the neighbourhoods into regions</source>
        <translation>De buurten worden tot regio&apos;s samengevoegd</translation>
    </message>
    <message>
        <source>REGIONS already has a field %1: the summary is written as %2</source>
        <translation>REGIONS heeft al een veld %1: de samenvatting wordt geschreven als %2</translation>
    </message>
    <message>
        <source>%1 neighbourhood(s) summarised into %2 region(s); %3 in no region</source>
        <translation>%1 buurt(en) samengevat in %2 regio(&apos;s); %3 in geen enkele regio</translation>
    </message>
    <message>
        <source>score_mean_w is the plain mean of %1 (no POPULATION)</source>
        <translation>score_mean_w is het gewone gemiddelde van %1 (geen POPULATION)</translation>
    </message>
    <message>
        <source>score_mean_w is the mean of %1 weighted by %2</source>
        <translation>score_mean_w is het gemiddelde van %1, gewogen met %2</translation>
    </message>
    <message>
        <source>%1 neighbourhood(s) with NULL %2 were left out of the mean, min and max</source>
        <translation>%1 buurt(en) met %2 NULL zijn buiten het gemiddelde, het minimum en het maximum gelaten</translation>
    </message>
    <message>
        <source>%1 neighbourhood(s) with NULL %2 were left out of the population, the mean and the class share</source>
        <translation>%1 buurt(en) met %2 NULL zijn buiten de bevolking, het gemiddelde en het klasseaandeel gelaten</translation>
    </message>
    <message>
        <source>WINSORISE: &apos;%1&apos; is not a share such as 0.05 or a pair of quantiles such as 0.05;0.95 (or percentages 5;95)</source>
        <translation>WINSORISE: &apos;%1&apos; is geen aandeel zoals 0.05 en geen paar kwantielen zoals 0.05;0.95 (of percentages 5;95)</translation>
    </message>
    <message>
        <source>WINSORISE: the lower quantile %1 must be below the upper quantile %2 (a single share must be below 0.5)</source>
        <translation>WINSORISE: het onderste kwantiel %1 moet onder het bovenste kwantiel %2 liggen (een enkel aandeel moet onder 0.5 liggen)</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>Indicatoren:</translation>
    </message>
    <message>
        <source> = %1 / %2 x %3</source>
        <translation> = %1 / %2 x %3</translation>
    </message>
    <message>
        <source>: %1 % of the weight; %2 valid, %3 NULL</source>
        <translation>: %1 % van het gewicht; %2 geldig, %3 NULL</translation>
    </message>
    <message>
        <source>: skipped</source>
        <translation>: overgeslagen</translation>
    </message>
    <message>
        <source>Pearson correlations of the normalised indicators (direction applied) and the index; columns numbered as the rows:</source>
        <translation>Pearson-correlaties van de genormaliseerde indicatoren (richting toegepast) en de index; kolommen genummerd als de rijen:</translation>
    </message>
    <message>
        <source>%1 with resilience: r = %2, rho = %3 (%4 pairs)</source>
        <translation>%1 met veerkracht: r = %2, rho = %3 (%4 paren)</translation>
    </message>
    <message>
        <source>%1 correlates negatively with the index: it pulls against the other indicators; check its direction</source>
        <translation>%1 correleert negatief met de index: de indicator trekt tegen de andere in; controleer de richting</translation>
    </message>
    <message>
        <source>%1 and %2 correlate strongly (r = %3): they may count the same thing twice; consider dropping one or lowering their weights</source>
        <translation>%1 en %2 correleren sterk (r = %3): ze tellen mogelijk twee keer hetzelfde; overweeg er één te laten vallen of hun gewichten te verlagen</translation>
    </message>
    <message>
        <source>Composite resilience index</source>
        <translation>Samengestelde veerkrachtindex</translation>
    </message>
    <message>
        <source>Neighbourhoods with indicators (polygons or a table)</source>
        <translation>Buurten met indicatoren (polygonen of een tabel)</translation>
    </message>
    <message>
        <source>Indicators (or give a spec file)</source>
        <translation>Indicatoren (of kies een specificatiebestand)</translation>
    </message>
    <message>
        <source>Indicator spec file (CSV or JSON, instead of the table)</source>
        <translation>Indicatorspecificatie (CSV of JSON, in plaats van de tabel)</translation>
    </message>
    <message>
        <source>Indicator spec (*.csv *.json *.CSV *.JSON)</source>
        <translation>Indicatorspecificatie (*.csv *.json *.CSV *.JSON)</translation>
    </message>
    <message>
        <source>Domain weights (default: equal)</source>
        <translation>Domeingewichten (standaard: gelijk)</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisatie</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <source>Min-max 0-100</source>
        <translation>Min-max 0-100</translation>
    </message>
    <message>
        <source>Percentile rank 0-100</source>
        <translation>Percentielrang 0-100</translation>
    </message>
    <message>
        <source>Robust (median, IQR)</source>
        <translation>Robuust (mediaan, IKA)</translation>
    </message>
    <message>
        <source>Goalposts 0-100</source>
        <translation>Doelwaarden 0-100</translation>
    </message>
    <message>
        <source>Winsorise outliers at quantiles (e.g. 0.05 or 0.05;0.95)</source>
        <translation>Uitschieters afkappen op kwantielen (bv. 0.05 of 0.05;0.95)</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregatie</translation>
    </message>
    <message>
        <source>Arithmetic mean</source>
        <translation>Rekenkundig gemiddelde</translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation>Meetkundig gemiddelde</translation>
    </message>
    <message>
        <source>Shift added before a geometric mean</source>
        <translation>Verschuiving vóór een meetkundig gemiddelde</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Ontbrekende waarden</translation>
    </message>
    <message>
        <source>Reweight the indicators present</source>
        <translation>Aanwezige indicatoren herwegen</translation>
    </message>
    <message>
        <source>Exclude the feature</source>
        <translation>Object uitsluiten</translation>
    </message>
    <message>
        <source>Minimum coverage (share of the weight present, reweight)</source>
        <translation>Minimale dekking (aandeel van het gewicht aanwezig, herwegen)</translation>
    </message>
    <message>
        <source>Values read as NULL (e.g. &lt;=-99995 for CBS sentinels)</source>
        <translation>Waarden die als NULL worden gelezen (bv. &lt;=-99995 voor de CBS-geheimhoudingscodes)</translation>
    </message>
    <message>
        <source>Uncertainty runs (0 = none)</source>
        <translation>Onzekerheidsruns (0 = geen)</translation>
    </message>
    <message>
        <source>Uncertainty: weights vary by up to this share</source>
        <translation>Onzekerheid: gewichten variëren tot dit aandeel</translation>
    </message>
    <message>
        <source>Uncertainty: normalisations drawn per run (e.g. zscore;minmax;rank; empty = NORMALISATION only)</source>
        <translation>Onzekerheid: normalisaties die per run worden getrokken (bv. zscore;minmax;rank; leeg = alleen NORMALISATION)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwaarde toevalsgenerator</translation>
    </message>
    <message>
        <source>Resilience index</source>
        <translation>Veerkrachtindex</translation>
    </message>
    <message>
        <source>Correlation table</source>
        <translation>Correlatietabel</translation>
    </message>
    <message>
        <source>Save the indicator spec used</source>
        <translation>Gebruikte indicatorspecificatie opslaan</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Indicators used</source>
        <translation>Gebruikte indicatoren</translation>
    </message>
    <message>
        <source>Indicators skipped</source>
        <translation>Overgeslagen indicatoren</translation>
    </message>
    <message>
        <source>Features with a resilience score</source>
        <translation>Objecten met een veerkrachtscore</translation>
    </message>
    <message>
        <source>Give the indicators either as the INDICATORS table or as a SPEC file, not both</source>
        <translation>Geef de indicatoren als tabel INDICATORS of als SPEC-bestand, niet allebei</translation>
    </message>
    <message>
        <source>DOMAIN_WEIGHTS: no indicator is in domain &apos;%1&apos;; its weight is not used</source>
        <translation>DOMAIN_WEIGHTS: geen enkele indicator valt in domein &apos;%1&apos;; het gewicht ervan wordt niet gebruikt</translation>
    </message>
    <message>
        <source>%1: %2 value(s) read as NULL by NODATA</source>
        <translation>%1: %2 waarde(n) als NULL gelezen door NODATA</translation>
    </message>
    <message>
        <source>UNCERTAINTY_NORMALISATIONS: &apos;%1&apos; is not one of zscore, minmax, rank, robust, goalposts</source>
        <translation>UNCERTAINTY_NORMALISATIONS: &apos;%1&apos; is niet een van zscore, minmax, rank, robust, goalposts</translation>
    </message>
    <message>
        <source>Uncertainty: %1 runs with weights varied by up to +/- %2 % and normalisation drawn from %3 (seed %4)</source>
        <translation>Onzekerheid: %1 runs met gewichten die tot +/- %2 % variëren en een normalisatie getrokken uit %3 (startwaarde %4)</translation>
    </message>
    <message>
        <source>INPUT&apos;s field %1 is replaced by the new %1</source>
        <translation>Het veld %1 van INPUT wordt vervangen door het nieuwe %1</translation>
    </message>
    <message>
        <source>Indicator spec saved to %1</source>
        <translation>Indicatorspecificatie opgeslagen in %1</translation>
    </message>
    <message>
        <source>Resilience scored for %1 of %2 feature(s) with %3 of %4 indicator(s), normalised by %5, %6 aggregation</source>
        <translation>Veerkrachtscore berekend voor %1 van %2 object(en) met %3 van %4 indicator(en), genormaliseerd met %5, aggregatie %6</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>niet berekend</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Spatial weights</source>
        <translation>Ruimtelijke gewichten</translation>
    </message>
    <message>
        <source>, row-standardised</source>
        <translation>, per rij gestandaardiseerd</translation>
    </message>
    <message>
        <source>, not row-standardised</source>
        <translation>, niet per rij gestandaardiseerd</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>Features with a NULL value (left out)</source>
        <translation>Objecten met een NULL-waarde (weggelaten)</translation>
    </message>
    <message>
        <source>Islands (in the mean, not in n)</source>
        <translation>Eilanden (in het gemiddelde, niet in n)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Moran&apos;s I</source>
        <translation>Moran&apos;s I</translation>
    </message>
    <message>
        <source>Expected I = -1/(n-1)</source>
        <translation>Verwachte I = -1/(n-1)</translation>
    </message>
    <message>
        <source>Variance (normality)</source>
        <translation>Variantie (normaliteit)</translation>
    </message>
    <message>
        <source>z (normality)</source>
        <translation>z (normaliteit)</translation>
    </message>
    <message>
        <source>p two-sided (normality)</source>
        <translation>p tweezijdig (normaliteit)</translation>
    </message>
    <message>
        <source>p greater (normality, spdep default)</source>
        <translation>p groter (normaliteit, standaard van spdep)</translation>
    </message>
    <message>
        <source>Variance (randomisation)</source>
        <translation>Variantie (randomisatie)</translation>
    </message>
    <message>
        <source>z (randomisation)</source>
        <translation>z (randomisatie)</translation>
    </message>
    <message>
        <source>p two-sided (randomisation)</source>
        <translation>p tweezijdig (randomisatie)</translation>
    </message>
    <message>
        <source>p greater (randomisation, spdep default)</source>
        <translation>p groter (randomisatie, standaard van spdep)</translation>
    </message>
    <message>
        <source>Permutations</source>
        <translation>Permutaties</translation>
    </message>
    <message>
        <source>Pseudo p (folded)</source>
        <translation>Pseudo-p (gevouwen)</translation>
    </message>
    <message>
        <source>S0, S1, S2</source>
        <translation>S0, S1, S2</translation>
    </message>
    <message>
        <source>%1: could not write %2 (%3)</source>
        <translation>%1: kon %2 niet schrijven (%3)</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I</source>
        <translation>Globale Moran&apos;s I</translation>
    </message>
    <message>
        <source>Moran scatterplot</source>
        <translation>Moran-spreidingsdiagram</translation>
    </message>
    <message>
        <source>Spatial autocorrelation (global Moran&apos;s I)</source>
        <translation>Ruimtelijke autocorrelatie (globale Moran&apos;s I)</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <source>Value field</source>
        <translation>Waardeveld</translation>
    </message>
    <message>
        <source>PNG files (*.png);;SVG files (*.svg)</source>
        <translation>PNG-bestanden (*.png);;SVG-bestanden (*.svg)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>HTML files (*.html);;Text files (*.txt)</source>
        <translation>HTML-bestanden (*.html);;Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>Expected I</source>
        <translation>Verwachte I</translation>
    </message>
    <message>
        <source>Variance of I (normality)</source>
        <translation>Variantie van I (normaliteit)</translation>
    </message>
    <message>
        <source>Variance of I (randomisation)</source>
        <translation>Variantie van I (randomisatie)</translation>
    </message>
    <message>
        <source>Pseudo p from permutations</source>
        <translation>Pseudo-p uit permutaties</translation>
    </message>
    <message>
        <source>Features in the test (n)</source>
        <translation>Objecten in de toets (n)</translation>
    </message>
    <message>
        <source>Computing Moran&apos;s I and %1 permutations</source>
        <translation>Moran&apos;s I en %1 permutaties worden berekend</translation>
    </message>
    <message>
        <source>Computing Moran&apos;s I</source>
        <translation>Moran&apos;s I wordt berekend</translation>
    </message>
    <message>
        <source>Moran&apos;s I of %1: %2 features, %3 NULL values left out, %4 islands (in the mean, not in n); n = %5</source>
        <translation>Moran&apos;s I van %1: %2 objecten, %3 NULL-waarden weggelaten, %4 eilanden (in het gemiddelde, niet in n); n = %5</translation>
    </message>
    <message>
        <source>I = %1, E(I) = %2; normality: z = %3, p = %4; randomisation: z = %5, p = %6 (two-sided)%7</source>
        <translation>I = %1, E(I) = %2; normaliteit: z = %3, p = %4; randomisatie: z = %5, p = %6 (tweezijdig)%7</translation>
    </message>
    <message>
        <source>; pseudo p = %1 (%2 permutations)</source>
        <translation>; pseudo-p = %1 (%2 permutaties)</translation>
    </message>
    <message>
        <source>Drawing the Moran scatterplot</source>
        <translation>Het Moran-spreidingsdiagram wordt getekend</translation>
    </message>
    <message>
        <source>The scatterplot uses row-standardised weights (Anselin 1996); its slope differs from the I of unstandardised weights above</source>
        <translation>Het spreidingsdiagram gebruikt per rij gestandaardiseerde gewichten (Anselin 1996); de helling verschilt van de I met niet-gestandaardiseerde gewichten hierboven</translation>
    </message>
    <message>
        <source>Hot and cold spots (Getis-Ord Gi*)</source>
        <translation>Hotspots en coldspots (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Gi* (include the neighbourhood itself)</source>
        <translation>Gi* (buurt zelf meetellen)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 features computed; %4 with a NULL value, %5 islands (NULL, &apos;Undefined&apos;)</source>
        <translation>%1: %2 van %3 objecten berekend; %4 met een NULL-waarde, %5 eilanden (NULL, &apos;Undefined&apos;)</translation>
    </message>
    <message>
        <source>Hot spots: %1, cold spots: %2 (90 % confidence or more%3)</source>
        <translation>Hotspots: %1, coldspots: %2 (90 % betrouwbaarheid of meer%3)</translation>
    </message>
    <message>
        <source>, %1-corrected</source>
        <translation>, %1-gecorrigeerd</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; does not exist in %3 (fields: %4)</source>
        <translation>%1: veld &apos;%2&apos; bestaat niet in %3 (velden: %4)</translation>
    </message>
    <message>
        <source>Join indicator table</source>
        <translation>Indicatorentabel koppelen</translation>
    </message>
    <message>
        <source>Polygon key field</source>
        <translation>Sleutelveld van de polygonen</translation>
    </message>
    <message>
        <source>Indicator table</source>
        <translation>Indicatorentabel</translation>
    </message>
    <message>
        <source>Table key field</source>
        <translation>Sleutelveld van de tabel</translation>
    </message>
    <message>
        <source>Table fields to join (all when empty)</source>
        <translation>Te koppelen tabelvelden (leeg = alle)</translation>
    </message>
    <message>
        <source>Key matching</source>
        <translation>Sleutels vergelijken</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Trimmed, case-insensitive</source>
        <translation>Zonder spaties, hoofdletterongevoelig</translation>
    </message>
    <message>
        <source>CBS area codes</source>
        <translation>CBS-gebiedscodes</translation>
    </message>
    <message>
        <source>Values read as NULL (&apos;;&apos;-separated markers and &lt;=/&gt;= thresholds)</source>
        <translation>Waarden die als NULL worden gelezen (met &apos;;&apos; gescheiden codes en drempels &lt;=/&gt;=)</translation>
    </message>
    <message>
        <source>Joined polygons</source>
        <translation>Gekoppelde buurten</translation>
    </message>
    <message>
        <source>Unmatched table rows</source>
        <translation>Niet-gekoppelde tabelrijen</translation>
    </message>
    <message>
        <source>Polygons matched</source>
        <translation>Gekoppelde polygonen</translation>
    </message>
    <message>
        <source>Polygons without data</source>
        <translation>Polygonen zonder gegevens</translation>
    </message>
    <message>
        <source>Table rows unmatched</source>
        <translation>Niet-gekoppelde tabelrijen</translation>
    </message>
    <message>
        <source>Values set NULL</source>
        <translation>Op NULL gezette waarden</translation>
    </message>
    <message>
        <source>INPUT must be a polygon layer; %1 has %2 geometries</source>
        <translation>INPUT moet een polygoonlaag zijn; %1 heeft %2-geometrieën</translation>
    </message>
    <message>
        <source>Table field &apos;%1&apos; is written as &apos;%2&apos;: the polygons already have a field with that name</source>
        <translation>Tabelveld &apos;%1&apos; wordt geschreven als &apos;%2&apos;: de polygonen hebben al een veld met die naam</translation>
    </message>
    <message>
        <source>%1: %2 value(s) set NULL by the no-data rules</source>
        <translation>%1: %2 waarde(n) op NULL gezet door de regels voor ontbrekende gegevens</translation>
    </message>
    <message>
        <source>Polygons matched: %1 of %2; polygons without data: %3</source>
        <translation>Gekoppelde polygonen: %1 van %2; polygonen zonder gegevens: %3</translation>
    </message>
    <message>
        <source>Table rows that matched no polygon: %1 of %2</source>
        <translation>Tabelrijen die aan geen polygoon zijn gekoppeld: %1 van %2</translation>
    </message>
    <message>
        <source>Values set NULL by the no-data rules: %1</source>
        <translation>Waarden op NULL gezet door de regels voor ontbrekende gegevens: %1</translation>
    </message>
    <message>
        <source>No polygon matched any table row: check INPUT_KEY, TABLE_KEY and KEY_MATCHING (keys that are not CBS codes need &apos;trimmed&apos; or &apos;exact&apos;)</source>
        <translation>Geen enkele polygoon is aan een tabelrij gekoppeld: controleer INPUT_KEY, TABLE_KEY en KEY_MATCHING (sleutels die geen CBS-codes zijn vragen &apos;trimmed&apos; of &apos;exact&apos;)</translation>
    </message>
    <message>
        <source>Clusters and outliers (local Moran&apos;s I)</source>
        <translation>Clusters en uitschieters (lokale Moran&apos;s I)</translation>
    </message>
    <message>
        <source>LISA clusters</source>
        <translation>LISA-clusters</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variantie</translation>
    </message>
    <message>
        <source>Conditional randomisation (spdep default)</source>
        <translation>Conditionele randomisatie (standaard van spdep)</translation>
    </message>
    <message>
        <source>Total randomisation (Anselin 1995)</source>
        <translation>Totale randomisatie (Anselin 1995)</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <source>The input field &apos;%1&apos; is replaced by the new result</source>
        <translation>Het invoerveld &apos;%1&apos; wordt vervangen door het nieuwe resultaat</translation>
    </message>
    <message>
        <source>SPEC: &quot;layers&quot; names %1, which is none of the pipeline&apos;s layers (%2)</source>
        <translation>SPEC: &quot;layers&quot; noemt %1, en dat is geen van de lagen van de monitor (%2)</translation>
    </message>
    <message>
        <source>SPEC: &quot;layers&quot; is empty; name at least one of %1 or leave it out</source>
        <translation>SPEC: &quot;layers&quot; is leeg; noem minstens één van %1 of laat het weg</translation>
    </message>
    <message>
        <source>Resilience pipeline (one step)</source>
        <translation>Veerkrachtmonitor (in één stap)</translation>
    </message>
    <message>
        <source>Pipeline spec (JSON)</source>
        <translation>Monitorspecificatie (JSON)</translation>
    </message>
    <message>
        <source>Facilities (points; replaces the spec&apos;s)</source>
        <translation>Voorzieningen (punten; vervangen die van de specificatie)</translation>
    </message>
    <message>
        <source>Result GeoPackage</source>
        <translation>GeoPackage met resultaten</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Print maps (PDF)</source>
        <translation>Kaarten (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>SPEC: cannot read %1</source>
        <translation>SPEC: kan %1 niet lezen</translation>
    </message>
    <message>
        <source>SPEC: %1 is not a JSON object: %2 at offset %3</source>
        <translation>SPEC: %1 is geen JSON-object: %2 op positie %3</translation>
    </message>
    <message>
        <source>SPEC: %1 names no &quot;polygons&quot; layer</source>
        <translation>SPEC: %1 noemt geen laag &quot;polygons&quot;</translation>
    </message>
    <message>
        <source>%1 is not available</source>
        <translation>%1 is niet beschikbaar</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The %1 step failed; see the messages above</source>
        <translation>De stap %1 is mislukt; zie de meldingen hierboven</translation>
    </message>
    <message>
        <source>Cannot open the joined layer to filter it</source>
        <translation>Kan de gekoppelde laag niet openen om haar te filteren</translation>
    </message>
    <message>
        <source>SPEC: the filter %1 is not a valid expression for the layer</source>
        <translation>SPEC: het filter %1 is geen geldige expressie voor de laag</translation>
    </message>
    <message>
        <source>Filter %1 keeps %2 features</source>
        <translation>Filter %1 houdt %2 objecten over</translation>
    </message>
    <message>
        <source>SPEC: the filter %1 keeps no features</source>
        <translation>SPEC: het filter %1 houdt geen objecten over</translation>
    </message>
    <message>
        <source>No FACILITIES given: accessibility is skipped</source>
        <translation>Geen FACILITIES opgegeven: bereikbaarheid wordt overgeslagen</translation>
    </message>
    <message>
        <source>%1: could not write the file (is the folder writable, is it open elsewhere?) %2</source>
        <translation>%1: kon het bestand niet schrijven (is de map schrijfbaar, is het elders geopend?) %2</translation>
    </message>
    <message>
        <source>%1: out of memory; lower DPI</source>
        <translation>%1: onvoldoende geheugen; verlaag de DPI</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Print maps per region</source>
        <translation>Kaarten per regio afdrukken</translation>
    </message>
    <message>
        <source>Neighbourhood result layer</source>
        <translation>Buurtlaag met resultaten</translation>
    </message>
    <message>
        <source>Field to show</source>
        <translation>Te tonen veld</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>Region field</source>
        <translation>Regioveld</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <source>Source / credits</source>
        <translation>Bron / vermelding</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 staand</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 staand</translation>
    </message>
    <message>
        <source>Resolution (DPI)</source>
        <translation>Resolutie (DPI)</translation>
    </message>
    <message>
        <source>Map book (PDF)</source>
        <translation>Kaartboek (PDF)</translation>
    </message>
    <message>
        <source>Folder for one PNG per page</source>
        <translation>Map voor één PNG per pagina</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Layout saved in the project</source>
        <translation>Opmaak opgeslagen in het project</translation>
    </message>
    <message>
        <source>INPUT %1 has no features</source>
        <translation>INPUT %1 heeft geen objecten</translation>
    </message>
    <message>
        <source>Showing field %1 as &apos;%2&apos;</source>
        <translation>Veld %1 wordt getoond als &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 feature(s) without a value of %2 (NULL or a no-data code at or below -99995) are hatched as no data</source>
        <translation>%1 object(en) zonder waarde voor %2 (NULL of een code voor ontbrekende gegevens op of onder -99995) worden gearceerd als geen gegevens</translation>
    </message>
    <message>
        <source>%1 feature(s) of INPUT have no geometry and are not drawn</source>
        <translation>%1 object(en) van INPUT hebben geen geometrie en worden niet getekend</translation>
    </message>
    <message>
        <source>PDF export to %1</source>
        <translation>PDF-export naar %1</translation>
    </message>
    <message>
        <source>OUTPUT_FOLDER: cannot create the folder %1</source>
        <translation>OUTPUT_FOLDER: kan de map %1 niet aanmaken</translation>
    </message>
    <message>
        <source>PNG export to %1</source>
        <translation>PNG-export naar %1</translation>
    </message>
    <message>
        <source>Layout &apos;%1&apos; added to the project</source>
        <translation>Opmaak &apos;%1&apos; aan het project toegevoegd</translation>
    </message>
    <message>
        <source>%1 ran out of memory; try a smaller layer or fewer permutations</source>
        <translation>%1 had onvoldoende geheugen; probeer een kleinere laag of minder permutaties</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wordt gelezen</translation>
    </message>
    <message>
        <source>Building spatial weights</source>
        <translation>Ruimtelijke gewichten worden bepaald</translation>
    </message>
    <message>
        <source>%1: %2 of %3 features computed; NULL for %4 with a NULL value, %5 with a population of zero or less, %6 without a neighbour that has a value</source>
        <translation>%1: %2 van %3 objecten berekend; NULL voor %4 met een NULL-waarde, %5 met een bevolking van nul of minder, %6 zonder buur met een waarde</translation>
    </message>
    <message>
        <source>Smooth values and rates (kernel, empirical Bayes)</source>
        <translation>Waarden en cijfers afvlakken (kernel, empirisch Bayes)</translation>
    </message>
    <message>
        <source>Smoothed</source>
        <translation>Afgevlakt</translation>
    </message>
    <message>
        <source>Smooths a map so that chance variation in small neighbourhoods does not dominate it.

METHOD=kernel: the weighted mean of FIELD over each feature and its neighbours, sum w_ij y_j / sum w_ij (Nadaraya-Watson), written to &lt;FIELD&gt;_smooth. With WEIGHTS=kernel the weights fall with distance; with contiguity, knn or distance weights every neighbour counts the same. INCLUDE_SELF lets the feature&apos;s own value take part with the weight of its own link (K(0) for kernel weights with KERNEL_SELF, as in a GWT file), or weight 1 - one neighbour more - where the weights have no such link. Because the mean divides by the weight sum, ROW_STANDARDISE changes nothing here.

METHOD=eb and eb_local smooth the rate EVENTS / POPULATION (e.g. cases per inhabitant) by empirical Bayes (Marshall 1991, method of moments): a rate from a small population is pulled strongly towards the prior mean, one from a large population hardly at all. eb takes the whole layer as the prior (spdep EBest, Poisson) and needs no weights; eb_local takes each feature with its neighbours (spdep EBlocal; the weights&apos; values are ignored, only who is a neighbour counts). Fields: raw_rate (events / population), and eb_rate or eb_local. Numbers are identical to spdep. Event counts must not be negative; a population of zero or less gives NULL rates and is counted in the log, as is the prior.

A NULL value gives a NULL result (no gap filling), and so does a feature without a neighbour with a value; the log counts both. The default weights are queen contiguity, as for the other statistics and as Marshall&apos;s local estimator was defined; choose WEIGHTS=kernel for a distance-decay smoother.

</source>
        <translation>Vlakt een kaart af, zodat toevallige schommelingen in kleine buurten haar niet overheersen.

METHOD=kernel: het gewogen gemiddelde van FIELD over elk object en zijn buren, som w_ij y_j / som w_ij (Nadaraya-Watson), geschreven naar &lt;FIELD&gt;_smooth. Met WEIGHTS=kernel nemen de gewichten af met de afstand; met aangrenzing, knn of afstandsgewichten telt elke buur even zwaar. INCLUDE_SELF laat de eigen waarde van het object meetellen met het gewicht van zijn eigen verbinding (K(0) bij kernelgewichten met KERNEL_SELF, zoals in een GWT-bestand), of met gewicht 1 - één buur extra - waar de gewichten zo&apos;n verbinding niet hebben. Omdat het gemiddelde door de som van de gewichten deelt, verandert ROW_STANDARDISE hier niets.

METHOD=eb en eb_local vlakken het cijfer EVENTS / POPULATION af (bv. gevallen per inwoner) met empirisch Bayes (Marshall 1991, momentenmethode): een cijfer van een kleine bevolking wordt sterk naar het a-priorigemiddelde getrokken, een cijfer van een grote bevolking nauwelijks. eb neemt de hele laag als a-prioriverdeling (spdep EBest, Poisson) en heeft geen gewichten nodig; eb_local neemt elk object met zijn buren (spdep EBlocal; de waarden van de gewichten worden genegeerd, alleen wie buur is telt). Velden: raw_rate (gebeurtenissen / bevolking), en eb_rate of eb_local. De getallen zijn gelijk aan die van spdep. Aantallen gebeurtenissen mogen niet negatief zijn; een bevolking van nul of minder geeft NULL-cijfers en wordt in het logboek geteld, net als de a-prioriverdeling.

Een NULL-waarde geeft een NULL-resultaat (er worden geen gaten opgevuld), net als een object zonder buur met een waarde; het logboek telt beide. De standaardgewichten zijn queen-aangrenzing, zoals bij de andere statistieken en zoals Marshalls lokale schatter is gedefinieerd; kies WEIGHTS=kernel voor een afvlakking die met de afstand afneemt.

</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Kernel-weighted neighbourhood mean of a value</source>
        <translation>Kernelgewogen buurtgemiddelde van een waarde</translation>
    </message>
    <message>
        <source>Empirical Bayes rate, global prior (spdep EBest)</source>
        <translation>Empirisch-Bayescijfer, globale a-prioriverdeling (spdep EBest)</translation>
    </message>
    <message>
        <source>Empirical Bayes rate, local prior (spdep EBlocal)</source>
        <translation>Empirisch-Bayescijfer, lokale a-prioriverdeling (spdep EBlocal)</translation>
    </message>
    <message>
        <source>Value field (METHOD=kernel)</source>
        <translation>Waardeveld (METHOD=kernel)</translation>
    </message>
    <message>
        <source>Include the feature&apos;s own value (METHOD=kernel)</source>
        <translation>De eigen waarde van het object meetellen (METHOD=kernel)</translation>
    </message>
    <message>
        <source>Event count field (METHOD=eb, eb_local)</source>
        <translation>Veld met het aantal gebeurtenissen (METHOD=eb, eb_local)</translation>
    </message>
    <message>
        <source>Population at risk field (METHOD=eb, eb_local)</source>
        <translation>Veld met de bevolking (METHOD=eb, eb_local)</translation>
    </message>
    <message>
        <source>FIELD is missing: METHOD=kernel smooths the values of FIELD</source>
        <translation>FIELD ontbreekt: METHOD=kernel vlakt de waarden van FIELD af</translation>
    </message>
    <message>
        <source>%1 is missing: METHOD=%2 smooths the rate EVENTS / POPULATION and needs both fields</source>
        <translation>%1 ontbreekt: METHOD=%2 vlakt het cijfer EVENTS / POPULATION af en heeft beide velden nodig</translation>
    </message>
    <message>
        <source>Weighted mean of %1 (%2, %3)</source>
        <translation>Gewogen gemiddelde van %1 (%2, %3)</translation>
    </message>
    <message>
        <source>feature itself included</source>
        <translation>object zelf meegeteld</translation>
    </message>
    <message>
        <source>feature itself left out</source>
        <translation>object zelf weggelaten</translation>
    </message>
    <message>
        <source>METHOD=eb uses no spatial weights: the prior is the whole layer&apos;s</source>
        <translation>METHOD=eb gebruikt geen ruimtelijke gewichten: de a-prioriverdeling is die van de hele laag</translation>
    </message>
    <message>
        <source>Global prior (method of moments, spdep EBest): mean b = %1, variance a = %2</source>
        <translation>Globale a-prioriverdeling (momentenmethode, spdep EBest): gemiddelde b = %1, variantie a = %2</translation>
    </message>
    <message>
        <source>Empirical Bayes rate of %1 / %2 (global)</source>
        <translation>Empirisch-Bayescijfer van %1 / %2 (globaal)</translation>
    </message>
    <message>
        <source>Empirical Bayes rate of %1 / %2 (local, %3)</source>
        <translation>Empirisch-Bayescijfer van %1 / %2 (lokaal, %3)</translation>
    </message>
    <message>
        <source>0 Whole monitor in one step</source>
        <translation>0 Hele monitor in één stap</translation>
    </message>
    <message>
        <source>1 Indicators</source>
        <translation>1 Indicatoren</translation>
    </message>
    <message>
        <source>2 Index</source>
        <translation>2 Index</translation>
    </message>
    <message>
        <source>3 Neighbours</source>
        <translation>3 Buren</translation>
    </message>
    <message>
        <source>4 Hot spots</source>
        <translation>4 Hotspots</translation>
    </message>
    <message>
        <source>5 Accessibility</source>
        <translation>5 Bereikbaarheid</translation>
    </message>
    <message>
        <source>6 Regions</source>
        <translation>6 Regio&apos;s</translation>
    </message>
    <message>
        <source>7 Maps</source>
        <translation>7 Kaarten</translation>
    </message>
    <message>
        <source>Runs the whole monitor from one JSON spec: join, index, hot spots, clusters, regions and maps</source>
        <translation>Voert de hele monitor uit vanuit één JSON-specificatie: koppelen, index, hotspots, clusters, regio&apos;s en kaarten</translation>
    </message>
    <message>
        <source>Joins an indicator table (CSV, spreadsheet) to neighbourhoods by their CBS code</source>
        <translation>Koppelt een indicatorentabel (CSV, spreadsheet) aan buurten via hun CBS-code</translation>
    </message>
    <message>
        <source>Combines indicators into one 0-100 resilience score per neighbourhood</source>
        <translation>Combineert indicatoren tot één veerkrachtscore (0-100) per buurt</translation>
    </message>
    <message>
        <source>Finds each neighbourhood&apos;s neighbours and saves them as a GAL or GWT file</source>
        <translation>Bepaalt de buren van elke buurt en slaat ze op als GAL- of GWT-bestand</translation>
    </message>
    <message>
        <source>Smooths values or rates over neighbours (kernel, empirical Bayes)</source>
        <translation>Vlakt waarden of cijfers af over buren (kernel, empirisch Bayes)</translation>
    </message>
    <message>
        <source>Finds hot and cold spots with Getis-Ord Gi*</source>
        <translation>Vindt hotspots en coldspots met Getis-Ord Gi*</translation>
    </message>
    <message>
        <source>Finds clusters and outliers with local Moran&apos;s I (LISA)</source>
        <translation>Vindt clusters en uitschieters met lokale Moran&apos;s I (LISA)</translation>
    </message>
    <message>
        <source>Tests whether values cluster in space overall (Moran&apos;s I)</source>
        <translation>Toetst of waarden in de ruimte clusteren (Moran&apos;s I)</translation>
    </message>
    <message>
        <source>Measures how far or how well residents reach facilities</source>
        <translation>Meet hoe ver of hoe goed bewoners voorzieningen bereiken</translation>
    </message>
    <message>
        <source>Summarises neighbourhood scores and hot spots per region</source>
        <translation>Vat buurtscores en hotspots per regio samen</translation>
    </message>
    <message>
        <source>Prints a map book: an overview page and one page per region</source>
        <translation>Drukt een kaartboek af: een overzichtspagina en één pagina per regio</translation>
    </message>
    <message>
        <source>Build spatial weights</source>
        <translation>Ruimtelijke gewichten bepalen</translation>
    </message>
    <message>
        <source>Builds the spatial weights (who is whose neighbour, and how much) that the smoothing and hotspot algorithms use, and writes them as a GAL file (neighbour lists: contiguity, knn, distance band) or a GWT file (weighted links: kernels), chosen by the OUTPUT extension. GeoDa, PySAL and R spdep read both, and every algorithm here accepts them as WEIGHTS_FILE.

The log reports the number of links, the minimum, mean and maximum number of neighbours, the islands by id and the connected components.

</source>
        <translation>Bepaalt de ruimtelijke gewichten (wie de buur van wie is, en hoe sterk) die de algoritmen voor afvlakking en hotspots gebruiken, en schrijft ze als GAL-bestand (burenlijsten: aangrenzing, knn, afstandsband) of als GWT-bestand (gewogen verbindingen: kernels), gekozen via de extensie van OUTPUT. GeoDa, PySAL en R spdep lezen beide, en elk algoritme hier accepteert ze als WEIGHTS_FILE.

Het logboek meldt het aantal verbindingen, het minimale, gemiddelde en maximale aantal buren, de eilanden per id en de samenhangende componenten.

</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>Gewichtenbestand</translation>
    </message>
    <message>
        <source>GAL files (*.gal);;GWT files (*.gwt)</source>
        <translation>GAL-bestanden (*.gal);;GWT-bestanden (*.gwt)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Minimum neighbours</source>
        <translation>Minimum aantal buren</translation>
    </message>
    <message>
        <source>Mean neighbours</source>
        <translation>Gemiddeld aantal buren</translation>
    </message>
    <message>
        <source>Maximum neighbours</source>
        <translation>Maximum aantal buren</translation>
    </message>
    <message>
        <source>Islands</source>
        <translation>Eilanden</translation>
    </message>
    <message>
        <source>Connected components</source>
        <translation>Samenhangende componenten</translation>
    </message>
    <message>
        <source>OUTPUT: %1 weights are not binary and a GAL file would lose them; write a .gwt file</source>
        <translation>OUTPUT: %1-gewichten zijn niet binair en een GAL-bestand zou ze kwijtraken; schrijf een .gwt-bestand</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 geschreven (%2)</translation>
    </message>
    <message>
        <source>High-High</source>
        <translation>Hoog-Hoog</translation>
    </message>
    <message>
        <source>Low-High</source>
        <translation>Laag-Hoog</translation>
    </message>
    <message>
        <source>Low-Low</source>
        <translation>Laag-Laag</translation>
    </message>
    <message>
        <source>High-Low</source>
        <translation>Hoog-Laag</translation>
    </message>
    <message>
        <source>%1 (standardised)</source>
        <translation>%1 (gestandaardiseerd)</translation>
    </message>
    <message>
        <source>Spatial lag of %1 (standardised)</source>
        <translation>Ruimtelijke lag van %1 (gestandaardiseerd)</translation>
    </message>
    <message numerus="yes">
        <source>%n island(s) without neighbours not shown</source>
        <translation>
            <numerusform>%n eiland zonder buren niet getoond</numerusform>
            <numerusform>%n eilanden zonder buren niet getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NULL value(s) left out</source>
        <translation>
            <numerusform>%n NULL-waarde weggelaten</numerusform>
            <numerusform>%n NULL-waarden weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Moran scatterplot: I = %1 (slope of the red line)</source>
        <translation>Moran-spreidingsdiagram: I = %1 (helling van de rode lijn)</translation>
    </message>
    <message>
        <source>Moran scatterplot of %1</source>
        <translation>Moran-spreidingsdiagram van %1</translation>
    </message>
    <message>
        <source>%1: %2 must end in .png or .svg</source>
        <translation>%1: %2 moet eindigen op .png of .svg</translation>
    </message>
    <message>
        <source>%1: could not write %2</source>
        <translation>%1: kon %2 niet schrijven</translation>
    </message>
    <message>
        <source>Could not reopen %1 to store its style</source>
        <translation>Kon %1 niet opnieuw openen om de stijl op te slaan</translation>
    </message>
    <message>
        <source>Spatial resilience style</source>
        <translation>Stijl Ruimtelijke veerkracht</translation>
    </message>
    <message>
        <source>Could not store the style in %1: %2</source>
        <translation>Kon de stijl niet opslaan in %1: %2</translation>
    </message>
    <message>
        <source>Could not reopen %1 to write its style</source>
        <translation>Kon %1 niet opnieuw openen om de stijl te schrijven</translation>
    </message>
    <message>
        <source>Could not write the style files beside %1</source>
        <translation>Kon de stijlbestanden niet naast %1 schrijven</translation>
    </message>
    <message>
        <source>Language of legends and labels</source>
        <translation>Taal van legenda&apos;s en labels</translation>
    </message>
    <message>
        <source>Style %1 is missing; the output is unstyled</source>
        <translation>Stijl %1 ontbreekt; de uitvoer heeft geen stijl</translation>
    </message>
    <message>
        <source>Style %1 is not valid XML: %2</source>
        <translation>Stijl %1 is geen geldige XML: %2</translation>
    </message>
    <message>
        <source>Could not apply style %1: %2</source>
        <translation>Kon stijl %1 niet toepassen: %2</translation>
    </message>
    <message>
        <source>INPUT %1 has no features with a geometry to map</source>
        <translation>INPUT %1 heeft geen objecten met een geometrie om te karteren</translation>
    </message>
    <message>
        <source>REGION_FIELD: field &apos;%1&apos; does not exist in INPUT %2 (fields: %3)</source>
        <translation>REGION_FIELD: veld &apos;%1&apos; bestaat niet in INPUT %2 (velden: %3)</translation>
    </message>
    <message>
        <source>REGION_FIELD: field &apos;%1&apos; is NULL or empty for every feature of INPUT %2</source>
        <translation>REGION_FIELD: veld &apos;%1&apos; is NULL of leeg voor elk object van INPUT %2</translation>
    </message>
    <message>
        <source>REGIONS: feature %1 cannot be transformed to the CRS of INPUT: %2</source>
        <translation>REGIONS: object %1 kan niet naar het CRS van INPUT worden omgezet: %2</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Regio %1</translation>
    </message>
    <message>
        <source>REGIONS: %1 has no polygons with a geometry</source>
        <translation>REGIONS: %1 heeft geen polygonen met een geometrie</translation>
    </message>
    <message>
        <source>SHOW=%1 needs the field &apos;%2&apos; in INPUT %3 (fields: %4)</source>
        <translation>SHOW=%1 vraagt het veld &apos;%2&apos; in INPUT %3 (velden: %4)</translation>
    </message>
    <message>
        <source>SHOW=%1: every value of the field is NULL (or a no-data code) in %2</source>
        <translation>SHOW=%1: elke waarde van het veld is NULL (of een code voor ontbrekende gegevens) in %2</translation>
    </message>
    <message>
        <source>planar distances in map units (the layer has no CRS; map units are taken as metres)</source>
        <translation>vlakke afstanden in kaarteenheden (de laag heeft geen CRS; kaarteenheden worden als meters genomen)</translation>
    </message>
    <message>
        <source>The layer has no CRS: distances are in its map units, which are taken as metres</source>
        <translation>De laag heeft geen CRS: afstanden zijn in haar kaarteenheden, die als meters worden genomen</translation>
    </message>
    <message>
        <source>The ellipsoid of %1 is unknown; WGS 84 is used</source>
        <translation>De ellipsoïde van %1 is onbekend; WGS 84 wordt gebruikt</translation>
    </message>
    <message>
        <source>ellipsoidal distances in metres on the ellipsoid of %1 (a = %2 m, 1/f = %3)</source>
        <translation>ellipsoïdische afstanden in meters op de ellipsoïde van %1 (a = %2 m, 1/f = %3)</translation>
    </message>
    <message>
        <source>The units of %1 are unknown: they are taken as metres</source>
        <translation>De eenheden van %1 zijn onbekend: ze worden als meters genomen</translation>
    </message>
    <message>
        <source>planar distances in %1 (%2), converted to metres</source>
        <translation>vlakke afstanden in %1 (%2), omgerekend naar meters</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos;: %2 infinite or NaN value(s) are read as NULL (feature ids %3)</source>
        <translation>Veld &apos;%1&apos;: %2 oneindige of NaN-waarde(n) worden als NULL gelezen (object-id&apos;s %3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos;: %2 value(s) at or below -99995 (CBS no-data codes such as -99999997) are read as NULL (feature ids %3)</source>
        <translation>Veld &apos;%1&apos;: %2 waarde(n) op of onder -99995 (CBS-codes voor ontbrekende gegevens zoals -99999997) worden als NULL gelezen (object-id&apos;s %3)</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3 in feature %4; it must not be negative</source>
        <translation>%1: veld &apos;%2&apos; is %3 in object %4; het mag niet negatief zijn</translation>
    </message>
    <message>
        <source>%1: no layer given, or it could not be read</source>
        <translation>%1: geen laag opgegeven, of ze kon niet worden gelezen</translation>
    </message>
    <message>
        <source>%1 must be a %2 layer; %3 has %4 geometries</source>
        <translation>%1 moet een %2laag zijn; %3 heeft %4-geometrieën</translation>
    </message>
    <message>
        <source>%1: could not create layer %2 in %3: %4</source>
        <translation>%1: kon laag %2 niet aanmaken in %3: %4</translation>
    </message>
    <message>
        <source>ROADS: %1 gives no road network (no line features?)</source>
        <translation>ROADS: %1 levert geen wegennet op (geen lijnobjecten?)</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a number</source>
        <translation>%1: %2 &apos;%3&apos; is geen getal</translation>
    </message>
    <message>
        <source>%1 (numerator)</source>
        <translation>%1 (teller)</translation>
    </message>
    <message>
        <source>%1 (denominator)</source>
        <translation>%1 (noemer)</translation>
    </message>
    <message>
        <source>%1 (field)</source>
        <translation>%1 (veld)</translation>
    </message>
    <message>
        <source>%1 has %2 cells, which is not a whole number of rows of %3 columns; give every row all columns (leave unused ones empty)</source>
        <translation>%1 heeft %2 cellen, en dat is geen geheel aantal rijen van %3 kolommen; geef elke rij alle kolommen (laat ongebruikte leeg)</translation>
    </message>
    <message>
        <source>%1 row %2 has %3 cells; at most %4 are expected</source>
        <translation>%1 rij %2 heeft %3 cellen; er worden er hoogstens %4 verwacht</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 rij %2</translation>
    </message>
    <message>
        <source>%1: the field is empty</source>
        <translation>%1: het veld is leeg</translation>
    </message>
    <message>
        <source>%1: indicator &apos;%2&apos; has no domain (e.g. personal, social, environmental)</source>
        <translation>%1: indicator &apos;%2&apos; heeft geen domein (bv. personal, social, environmental)</translation>
    </message>
    <message>
        <source>%1: direction &apos;%2&apos; of indicator &apos;%3&apos; must be + or - (or positive / negative)</source>
        <translation>%1: richting &apos;%2&apos; van indicator &apos;%3&apos; moet + of - zijn (of positive / negative)</translation>
    </message>
    <message>
        <source>%1 lists no indicator: fill in at least field, domain and direction</source>
        <translation>%1 bevat geen indicator: vul minstens veld, domein en richting in</translation>
    </message>
    <message>
        <source>%1 %2, indicator &apos;%3&apos;</source>
        <translation>%1 %2, indicator &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: the domain is empty</source>
        <translation>%1: het domein is leeg</translation>
    </message>
    <message>
        <source>%1: domain &apos;%2&apos; has no weight</source>
        <translation>%1: domein &apos;%2&apos; heeft geen gewicht</translation>
    </message>
    <message>
        <source>%1: the weight of domain &apos;%2&apos; must be a positive number, not %3</source>
        <translation>%1: het gewicht van domein &apos;%2&apos; moet een positief getal zijn, niet %3</translation>
    </message>
    <message>
        <source>%1 is not an enum parameter</source>
        <translation>%1 is geen keuzeparameter</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: &apos;%2&apos; is niet een van %3</translation>
    </message>
    <message>
        <source>Resilience indicators</source>
        <translation>Veerkrachtindicatoren</translation>
    </message>
    <message>
        <source>The indicators of a composite index: field, domain, direction, weight, rate and goalposts per row</source>
        <translation>De indicatoren van een samengestelde index: veld, domein, richting, gewicht, cijfer en doelwaarden per rij</translation>
    </message>
    <message>
        <source>Resilience value field</source>
        <translation>Veerkracht-waardeveld</translation>
    </message>
    <message>
        <source>A numeric field, by default the resilience score</source>
        <translation>Een numeriek veld, standaard de veerkrachtscore</translation>
    </message>
    <message>
        <source>Spatial weights method</source>
        <translation>Methode voor ruimtelijke gewichten</translation>
    </message>
    <message>
        <source>How neighbours are found: queen, rook, knn, distance or kernel</source>
        <translation>Hoe buren worden bepaald: queen, rook, knn, distance of kernel</translation>
    </message>
    <message>
        <source>Random seed (same seed, same p-values, whatever the thread count)</source>
        <translation>Startwaarde (zelfde startwaarde, zelfde p-waarden, ongeacht het aantal threads)</translation>
    </message>
    <message>
        <source>Permutations for pseudo p-values (0 = none)</source>
        <translation>Permutaties voor pseudo-p-waarden (0 = geen)</translation>
    </message>
    <message>
        <source>Multiple testing correction</source>
        <translation>Correctie voor meervoudig toetsen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>False discovery rate (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <source>Bonferroni</source>
        <translation>Bonferroni</translation>
    </message>
    <message>
        <source>Significance level</source>
        <translation>Significantieniveau</translation>
    </message>
    <message>
        <source>Inference: p-values are analytical (normal approximation); with PERMUTATIONS &gt; 0 the values of the other features are also shuffled around each feature (conditional randomisation, as spdep and PySAL) to give a pseudo p-value, reproducible for a SEED on any number of threads. Testing every neighbourhood at 5 % finds about 5 % &apos;significant&apos; ones by chance: CORRECTION=fdr (Benjamini-Hochberg) or bonferroni adjusts the p-values used for the classification; the raw p-values are kept.</source>
        <translation>Inferentie: p-waarden zijn analytisch (normale benadering); met PERMUTATIONS &gt; 0 worden bovendien de waarden van de andere objecten rond elk object door elkaar gehusseld (conditionele randomisatie, zoals in spdep en PySAL) voor een pseudo-p-waarde, reproduceerbaar voor een SEED bij elk aantal threads. Wie elke buurt toetst op 5 %, vindt door toeval ongeveer 5 % &apos;significante&apos; buurten: CORRECTION=fdr (Benjamini-Hochberg) of bonferroni past de p-waarden aan die voor de indeling worden gebruikt; de ruwe p-waarden blijven bewaard.</translation>
    </message>
    <message>
        <source>Queen contiguity</source>
        <translation>Queen-aangrenzing</translation>
    </message>
    <message>
        <source>Rook contiguity</source>
        <translation>Rook-aangrenzing</translation>
    </message>
    <message>
        <source>K nearest neighbours</source>
        <translation>K dichtstbijzijnde buren</translation>
    </message>
    <message>
        <source>Distance band</source>
        <translation>Afstandsband</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>%1 invalid geometries were repaired (GEOS MakeValid): %2</source>
        <translation>%1 ongeldige geometrieën zijn hersteld (GEOS MakeValid): %2</translation>
    </message>
    <message>
        <source>%1 features have no geometry and are islands: %2</source>
        <translation>%1 objecten hebben geen geometrie en zijn eilanden: %2</translation>
    </message>
    <message>
        <source>%1 invalid geometries kept no area after repair and are islands: %2</source>
        <translation>%1 ongeldige geometrieën hielden na herstel geen oppervlak over en zijn eilanden: %2</translation>
    </message>
    <message>
        <source>Weights: %1 features, %2 links, neighbours min %3 / mean %4 / max %5, %6 connected component(s)%7</source>
        <translation>Gewichten: %1 objecten, %2 verbindingen, buren min %3 / gemiddeld %4 / max %5, %6 samenhangende component(en)%7</translation>
    </message>
    <message>
        <source>, not symmetric</source>
        <translation>, niet symmetrisch</translation>
    </message>
    <message>
        <source>%1 island(s) without neighbours (their results are NULL; ISLANDS=attach links each to its nearest feature): %2</source>
        <translation>%1 eiland(en) zonder buren (hun resultaten zijn NULL; ISLANDS=attach verbindt elk met het dichtstbijzijnde object): %2</translation>
    </message>
    <message>
        <source>WEIGHTS_FILE: %1 is neither a .gal nor a .gwt file</source>
        <translation>WEIGHTS_FILE: %1 is geen .gal- en geen .gwt-bestand</translation>
    </message>
    <message>
        <source>Neighbours (K, for knn and kernel)</source>
        <translation>Buren (K, voor knn en kernel)</translation>
    </message>
    <message>
        <source>Distance band in metres (0 = smallest band giving every feature a neighbour)</source>
        <translation>Afstandsband in meters (0 = kleinste band die elk object een buur geeft)</translation>
    </message>
    <message>
        <source>Kernel function</source>
        <translation>Kernelfunctie</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussisch</translation>
    </message>
    <message>
        <source>Bisquare</source>
        <translation>Bisquare</translation>
    </message>
    <message>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Driehoekig</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniform</translation>
    </message>
    <message>
        <source>Kernel bandwidth in metres (0 = from K)</source>
        <translation>Bandbreedte van de kernel in meters (0 = uit K)</translation>
    </message>
    <message>
        <source>Adaptive kernel bandwidth (distance to the K-th neighbour)</source>
        <translation>Adaptieve bandbreedte (afstand tot de K-de buur)</translation>
    </message>
    <message>
        <source>Kernel weights include the feature itself</source>
        <translation>Kernelgewichten tellen het object zelf mee</translation>
    </message>
    <message>
        <source>Contiguity tolerance in map units (empty = automatic, 0 = exact shared vertices)</source>
        <translation>Tolerantie voor aangrenzing in kaarteenheden (leeg = automatisch, 0 = exact gedeelde hoekpunten)</translation>
    </message>
    <message>
        <source>Representative points for distances</source>
        <translation>Representatieve punten voor afstanden</translation>
    </message>
    <message>
        <source>Islands (features without neighbours)</source>
        <translation>Eilanden (objecten zonder buren)</translation>
    </message>
    <message>
        <source>Keep and report</source>
        <translation>Behouden en melden</translation>
    </message>
    <message>
        <source>Attach to the nearest feature</source>
        <translation>Aan het dichtstbijzijnde object koppelen</translation>
    </message>
    <message>
        <source>Row-standardise the weights</source>
        <translation>Gewichten per rij standaardiseren</translation>
    </message>
    <message>
        <source>Weights file (GAL or GWT; replaces the choices above)</source>
        <translation>Gewichtenbestand (GAL of GWT; vervangt de keuzes hierboven)</translation>
    </message>
    <message>
        <source>Weights files (*.gal *.gwt *.GAL *.GWT)</source>
        <translation>Gewichtenbestanden (*.gal *.gwt *.GAL *.GWT)</translation>
    </message>
    <message>
        <source>Feature id field for weights files</source>
        <translation>Id-veld voor gewichtenbestanden</translation>
    </message>
    <message>
        <source>ID_FIELD: field &apos;%1&apos; does not exist in %2</source>
        <translation>ID_FIELD: veld &apos;%1&apos; bestaat niet in %2</translation>
    </message>
    <message>
        <source>ID_FIELD: the value &apos;%1&apos; of field &apos;%2&apos; appears in features %3 and %4 of %5; weights file ids must be unique</source>
        <translation>ID_FIELD: de waarde &apos;%1&apos; van veld &apos;%2&apos; komt voor in de objecten %3 en %4 van %5; id&apos;s in een gewichtenbestand moeten uniek zijn</translation>
    </message>
    <message>
        <source>weights file %1</source>
        <translation>gewichtenbestand %1</translation>
    </message>
    <message>
        <source>Weights: the same polygons as the previous step&apos;s; its weights are reused</source>
        <translation>Gewichten: dezelfde polygonen als in de vorige stap; die gewichten worden hergebruikt</translation>
    </message>
    <message>
        <source>%1 contiguity, tolerance %2</source>
        <translation>%1-aangrenzing, tolerantie %2</translation>
    </message>
    <message>
        <source>K: %1 neighbours asked, but the layer has only %2 features</source>
        <translation>K: %1 buren gevraagd, maar de laag heeft maar %2 objecten</translation>
    </message>
    <message>
        <source>%1 nearest neighbours</source>
        <translation>%1 dichtstbijzijnde buren</translation>
    </message>
    <message>
        <source>distance band %1 map units</source>
        <translation>afstandsband %1 kaarteenheden</translation>
    </message>
    <message>
        <source>%1 kernel, %2 bandwidth, K %3</source>
        <translation>kernel %1, bandbreedte %2, K %3</translation>
    </message>
    <message>
        <source>adaptive</source>
        <translation>adaptief</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>vast</translation>
    </message>
    <message>
        <source>%1 island(s) attached to their nearest feature</source>
        <translation>%1 eiland(en) aan het dichtstbijzijnde object gekoppeld</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Risk hot-spot bin field (risk_bin)</source>
        <translation>Veld met de risicoklasse van de hotspots (risk_bin)</translation>
    </message>
    <message>
        <source>Smallest bin counted as risk hot spot</source>
        <translation>Kleinste klasse die als risicogebied telt</translation>
    </message>
    <message>
        <source>n_hotspots counts the neighbourhoods whose %1 is %2 or more%3</source>
        <translation>n_hotspots telt de buurten waarvan %1 %2 of meer is%3</translation>
    </message>
    <message>
        <source> (risk hot spots)</source>
        <translation> (risicogebieden)</translation>
    </message>
    <message>
        <source>Risk hot spots (%1 values of %2): %3</source>
        <translation>Risicogebieden (%1 waarden van %2): %3</translation>
    </message>
    <message>
        <source>Risk clusters (%1 values of %2, %3): %4</source>
        <translation>Risicoclusters (%1 waarden van %2, %3): %4</translation>
    </message>
    <message>
        <source>Write a spec template to start from (instead of running)</source>
        <translation>Een specificatiesjabloon schrijven om mee te beginnen (in plaats van uitvoeren)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Give SPEC to run a pipeline or TEMPLATE to write a spec to start from, not both</source>
        <translation>Geef SPEC om een monitor uit te voeren of TEMPLATE om een specificatie te schrijven om mee te beginnen, niet allebei</translation>
    </message>
    <message>
        <source>Spec template written to %1: replace the &lt;...&gt; placeholders with your files and fields, then run again with it as SPEC</source>
        <translation>Specificatiesjabloon geschreven naar %1: vervang de plaatshouders &lt;...&gt; door uw bestanden en velden en voer het daarna opnieuw uit met dit bestand als SPEC</translation>
    </message>
    <message>
        <source>SPEC: choose a pipeline spec (JSON), or give TEMPLATE to write one to start from</source>
        <translation>SPEC: kies een monitorspecificatie (JSON), of geef TEMPLATE om er een te schrijven om mee te beginnen</translation>
    </message>
    <message>
        <source>OUTPUT: choose the result GeoPackage</source>
        <translation>OUTPUT: kies de GeoPackage voor de resultaten</translation>
    </message>
    <message>
        <source>TEMPLATE: %1 already exists and is left as it is (it may be a spec you edited); choose a new file name</source>
        <translation>TEMPLATE: %1 bestaat al en blijft ongewijzigd (het kan een specificatie zijn die u hebt bewerkt); kies een nieuwe bestandsnaam</translation>
    </message>
    <message>
        <source>TEMPLATE: cannot write %1: %2</source>
        <translation>TEMPLATE: kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Field the hot spots or clusters were computed on (for the legend)</source>
        <translation>Veld waarop de hotspots of clusters zijn berekend (voor de legenda)</translation>
    </message>
    <message>
        <source>%1 is shown without its stored style: %2</source>
        <translation>%1 wordt getoond zonder de opgeslagen stijl: %2</translation>
    </message>
    <message>
        <source>The risk is at which end of the value field</source>
        <translation>Aan welke kant van het waardeveld zit het risico</translation>
    </message>
    <message>
        <source>Automatic: low for resilience scores (resilience*, score_*), else high</source>
        <translation>Automatisch: laag voor veerkrachtscores (resilience*, score_*), anders hoog</translation>
    </message>
    <message>
        <source>High values (rates, deprivation, crime)</source>
        <translation>Hoge waarden (cijfers, achterstand, criminaliteit)</translation>
    </message>
    <message>
        <source>Low values (resilience and other scores)</source>
        <translation>Lage waarden (veerkracht en andere scores)</translation>
    </message>
    <message>
        <source>RISK says which end of the value field is the risk, so that the map shows risk in red whatever the field: high for a deprivation rate, a share of benefit claimants or crime; low for a resilience score. The default, auto, takes low for the scores this plugin&apos;s composite index writes (fields starting with resilience or score_: higher = more resilient) and high for any other field, and says in the log which it took; choose high or low yourself for a field of your own. The legend names the field and the direction (&quot;Hot spot of low resilience&quot;).</source>
        <translation>RISK geeft aan aan welke kant van het waardeveld het risico zit, zodat de kaart risico in rood toont, welk veld het ook is: hoog voor een achterstandscijfer, een aandeel uitkeringsontvangers of criminaliteit; laag voor een veerkrachtscore. De standaard, auto, neemt laag voor de scores die de samengestelde index van deze plugin schrijft (velden die beginnen met resilience of score_: hoger = veerkrachtiger) en hoog voor elk ander veld, en meldt in het logboek welke het nam; kies zelf high of low voor een eigen veld. De legenda noemt het veld en de richting (&quot;Risicogebied: lage veerkracht&quot;).</translation>
    </message>
    <message>
        <source>RISK: low values of %1 are the risk%2</source>
        <translation>RISK: lage waarden van %1 zijn het risico%2</translation>
    </message>
    <message>
        <source>RISK: high values of %1 are the risk%2</source>
        <translation>RISK: hoge waarden van %1 zijn het risico%2</translation>
    </message>
    <message>
        <source> (auto: a resilience score, higher = more resilient)</source>
        <translation> (auto: een veerkrachtscore, hoger = veerkrachtiger)</translation>
    </message>
    <message>
        <source> (auto: not one of this plugin&apos;s scores; set RISK=low if low values are the risk)</source>
        <translation> (auto: niet een van de scores van deze plugin; zet RISK=low als lage waarden het risico zijn)</translation>
    </message>
    <message>
        <source>Risk flags and stacking (SVI method)</source>
        <translation>Risicovlaggen en stapeling (SVI-methode)</translation>
    </message>
    <message>
        <source>Local Geary clusters, one or several variables</source>
        <translation>Lokale Geary-clusters, één of meer variabelen</translation>
    </message>
    <message>
        <source>Counts where risks pile up: percentile ranks and flags as the CDC Social Vulnerability Index</source>
        <translation>Telt waar risico&apos;s zich opstapelen: percentielrangen en vlaggen zoals de Social Vulnerability Index van de CDC</translation>
    </message>
    <message>
        <source>Finds where several variables cluster together (local Geary)</source>
        <translation>Vindt waar meerdere variabelen samen clusteren (lokale Geary)</translation>
    </message>
    <message>
        <source>Indicator spec file (CSV or JSON; domains are the themes)</source>
        <translation>Indicatorspecificatie (CSV of JSON; de domeinen zijn de thema&apos;s)</translation>
    </message>
    <message>
        <source>Flag at this percentile rank or above (0-1)</source>
        <translation>Vlag vanaf deze percentielrang (0-1)</translation>
    </message>
    <message>
        <source>Round percentile ranks to decimals (empty = full precision)</source>
        <translation>Percentielrangen afronden op decimalen (leeg = volledige precisie)</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Risicovlaggen</translation>
    </message>
    <message>
        <source>Features with 3 or more flags</source>
        <translation>Objecten met 3 of meer vlaggen</translation>
    </message>
    <message>
        <source>Features with a NULL indicator</source>
        <translation>Objecten met een ontbrekende indicator</translation>
    </message>
    <message>
        <source>Value fields (1 or more)</source>
        <translation>Waardevelden (1 of meer)</translation>
    </message>
    <message>
        <source>Local Geary clusters</source>
        <translation>Lokale Geary-clusters</translation>
    </message>
    <message>
        <source>Population at risk (FIELD is then an event count)</source>
        <translation>Populatie (FIELD is dan een aantal gebeurtenissen)</translation>
    </message>
    <message>
        <source>Neighbours&apos; field (bivariate: FIELD against the lag of this field)</source>
        <translation>Veld van de buren (bivariaat: FIELD tegen het gewogen gemiddelde van dit veld bij de buren)</translation>
    </message>
    <message>
        <source>Stacking class field (resilience:riskflags)</source>
        <translation>Veld met de stapelingsklasse (resilience:riskflags)</translation>
    </message>
    <message>
        <source>Site selection (where to start)</source>
        <translation>Locatiekeuze (waar te beginnen)</translation>
    </message>
    <message>
        <source>Chooses the K sites that reach the most people at risk</source>
        <translation>Kiest de K locaties die de meeste kwetsbare inwoners bereiken</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Need per inhabitant, e.g. 100 - resilience (1 when empty)</source>
        <translation>Behoefte per inwoner, bijv. 100 - veerkracht (1 indien leeg)</translation>
    </message>
    <message>
        <source>Candidate sites (points)</source>
        <translation>Kandidaatlocaties (punten)</translation>
    </message>
    <message>
        <source>Candidate id field</source>
        <translation>Id-veld van de kandidaten</translation>
    </message>
    <message>
        <source>Existing sites that already serve (points)</source>
        <translation>Bestaande locaties die al bedienen (punten)</translation>
    </message>
    <message>
        <source>Number of sites to choose (K)</source>
        <translation>Aantal te kiezen locaties (K)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Maximal coverage: most demand within DISTANCE</source>
        <translation>Maximale dekking: de meeste vraag binnen DISTANCE</translation>
    </message>
    <message>
        <source>p-median: least demand-weighted distance to the nearest site</source>
        <translation>p-mediaan: de kleinste vraaggewogen afstand tot de dichtstbijzijnde locatie</translation>
    </message>
    <message>
        <source>Time limit for the exact solve (seconds)</source>
        <translation>Tijdslimiet voor de exacte oplossing (seconden)</translation>
    </message>
    <message>
        <source>Chosen sites</source>
        <translation>Gekozen locaties</translation>
    </message>
    <message>
        <source>Neighbourhoods and their sites</source>
        <translation>Buurten en hun locaties</translation>
    </message>
    <message>
        <source>Summarises neighbourhood results per region, as the monitor reports buurt -&gt; wijk -&gt; gemeente -&gt; regio -&gt; provincie.

Regions come either from a REGIONS polygon layer (each neighbourhood belongs to the region containing its point on surface; the output has the regions&apos; polygons and fields) or from REGION_FIELD, a field of INPUT such as a municipality code (one output feature per value, with the union of its neighbourhoods as geometry). Give exactly one of the two.

Fields per region: n_areas (neighbourhoods), n_scored (neighbourhoods in the mean), population (sum of POPULATION), score_mean_w (population-weighted mean of SCORE_FIELD, sum P_i s_i / sum P_i; a plain mean without POPULATION), score_min, score_max, share_lowest_class (population share, or share of neighbourhoods without POPULATION, whose CLASS_FIELD equals LOWEST_CLASS, default 1) and n_hotspots (neighbourhoods whose HOTSPOT_FIELD is at least HOTSPOT_MIN_BIN) and share_stacked (population share, or share of neighbourhoods, living with stacked risks: STACKING_FIELD, resilience:riskflags&apos; stacking_class, is &apos;3 or more flags&apos;; the monitor&apos;s &apos;10-30 % of residents&apos;).

n_hotspots counts risk hot spots: HOTSPOT_FIELD defaults to risk_bin, which resilience:hotspots writes turned towards the risk (+3, +2, +1 = risk hot spot at 99, 95, 90 % confidence; for a resilience score, clusters of LOW resilience), so the default HOTSPOT_MIN_BIN 2 counts risk hot spots at 95 % confidence or more. Choose gi_bin to count clusters of high values whatever they mean.

NULLs: a neighbourhood with a NULL score is left out of the mean, min and max; one with a NULL population is left out of the population, the mean and the class share (its score still counts for min and max). Both are counted in the log, as are neighbourhoods in no region. A neighbourhood whose stacking is Undefined (an indicator missing and fewer than 3 flags) is left out of share_stacked and counted in the log. When the default CLASS_FIELD (resilience_class), HOTSPOT_FIELD (risk_bin) or STACKING_FIELD (stacking_class) is not a field of INPUT, that summary is left NULL.</source>
        <translation>Vat buurtresultaten per regio samen, zoals de monitor rapporteert van buurt -&gt; wijk -&gt; gemeente -&gt; regio -&gt; provincie.

Regio&apos;s komen uit een polygoonlaag REGIONS (elke buurt hoort bij de regio die haar punt op het oppervlak bevat; de uitvoer heeft de polygonen en velden van de regio&apos;s) of uit REGION_FIELD, een veld van INPUT zoals een gemeentecode (één uitvoerobject per waarde, met de vereniging van de buurten als geometrie). Geef precies één van beide.

Velden per regio: n_areas (buurten), n_scored (buurten in het gemiddelde), population (som van POPULATION), score_mean_w (met de bevolking gewogen gemiddelde van SCORE_FIELD, som P_i s_i / som P_i; een gewoon gemiddelde zonder POPULATION), score_min, score_max, share_lowest_class (aandeel van de bevolking, of zonder POPULATION het aandeel van de buurten, waarvan CLASS_FIELD gelijk is aan LOWEST_CLASS, standaard 1), n_hotspots (buurten waarvan HOTSPOT_FIELD minstens HOTSPOT_MIN_BIN is) en share_stacked (aandeel van de bevolking, of van de buurten, dat met een stapeling van risico&apos;s leeft: STACKING_FIELD, de stacking_class van resilience:riskflags, is &apos;3 or more flags&apos;; de &apos;10-30 % van de bewoners&apos; van de monitor).

n_hotspots telt risicogebieden: HOTSPOT_FIELD is standaard risk_bin, dat resilience:hotspots naar het risico gedraaid schrijft (+3, +2, +1 = risicogebied met 99, 95, 90 % betrouwbaarheid; voor een veerkrachtscore clusters van LAGE veerkracht), dus de standaard HOTSPOT_MIN_BIN 2 telt risicogebieden met 95 % betrouwbaarheid of meer. Kies gi_bin om clusters van hoge waarden te tellen, wat die ook betekenen.

NULL-waarden: een buurt met een score NULL blijft buiten het gemiddelde, het minimum en het maximum; een buurt met een bevolking NULL blijft buiten de bevolking, het gemiddelde en het klasseaandeel (haar score telt nog mee voor minimum en maximum). Beide worden in het logboek geteld, net als buurten in geen enkele regio. Een buurt waarvan de stapeling Undefined is (een indicator ontbreekt en er zijn minder dan 3 vlaggen) blijft buiten share_stacked en wordt in het logboek geteld. Als de standaard CLASS_FIELD (resilience_class), HOTSPOT_FIELD (risk_bin) of STACKING_FIELD (stacking_class) geen veld van INPUT is, blijft die samenvatting NULL.</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; does not exist in %3</source>
        <translation>%1: veld &apos;%2&apos; bestaat niet in %3</translation>
    </message>
    <message>
        <source>%1 neighbourhood(s) whose %2 is Undefined, NULL or not a stacking class were left out of share_stacked</source>
        <translation>%1 buurt(en) waarvan %2 Undefined, NULL of geen stapelingsklasse is, zijn buiten share_stacked gelaten</translation>
    </message>
    <message>
        <source>Change between two years</source>
        <translation>Verandering tussen twee jaren</translation>
    </message>
    <message>
        <source>Where is it getting worse? Compares two years&apos; scores that are on one scale: for a composite index, score the later year on the first year&apos;s BASELINE (resilience:compositeindex), join the two outputs and give their resilience fields as FIELD_BEFORE and FIELD_AFTER. Scores normalised again each year are not comparable.

Fields added: change (after - before), change_pct (100 x change / |before|; NULL where before is 0), rank_before and rank_after (1 = lowest score, over the features with both years; ties share the lowest rank), rank_change (after - before: positive = moved up) and change_class: Clearly worse, Worse within uncertainty, Stable, Better within uncertainty, Clearly better, or Undefined where a score is NULL.

Uncertainty: LOWER_BEFORE, UPPER_BEFORE, LOWER_AFTER and UPPER_AFTER are optional fields holding each score&apos;s interval on the scores&apos; own scale (for ranks: the composite index&apos;s rank_p05 and rank_p95 from its UNCERTAINTY_RUNS, with FIELD_BEFORE and FIELD_AFTER = resilience_rank). A change is &apos;clearly&apos; worse or better when the two intervals do not overlap, otherwise &apos;within uncertainty&apos;. Without bounds an interval is the score itself, so every change beyond STABLE_MARGIN counts as clear. A change of at most STABLE_MARGIN (default 0) is Stable. A score outside its own bounds is an error naming the feature.

Worse means towards the risk end of FIELD_AFTER: a decrease of a resilience score, an increase of a deprivation rate. The map draws worse in red and better in blue (ColorBrewer RdBu).

</source>
        <translation>Waar wordt het slechter? Vergelijkt de scores van twee jaren die op één schaal liggen: bereken voor een samengestelde index het latere jaar op de BASELINE van het eerste jaar (resilience:compositeindex), koppel de twee uitvoerlagen en geef hun veerkrachtvelden als FIELD_BEFORE en FIELD_AFTER. Scores die elk jaar opnieuw genormaliseerd zijn, zijn niet vergelijkbaar.

Toegevoegde velden: change (na - voor), change_pct (100 x verandering / |voor|; NULL waar voor 0 is), rank_before en rank_after (1 = laagste score, over de objecten met beide jaren; gelijke scores delen de laagste rang), rank_change (na - voor: positief = gestegen) en change_class: Clearly worse, Worse within uncertainty, Stable, Better within uncertainty, Clearly better, of Undefined waar een score NULL is.

Onzekerheid: LOWER_BEFORE, UPPER_BEFORE, LOWER_AFTER en UPPER_AFTER zijn optionele velden met het interval van elke score op de eigen schaal van de scores (voor rangen: rank_p05 en rank_p95 van de samengestelde index uit haar UNCERTAINTY_RUNS, met FIELD_BEFORE en FIELD_AFTER = resilience_rank). Een verandering is &apos;duidelijk&apos; slechter of beter als de twee intervallen niet overlappen, anders &apos;binnen de onzekerheid&apos;. Zonder grenzen is een interval de score zelf, zodat elke verandering groter dan STABLE_MARGIN als duidelijk telt. Een verandering van hoogstens STABLE_MARGIN (standaard 0) is Stable. Een score buiten de eigen grenzen is een fout die het object noemt.

Slechter betekent naar de risicokant van FIELD_AFTER: een daling van een veerkrachtscore, een stijging van een achterstandscijfer. De kaart tekent slechter in rood en beter in blauw (ColorBrewer RdBu).

</translation>
    </message>
    <message>
        <source>Neighbourhoods with the scores of both years</source>
        <translation>Buurten met de scores van beide jaren</translation>
    </message>
    <message>
        <source>Score before (earlier year)</source>
        <translation>Score vóór (eerder jaar)</translation>
    </message>
    <message>
        <source>Score after (later year)</source>
        <translation>Score na (later jaar)</translation>
    </message>
    <message>
        <source>Lower bound of the score before</source>
        <translation>Ondergrens van de score vóór</translation>
    </message>
    <message>
        <source>Upper bound of the score before</source>
        <translation>Bovengrens van de score vóór</translation>
    </message>
    <message>
        <source>Lower bound of the score after</source>
        <translation>Ondergrens van de score na</translation>
    </message>
    <message>
        <source>Upper bound of the score after</source>
        <translation>Bovengrens van de score na</translation>
    </message>
    <message>
        <source>Stable: a change of at most</source>
        <translation>Stabiel: een verandering van hoogstens</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Objecten: %1</translation>
    </message>
    <message>
        <source>&apos;Clearly&apos; means the uncertainty intervals of the two years do not overlap</source>
        <translation>&apos;Duidelijk&apos; betekent dat de onzekerheidsintervallen van de twee jaren niet overlappen</translation>
    </message>
    <message>
        <source>No bounds given: &apos;clearly&apos; means only that the change exceeds the stable margin %1; give LOWER_/UPPER_ fields to judge it against the scores&apos; uncertainty</source>
        <translation>Geen grenzen opgegeven: &apos;duidelijk&apos; betekent alleen dat de verandering de stabiele marge %1 overschrijdt; geef LOWER_-/UPPER_-velden om haar tegen de onzekerheid van de scores af te wegen</translation>
    </message>
    <message>
        <source>%1: %2 feature(s)</source>
        <translation>%1: %2 object(en)</translation>
    </message>
    <message>
        <source>Undefined (a score is NULL): %1 feature(s)</source>
        <translation>Undefined (een score is NULL): %1 object(en)</translation>
    </message>
    <message>
        <source>Combines indicators into one resilience score per feature, following the OECD/JRC Handbook on Constructing Composite Indicators (2008) and the conventions of the R package COINr; ArcGIS Pro&apos;s Calculate Composite Index does the same in outline.

Indicators: the INDICATORS table (columns field, domain, direction, weight; optional numerator, denominator, per for a derived rate numerator / denominator x per, named &apos;field&apos;, e.g. social assistance per 1,000 inhabitants; goal_min, goal_max for goalposts) or SPEC (CSV or JSON with the same columns, see docs/composite_index.md). Give one of the two. Direction &apos;+&apos; means more is more resilient, &apos;-&apos; the reverse. Weights are relative within a domain (empty = 1). Domains are the monitor&apos;s personal, social and environmental resources, weighted equally; DOMAIN_WEIGHTS (domain, weight) changes their weights and declares a domain of your own. An indicator in any other domain is an error, so a typo does not start a new domain. SPEC_OUTPUT saves the spec actually used, to reuse or publish with the map.

Steps: (1) values at or below NODATA (CBS sentinels such as -99999999) become NULL; (2) optional WINSORISE clips outliers at quantiles: 0.05 clips at the 5th and 95th percentile, &apos;0.01;0.9&apos; sets both; (3) NORMALISATION puts indicators on one scale: zscore (x - mean) / sd, minmax 0-100, rank (percentile rank 0-100), robust (x - median) / IQR, goalposts 0-100 between fixed goal_min and goal_max (capped); (4) AGGREGATION per domain and across domains: arithmetic (weighted mean; a weakness is fully compensated by a strength) or geometric (weighted geometric mean; only partly compensated). The geometric mean needs positive values: GEOMETRIC_SHIFT s takes exp(mean log(x + s)) - s, which suits 0-100 scales with s = 1; with zscore or robust use arithmetic. (5) The result is rescaled to 0-100 (goalposts keep their fixed scale).

Missing values: &apos;reweight&apos; averages the indicators present (their weights renormalised) and leaves the index NULL where less than MIN_COVERAGE of the weight is present; &apos;exclude&apos; gives any feature with a NULL indicator no score and leaves it out of the normalisation. Indicators without values or without variation are skipped and reported. Each feature is one observation: when several features share a row (land and water parts of a municipality) each of them counts.

Fields added: score_&lt;domain&gt;, resilience (0-100, higher = more resilient), resilience_rank (1 = lowest), resilience_class (quintile 1-5, 1 = lowest fifth), coverage (share of the index weight present). With UNCERTAINTY_RUNS &gt; 0 every run varies each weight by up to +/- UNCERTAINTY_SHARE and re-ranks (Handbook section 7, COINr get_sensitivity): rank_p05, rank_median and rank_p95 show how firm a rank is; a fixed SEED repeats the result. The log lists every indicator&apos;s share of the weight and the correlations between indicators and with the index (CORRELATIONS writes them as a table): strongly correlated indicators count a theme twice, a negative correlation with the index suggests a wrong direction.

Same scale across years: OUTPUT_BASELINE saves this run&apos;s scale (the spec and options, per indicator the reference mean, sd, min, max, quantiles, goalposts and winsorising bounds, and the 0-100 rescaling and class breaks of the index) as a JSON file. Give that file as BASELINE when scoring a later year: the indicators and options come from the baseline (leave INDICATORS, SPEC and DOMAIN_WEIGHTS empty) and nothing is normalised again, so a change in the score is a change in the indicators. Values outside the baseline&apos;s range are reported, not clipped, and resilience may then leave 0-100; the classes are the baseline&apos;s quintile breaks; ranks are within this year. Scoring the baseline&apos;s own year gives exactly its own output.

The choice of indicators, directions and weights is a value judgement: document it.</source>
        <translation>Combineert indicatoren tot één veerkrachtscore per object, volgens het OECD/JRC Handbook on Constructing Composite Indicators (2008) en de conventies van het R-pakket COINr; Calculate Composite Index van ArcGIS Pro doet in grote lijnen hetzelfde.

Indicatoren: de tabel INDICATORS (kolommen field, domain, direction, weight; optioneel numerator, denominator, per voor een afgeleid cijfer teller / noemer x per, met de naam &apos;field&apos;, bv. bijstand per 1.000 inwoners; goal_min, goal_max voor doelwaarden) of SPEC (CSV of JSON met dezelfde kolommen, zie docs/composite_index.md). Geef één van beide. Richting &apos;+&apos; betekent dat meer veerkrachtiger is, &apos;-&apos; het omgekeerde. Gewichten zijn relatief binnen een domein (leeg = 1). De domeinen zijn de persoonlijke, sociale en omgevingsbronnen van de monitor (personal, social, environmental), even zwaar gewogen; DOMAIN_WEIGHTS (domein, gewicht) verandert hun gewichten en declareert een eigen domein. Een indicator in een ander domein is een fout, zodat een tikfout geen nieuw domein begint. SPEC_OUTPUT slaat de werkelijk gebruikte specificatie op, om te hergebruiken of met de kaart te publiceren.

Stappen: (1) waarden op of onder NODATA (CBS-codes zoals -99999999) worden NULL; (2) het optionele WINSORISE kapt uitschieters af op kwantielen: 0.05 kapt af op het 5e en 95e percentiel, &apos;0.01;0.9&apos; zet beide; (3) NORMALISATION brengt de indicatoren op één schaal: zscore (x - gemiddelde) / sd, minmax 0-100, rank (percentielrang 0-100), robust (x - mediaan) / IKA, goalposts 0-100 tussen vaste goal_min en goal_max (afgekapt); (4) AGGREGATION per domein en over de domeinen: arithmetic (gewogen gemiddelde; een zwakte wordt volledig gecompenseerd door een sterkte) of geometric (gewogen meetkundig gemiddelde; maar deels gecompenseerd). Het meetkundig gemiddelde vraagt positieve waarden: GEOMETRIC_SHIFT s neemt exp(gemiddelde log(x + s)) - s, wat past bij schalen van 0-100 met s = 1; gebruik arithmetic bij zscore of robust. (5) Het resultaat wordt herschaald naar 0-100 (doelwaarden houden hun vaste schaal).

Ontbrekende waarden: &apos;reweight&apos; middelt de aanwezige indicatoren (hun gewichten opnieuw genormaliseerd) en laat de index NULL waar minder dan MIN_COVERAGE van het gewicht aanwezig is; &apos;exclude&apos; geeft een object met een NULL-indicator geen score en laat het buiten de normalisatie. Indicatoren zonder waarden of zonder variatie worden overgeslagen en gemeld. Elk object is één waarneming: als meerdere objecten een rij delen (land- en waterdelen van een gemeente), telt elk ervan mee.

Toegevoegde velden: score_&lt;domain&gt;, resilience (0-100, hoger = veerkrachtiger), resilience_rank (1 = laagste), resilience_class (kwintiel 1-5, 1 = laagste vijfde), coverage (aandeel van het indexgewicht dat aanwezig is). Met UNCERTAINTY_RUNS &gt; 0 varieert elke run elk gewicht tot +/- UNCERTAINTY_SHARE en rangschikt opnieuw (Handbook paragraaf 7, COINr get_sensitivity): rank_p05, rank_median en rank_p95 tonen hoe vast een rang is; een vaste SEED herhaalt het resultaat. Het logboek noemt het aandeel van elke indicator in het gewicht en de correlaties tussen de indicatoren en met de index (CORRELATIONS schrijft ze als tabel): sterk gecorreleerde indicatoren tellen een thema twee keer, een negatieve correlatie met de index wijst op een verkeerde richting.

Dezelfde schaal over de jaren: OUTPUT_BASELINE slaat de schaal van deze run op (de specificatie en opties, per indicator het referentiegemiddelde, sd, min, max, kwantielen, doelwaarden en afkapgrenzen, en de herschaling naar 0-100 en de klassegrenzen van de index) als JSON-bestand. Geef dat bestand als BASELINE bij het berekenen van een later jaar: de indicatoren en opties komen uit de baseline (laat INDICATORS, SPEC en DOMAIN_WEIGHTS leeg) en er wordt niets opnieuw genormaliseerd, zodat een verandering in de score een verandering in de indicatoren is. Waarden buiten het bereik van de baseline worden gemeld, niet afgekapt, en resilience kan dan buiten 0-100 vallen; de klassen zijn de kwintielgrenzen van de baseline; rangen gelden binnen dit jaar. Het jaar van de baseline zelf berekenen geeft precies haar eigen uitvoer.

De keuze van indicatoren, richtingen en gewichten is een waardeoordeel: leg haar vast.</translation>
    </message>
    <message>
        <source>Baseline: score on a reference year&apos;s scale (instead of the indicators)</source>
        <translation>Baseline: score op de schaal van een referentiejaar (in plaats van de indicatoren)</translation>
    </message>
    <message>
        <source>Baseline (*.json *.JSON)</source>
        <translation>Baseline (*.json *.JSON)</translation>
    </message>
    <message>
        <source>Save the baseline (this run&apos;s scale, for later years)</source>
        <translation>De baseline opslaan (de schaal van deze run, voor latere jaren)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>BASELINE carries its own indicators and weights: leave INDICATORS, SPEC and DOMAIN_WEIGHTS empty when scoring on a baseline</source>
        <translation>BASELINE heeft zijn eigen indicatoren en gewichten: laat INDICATORS, SPEC en DOMAIN_WEIGHTS leeg bij scoren op een baseline</translation>
    </message>
    <message>
        <source>BASELINE %1, indicator &apos;%2&apos;</source>
        <translation>BASELINE %1, indicator &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Scoring on the baseline %1 (%2 features scored in its year): %3 normalisation, %4 aggregation, missing values %5; NORMALISATION, WINSORISE, AGGREGATION, GEOMETRIC_SHIFT, MISSING and MIN_COVERAGE come from the baseline</source>
        <translation>Scoren op de baseline %1 (%2 objecten gescoord in haar jaar): normalisatie %3, aggregatie %4, ontbrekende waarden %5; NORMALISATION, WINSORISE, AGGREGATION, GEOMETRIC_SHIFT, MISSING en MIN_COVERAGE komen uit de baseline</translation>
    </message>
    <message>
        <source>No indicators: fill in the INDICATORS table (field, domain, direction, weight), choose a SPEC file or a BASELINE</source>
        <translation>Geen indicatoren: vul de tabel INDICATORS in (veld, domein, richting, gewicht), kies een SPEC-bestand of een BASELINE</translation>
    </message>
    <message>
        <source>indicator values</source>
        <translation>indicatorwaarden</translation>
    </message>
    <message>
        <source>Baseline saved to %1</source>
        <translation>Baseline opgeslagen in %1</translation>
    </message>
    <message>
        <source>Emerging hot spots (space-time Gi* and trend)</source>
        <translation>Opkomende hotspots (ruimte-tijd-Gi* en trend)</translation>
    </message>
    <message>
        <source>Where are hot and cold spots appearing, growing, fading or coming and going? The method of ArcGIS Pro&apos;s Emerging Hot Spot Analysis on neighbourhoods with one value per period.

</source>
        <translation>Waar ontstaan hotspots en coldspots, waar groeien, verdwijnen of komen en gaan ze? De methode van Emerging Hot Spot Analysis van ArcGIS Pro, op buurten met één waarde per periode.

</translation>
    </message>
    <message>
        <source>

For every neighbourhood and period the Getis-Ord Gi* z-score is computed over a space-time neighbourhood: the spatial neighbours (weights parameters) and the neighbourhood itself in this period and in TIME_NEIGHBOURS earlier periods (default 1, as ArcGIS), with the whole space-time cube as the population. TIME_NEIGHBOURS = 0 computes a plain spatial Gi* per period (equal to hotspots and to R spdep localG). A bin is a significant hot (cold) spot when its p-value, after CORRECTION over all bins, is below SIGNIFICANCE (default 0.10: 90 % confidence, as ArcGIS). The Mann-Kendall test of each neighbourhood&apos;s z series (ties handled) gives mk_z and mk_p: a significant upward trend means hot spots intensify.

ehs_category is one of ArcGIS&apos;s 17 categories: New, Consecutive, Intensifying, Persistent, Diminishing, Sporadic, Oscillating and Historical Hot Spot, the same eight Cold Spots, and No Pattern Detected (Undefined when the neighbourhood has no value in any period). Where ArcGIS&apos;s definitions overlap, the state of the final period decides (docs/monitor.md). n_hot and n_cold count the significant periods. ehs_risk_category names the category from the risk end of the values (RISK, below): for a resilience score the cold spots are the risk (&quot;Intensifying Risk Spot&quot;, &quot;New Low-Risk Spot&quot;), and the map draws risk spots in red.

OUTPUT_CUBE (optional) writes the space-time cube as a long table: the neighbourhood&apos;s ID_FIELD value (or its feature id, as feature_fid), period (0-based), period_name, value, gi_z, gi_p, gi_bin (ArcGIS Gi_Bin, -3..3).

</source>
        <translation>

Voor elke buurt en periode wordt de Getis-Ord Gi*-z-score berekend over een ruimte-tijdomgeving: de ruimtelijke buren (parameters voor de gewichten) en de buurt zelf in deze periode en in TIME_NEIGHBOURS eerdere perioden (standaard 1, zoals ArcGIS), met de hele ruimte-tijdkubus als populatie. TIME_NEIGHBOURS = 0 berekent een gewone ruimtelijke Gi* per periode (gelijk aan hotspots en aan R spdep localG). Een cel is een significante hotspot (coldspot) als haar p-waarde, na CORRECTION over alle cellen, onder SIGNIFICANCE ligt (standaard 0.10: 90 % betrouwbaarheid, zoals ArcGIS). De Mann-Kendall-toets op de z-reeks van elke buurt (met gelijke waarden verrekend) geeft mk_z en mk_p: een significante stijgende trend betekent dat hotspots sterker worden.

ehs_category is een van de 17 categorieën van ArcGIS: New, Consecutive, Intensifying, Persistent, Diminishing, Sporadic, Oscillating en Historical Hot Spot, dezelfde acht Cold Spots, en No Pattern Detected (Undefined als de buurt in geen enkele periode een waarde heeft). Waar de definities van ArcGIS overlappen, beslist de toestand in de laatste periode (docs/monitor.md). n_hot en n_cold tellen de significante perioden. ehs_risk_category noemt de categorie vanuit de risicokant van de waarden (RISK, hieronder): voor een veerkrachtscore zijn de coldspots het risico (&quot;Intensifying Risk Spot&quot;, &quot;New Low-Risk Spot&quot;), en de kaart tekent risicoplekken in rood.

OUTPUT_CUBE (optioneel) schrijft de ruimte-tijdkubus als lange tabel: de waarde van ID_FIELD van de buurt (of haar object-id, als feature_fid), period (vanaf 0), period_name, value, gi_z, gi_p, gi_bin (ArcGIS Gi_Bin, -3..3).

</translation>
    </message>
    <message>
        <source>Earlier periods in each space-time neighbourhood</source>
        <translation>Eerdere perioden in elke ruimte-tijdomgeving</translation>
    </message>
    <message>
        <source>Emerging hot spots</source>
        <translation>Opkomende hotspots</translation>
    </message>
    <message>
        <source>Space-time cube (long table)</source>
        <translation>Ruimte-tijdkubus (lange tabel)</translation>
    </message>
    <message>
        <source>Computing space-time Gi*</source>
        <translation>Ruimte-tijd-Gi* wordt berekend</translation>
    </message>
    <message>
        <source>%1 periods, %2 neighbourhoods, space-time neighbourhood of %3 earlier period(s), significance %4%5</source>
        <translation>%1 perioden, %2 buurten, ruimte-tijdomgeving van %3 eerdere periode(n), significantie %4%5</translation>
    </message>
    <message>
        <source>, %1-corrected over all bins</source>
        <translation>, %1-gecorrigeerd over alle cellen</translation>
    </message>
    <message>
        <source>%1 bin(s) have no Gi* (a NULL value or no neighbour): they count as not significant</source>
        <translation>%1 cel(len) hebben geen Gi* (een NULL-waarde of geen buur): ze tellen als niet significant</translation>
    </message>
    <message>
        <source>Tells whether similar values lie near each other across the whole layer: Moran&apos;s I above its expectation -1/(n-1) means neighbours resemble each other (clustering), below it that they differ (a checkerboard). Numbers are identical to R spdep moran.test (Cliff &amp; Ord 1981): the variance, z and p of I under the normality and the randomisation assumption. P_NORMALITY and P_RANDOMISATION are two-sided (as PySAL and ArcGIS); the report also lists spdep&apos;s one-sided &apos;greater&apos; p. With PERMUTATIONS &gt; 0 the values are shuffled over the features (spdep moran.mc) for a folded pseudo p (P_SIM, the smaller tail: compare it with your significance level as it is), reproducible for a SEED.

NULL values are left out (their links dropped, weights standardised afterwards); islands stay in the mean but leave n (spdep adjust.n). A field with the same value everywhere has no I and stops with an error.

Rates: with POPULATION, FIELD is an event count (cases, benefit recipients) and I is computed on the empirical Bayes standardised rates of Assuncao &amp; Reis (1999), z = (rate - b) / sqrt(a + b / population) with the global prior a, b (spdep EBImoran.mc, PySAL esda Moran_Rate): a raw rate of a small population is noisy and would dominate I. Only the permutation test applies then (P_SIM, PERMUTATIONS &gt; 0); the analytical outputs are NULL. A population of 0 leaves the feature out (reported).

SCATTERPLOT (PNG or SVG): the Moran scatterplot (Anselin 1996), each feature&apos;s standardised value against the weighted mean of its neighbours&apos; standardised values; the slope of the red line is I (with row-standardised weights), points top right and bottom left are High-High and Low-Low, the others outliers. OUTPUT_HTML lists every number (plain text for a .txt path).

</source>
        <translation>Geeft aan of vergelijkbare waarden over de hele laag bij elkaar liggen: een Moran&apos;s I boven de verwachting -1/(n-1) betekent dat buren op elkaar lijken (clustering), eronder dat ze verschillen (een dambordpatroon). De getallen zijn gelijk aan die van R spdep moran.test (Cliff &amp; Ord 1981): de variantie, z en p van I onder de aanname van normaliteit en van randomisatie. P_NORMALITY en P_RANDOMISATION zijn tweezijdig (zoals PySAL en ArcGIS); het rapport geeft ook de eenzijdige p &apos;greater&apos; van spdep. Met PERMUTATIONS &gt; 0 worden de waarden over de objecten gehusseld (spdep moran.mc) voor een gevouwen pseudo-p (P_SIM, de kleinste staart: vergelijk die zoals hij is met uw significantieniveau), reproduceerbaar voor een SEED.

NULL-waarden worden weggelaten (hun verbindingen vervallen, de gewichten worden daarna gestandaardiseerd); eilanden blijven in het gemiddelde maar tellen niet mee in n (spdep adjust.n). Een veld met overal dezelfde waarde heeft geen I en stopt met een foutmelding.

Cijfers: met POPULATION is FIELD een aantal gebeurtenissen (gevallen, uitkeringsontvangers) en wordt I berekend op de empirisch-Bayes gestandaardiseerde cijfers van Assuncao &amp; Reis (1999), z = (cijfer - b) / sqrt(a + b / bevolking) met de globale a-priori a, b (spdep EBImoran.mc, PySAL esda Moran_Rate): een ruw cijfer van een kleine bevolking schommelt sterk en zou I overheersen. Dan geldt alleen de permutatietoets (P_SIM, PERMUTATIONS &gt; 0); de analytische uitvoer is NULL. Een bevolking van 0 laat het object weg (gemeld).

SCATTERPLOT (PNG of SVG): het Moran-spreidingsdiagram (Anselin 1996), de gestandaardiseerde waarde van elk object tegen het gewogen gemiddelde van de gestandaardiseerde waarden van zijn buren; de helling van de rode lijn is I (met per rij gestandaardiseerde gewichten), punten rechtsboven en linksonder zijn Hoog-Hoog en Laag-Laag, de andere uitschieters. OUTPUT_HTML geeft elk getal (platte tekst voor een pad op .txt).

</translation>
    </message>
    <message>
        <source>%1 per %2 (EB standardised)</source>
        <translation>%1 per %2 (EB-gestandaardiseerd)</translation>
    </message>
    <message>
        <source>PERMUTATIONS: Moran&apos;s I of empirical Bayes rates is tested by permutation only (spdep EBImoran.mc); give at least 1 (999 is the usual choice)</source>
        <translation>PERMUTATIONS: Moran&apos;s I van empirisch-Bayescijfers wordt alleen met permutaties getoetst (spdep EBImoran.mc); geef er minstens 1 (999 is gebruikelijk)</translation>
    </message>
    <message>
        <source>No pseudo p: every permutation gives the observed I, so I cannot vary (the weights link every feature to every other with equal weights, as a distance band wider than the layer does). P_SIM is left out; use smaller neighbourhoods (WEIGHTS, DISTANCE, K)</source>
        <translation>Geen pseudo-p: elke permutatie geeft de waargenomen I, dus I kan niet variëren (de gewichten verbinden elk object met elk ander met gelijke gewichten, zoals een afstandsband die breder is dan de laag). P_SIM blijft weg; gebruik kleinere buurten (WEIGHTS, DISTANCE, K)</translation>
    </message>
    <message>
        <source>%1: the key &apos;%2&apos; appears twice in %3 (features %4 and %5 in reading order)</source>
        <translation>%1: de sleutel &apos;%2&apos; komt twee keer voor in %3 (objecten %4 en %5 in leesvolgorde)</translation>
    </message>
    <message>
        <source>Harmonise boundaries (areal interpolation)</source>
        <translation>Grenzen harmoniseren (oppervlakte-interpolatie)</translation>
    </message>
    <message>
        <source>Brings values from one boundary vintage to another, so years with different boundaries can be compared (municipal mergers: 393 municipalities in 2015, 342 in 2023; buurt codes change every year). As PySAL tobler&apos;s area_interpolate.

INPUT: the source polygons with their values; TARGET: the polygons to bring them to. EXTENSIVE fields are counts (inhabitants, benefit recipients): a source is split over the targets by the share of its area in each, so counts add up. INTENSIVE fields are rates or means (a percentage, a score): each target gets the area-weighted mean of the sources it overlaps. OUTPUT is TARGET with each field under its own name and coverage, the share of the target&apos;s area covered by sources. A target that takes part of a source with a NULL value gets NULL for that field (an unknown part cannot be split); a target no source reaches gets NULL. The log reports the counts conserved: the sum over the sources, the part of it in the area the targets cover, and the sum over the targets.

Population-weighted: WEIGHT_LAYER (points, or finer polygons such as CBS 100 m squares, taken at a point on their surface) with WEIGHT_FIELD (e.g. inhabitants) splits each source by the share of its weight in each target instead of its area, and averages rates with those weights; coverage is then the share of the target&apos;s weight that lies in a source. A source without weight inside is listed: its counts go nowhere.

Instead of geometry a CROSSWALK table (a conversion table between boundary years, as the Dutch address-weighted omzetmatrices) can give the shares: CROSSWALK_SOURCE_KEY and CROSSWALK_TARGET_KEY match INPUT_KEY and TARGET_KEY, CROSSWALK_SHARE is the share of the source that goes to the target (0-1; each source&apos;s shares should add up to 1, reported otherwise). Rates are then weighted by those shares, and coverage is NULL.

Areas are computed in TARGET&apos;s coordinate system (INPUT is transformed to it); use a projected system (RD New for the Netherlands): on longitude/latitude the areas are in square degrees, which distorts the shares (a warning says so). Invalid polygons are repaired and reported.</source>
        <translation>Brengt waarden van de ene grenzenset naar de andere, zodat jaren met verschillende grenzen vergelijkbaar worden (gemeentelijke herindelingen: 393 gemeenten in 2015, 342 in 2023; buurtcodes veranderen elk jaar). Zoals area_interpolate van PySAL tobler.

INPUT: de bronpolygonen met hun waarden; TARGET: de polygonen waar ze naartoe moeten. EXTENSIVE-velden zijn aantallen (inwoners, uitkeringsontvangers): een bron wordt over de doelen verdeeld naar het aandeel van haar oppervlak in elk doel, zodat aantallen optellen. INTENSIVE-velden zijn cijfers of gemiddelden (een percentage, een score): elk doel krijgt het oppervlaktegewogen gemiddelde van de bronnen die het overlapt. OUTPUT is TARGET met elk veld onder zijn eigen naam en coverage, het aandeel van het doeloppervlak dat door bronnen wordt gedekt. Een doel dat een deel krijgt van een bron met een NULL-waarde, krijgt NULL voor dat veld (een onbekend deel valt niet te verdelen); een doel dat door geen enkele bron wordt bereikt, krijgt NULL. Het logboek meldt de behouden aantallen: de som over de bronnen, het deel daarvan in het gebied dat de doelen dekken, en de som over de doelen.

Bevolkingsgewogen: WEIGHT_LAYER (punten, of fijnere polygonen zoals CBS-vierkanten van 100 m, genomen op een punt op hun oppervlak) met WEIGHT_FIELD (bv. inwoners) verdeelt elke bron naar het aandeel van haar gewicht in elk doel in plaats van haar oppervlak, en middelt cijfers met die gewichten; coverage is dan het aandeel van het gewicht van het doel dat in een bron ligt. Een bron zonder gewicht erin wordt genoemd: haar aantallen gaan nergens heen.

In plaats van de geometrie kan een CROSSWALK-tabel (een omzettabel tussen grenzenjaren, zoals de adresgewogen omzetmatrices) de aandelen geven: CROSSWALK_SOURCE_KEY en CROSSWALK_TARGET_KEY komen overeen met INPUT_KEY en TARGET_KEY, CROSSWALK_SHARE is het aandeel van de bron dat naar het doel gaat (0-1; de aandelen van elke bron horen op te tellen tot 1, anders wordt dat gemeld). Cijfers worden dan met die aandelen gewogen, en coverage is NULL.

Oppervlakten worden berekend in het coördinatensysteem van TARGET (INPUT wordt daarnaar omgezet); gebruik een geprojecteerd systeem (RD New voor Nederland): in lengte/breedte zijn de oppervlakten in vierkante graden, wat de aandelen vertekent (een waarschuwing meldt dat). Ongeldige polygonen worden hersteld en gemeld.</translation>
    </message>
    <message>
        <source>Source polygons (the old boundaries, with the values)</source>
        <translation>Bronpolygonen (de oude grenzen, met de waarden)</translation>
    </message>
    <message>
        <source>Target polygons (the new boundaries)</source>
        <translation>Doelpolygonen (de nieuwe grenzen)</translation>
    </message>
    <message>
        <source>Counts (split by area share)</source>
        <translation>Aantallen (verdeeld naar oppervlakteaandeel)</translation>
    </message>
    <message>
        <source>Rates and means (area-weighted mean)</source>
        <translation>Cijfers en gemiddelden (oppervlaktegewogen gemiddelde)</translation>
    </message>
    <message>
        <source>Weight layer for population-weighted shares (points or polygons)</source>
        <translation>Gewichtenlaag voor bevolkingsgewogen aandelen (punten of polygonen)</translation>
    </message>
    <message>
        <source>Weight field (e.g. inhabitants)</source>
        <translation>Gewichtsveld (bv. inwoners)</translation>
    </message>
    <message>
        <source>Crosswalk table instead of geometry (source key, target key, share)</source>
        <translation>Omzettabel in plaats van geometrie (bronsleutel, doelsleutel, aandeel)</translation>
    </message>
    <message>
        <source>Crosswalk: INPUT&apos;s key</source>
        <translation>Omzettabel: sleutel van INPUT</translation>
    </message>
    <message>
        <source>Crosswalk: TARGET&apos;s key</source>
        <translation>Omzettabel: sleutel van TARGET</translation>
    </message>
    <message>
        <source>Crosswalk: source key field</source>
        <translation>Omzettabel: veld met de bronsleutel</translation>
    </message>
    <message>
        <source>Crosswalk: target key field</source>
        <translation>Omzettabel: veld met de doelsleutel</translation>
    </message>
    <message>
        <source>Crosswalk: share field (0-1)</source>
        <translation>Omzettabel: veld met het aandeel (0-1)</translation>
    </message>
    <message>
        <source>Harmonised</source>
        <translation>Geharmoniseerd</translation>
    </message>
    <message>
        <source>Nothing to harmonise: choose EXTENSIVE (counts) and/or INTENSIVE (rates) fields of INPUT</source>
        <translation>Niets te harmoniseren: kies EXTENSIVE-velden (aantallen) en/of INTENSIVE-velden (cijfers) van INPUT</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is given as EXTENSIVE and as INTENSIVE; a field is either a count or a rate</source>
        <translation>Veld &apos;%1&apos; is opgegeven als EXTENSIVE en als INTENSIVE; een veld is een aantal of een cijfer</translation>
    </message>
    <message>
        <source>TARGET&apos;s field %1 is replaced by the harmonised %1</source>
        <translation>Het veld %1 van TARGET wordt vervangen door het geharmoniseerde %1</translation>
    </message>
    <message>
        <source>Give either a CROSSWALK table or a WEIGHT_LAYER: a crosswalk has its own shares</source>
        <translation>Geef een CROSSWALK-tabel of een WEIGHT_LAYER, niet allebei: een omzettabel heeft haar eigen aandelen</translation>
    </message>
    <message>
        <source>%1 has no features</source>
        <translation>%1 heeft geen objecten</translation>
    </message>
    <message>
        <source>%1: name the key field the CROSSWALK refers to</source>
        <translation>%1: noem het sleutelveld waarnaar de CROSSWALK verwijst</translation>
    </message>
    <message>
        <source>CROSSWALK: give CROSSWALK_SOURCE_KEY, CROSSWALK_TARGET_KEY and CROSSWALK_SHARE, fields of %1</source>
        <translation>CROSSWALK: geef CROSSWALK_SOURCE_KEY, CROSSWALK_TARGET_KEY en CROSSWALK_SHARE, velden van %1</translation>
    </message>
    <message>
        <source>CROSSWALK_SHARE: row %1 (%2 -&gt; %3) has share &apos;%4&apos;; a share lies between 0 and 1</source>
        <translation>CROSSWALK_SHARE: rij %1 (%2 -&gt; %3) heeft aandeel &apos;%4&apos;; een aandeel ligt tussen 0 en 1</translation>
    </message>
    <message>
        <source>CROSSWALK: %1 row(s) name a key that is not in INPUT&apos;s %2 or TARGET&apos;s %3 and are left out (e.g. %4)</source>
        <translation>CROSSWALK: %1 rij(en) noemen een sleutel die niet in %2 van INPUT of %3 van TARGET staat en worden weggelaten (bv. %4)</translation>
    </message>
    <message>
        <source>CROSSWALK: the shares of %1 source(s) do not add up to 1: their counts are not conserved</source>
        <translation>CROSSWALK: de aandelen van %1 bron(nen) tellen niet op tot 1: hun aantallen blijven niet behouden</translation>
    </message>
    <message>
        <source>WEIGHT_FIELD: name the field of WEIGHT_LAYER that holds the weights</source>
        <translation>WEIGHT_FIELD: noem het veld van WEIGHT_LAYER met de gewichten</translation>
    </message>
    <message>
        <source>WEIGHT_LAYER: %1 weight point(s); %2 outside every source, %3 without a weight</source>
        <translation>WEIGHT_LAYER: %1 gewichtspunt(en); %2 buiten elke bron, %3 zonder gewicht</translation>
    </message>
    <message>
        <source>%1 source(s) hold no weight point, so their counts cannot be split and go to no target: feature ids %2</source>
        <translation>%1 bron(nen) bevatten geen gewichtspunt, dus hun aantallen kunnen niet worden verdeeld en gaan naar geen enkel doel: object-id&apos;s %2</translation>
    </message>
    <message>
        <source>TARGET is in longitude/latitude: areas are in square degrees and the shares are distorted; reproject both layers to a projected system (e.g. EPSG:28992) first</source>
        <translation>TARGET is in lengte/breedte: oppervlakten zijn in vierkante graden en de aandelen zijn vertekend; projecteer beide lagen eerst naar een geprojecteerd systeem (bv. EPSG:28992)</translation>
    </message>
    <message>
        <source>Overlaying %1 source and %2 target polygons</source>
        <translation>%1 bron- en %2 doelpolygonen worden over elkaar gelegd</translation>
    </message>
    <message>
        <source>Repaired invalid polygons: %1 in INPUT (feature ids %2), %3 in TARGET (feature ids %4)</source>
        <translation>Ongeldige polygonen hersteld: %1 in INPUT (object-id&apos;s %2), %3 in TARGET (object-id&apos;s %4)</translation>
    </message>
    <message>
        <source>%1 (count): %2 in the sources, %3 of it in the part the targets cover, %4 in the targets%5</source>
        <translation>%1 (aantal): %2 in de bronnen, %3 daarvan in het deel dat de doelen dekken, %4 in de doelen%5</translation>
    </message>
    <message>
        <source> (%1 target(s) NULL: a source they take part of is NULL)</source>
        <translation> (%1 doel(en) NULL: een bron waarvan ze een deel krijgen is NULL)</translation>
    </message>
    <message>
        <source>%1 (rate): %2 target(s) NULL: a source they take part of is NULL</source>
        <translation>%1 (cijfer): %2 doel(en) NULL: een bron waarvan ze een deel krijgen is NULL</translation>
    </message>
    <message>
        <source>%1 target(s) take nothing from any source (NULL): feature ids %2</source>
        <translation>%1 doel(en) krijgen niets van enige bron (NULL): object-id&apos;s %2</translation>
    </message>
    <message>
        <source>%1 source(s) reach no target; their values are not in the output: feature ids %2</source>
        <translation>%1 bron(nen) bereiken geen enkel doel; hun waarden zitten niet in de uitvoer: object-id&apos;s %2</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) have no z-score (NULL, &apos;Not Significant&apos;): their %1 cannot vary, because the feature is linked to every other one (a distance band or bandwidth wider than the layer) or its neighbours&apos; values cannot differ. Use smaller neighbourhoods (WEIGHTS, DISTANCE, K)</source>
        <translation>%1: %2 object(en) hebben geen z-score (NULL, &apos;Not Significant&apos;): hun %1 kan niet variëren, omdat het object met elk ander verbonden is (een afstandsband of bandbreedte die breder is dan de laag) of de waarden van zijn buren niet kunnen verschillen. Gebruik kleinere buurten (WEIGHTS, DISTANCE, K)</translation>
    </message>
    <message>
        <source>DISSOLVE_SHARED_KEYS: no two polygons share a key</source>
        <translation>DISSOLVE_SHARED_KEYS: geen twee polygonen delen een sleutel</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 polygons</source>
        <translation>&apos;%1&apos;: %2 polygonen</translation>
    </message>
    <message>
        <source>DISSOLVE_SHARED_KEYS: %1 polygons that share a key became %2 multipolygons, one per key, with the attributes of the first polygon of each (e.g. %3); %4 features are written</source>
        <translation>DISSOLVE_SHARED_KEYS: %1 polygonen die een sleutel delen zijn %2 multipolygonen geworden, één per sleutel, met de attributen van de eerste polygoon van elk (bv. %3); er worden %4 objecten geschreven</translation>
    </message>
    <message>
        <source>Joins an indicator table (CBS key figures, survey results; CSV, XLSX, ODS, GeoPackage or PostGIS) to neighbourhood polygons (buurten, wijken, gemeenten) by key.

Key matching: &apos;exact&apos; compares keys as written; &apos;trimmed&apos; ignores surrounding spaces and case; &apos;cbs&apos; reads CBS area codes in all their forms, so GM0855, 0855 and 855 are the same municipality, and WK/BU codes (gwb_code_10) match their 6 and 8 digit forms (gwb_code_8).

Numbers written as text are read with Dutch and English conventions: a decimal comma (12,5), thousands separators (1.234.567 or 1,234.5). A column that is numeric apart from no-data markers becomes a numeric field. No-data: terms separated by &apos;;&apos;, either markers (CBS writes &apos;.&apos; for missing, &apos;x&apos; for confidential, &apos;-&apos; for not applicable) or thresholds such as &apos;&lt;=-99995&apos;, which catches the CBS sentinels -99999997 and -99999999. Those values become NULL and are counted.

Duplicate keys in the table are an error, as any polygon could receive either row; polygons that share a key (land and water parts of one municipality) each receive the row; a statistic on the result would count such a municipality twice, so DISSOLVE_SHARED_KEYS makes one multipolygon per key (the attributes of its first polygon). Every input polygon and attribute is kept; the input is never modified. Table rows that match no polygon can be written to the optional UNMATCHED table, with the reason.</source>
        <translation>Koppelt een indicatorentabel (CBS-kerncijfers, enquêteresultaten; CSV, XLSX, ODS, GeoPackage of PostGIS) via een sleutel aan buurtpolygonen (buurten, wijken, gemeenten).

Sleutels vergelijken: &apos;exact&apos; vergelijkt sleutels zoals ze geschreven zijn; &apos;trimmed&apos; negeert omringende spaties en hoofdletters; &apos;cbs&apos; leest CBS-gebiedscodes in al hun vormen, zodat GM0855, 0855 en 855 dezelfde gemeente zijn, en WK-/BU-codes (gwb_code_10) overeenkomen met hun vorm van 6 en 8 cijfers (gwb_code_8).

Getallen die als tekst zijn geschreven worden gelezen volgens Nederlandse en Engelse conventies: een decimale komma (12,5), scheidingstekens voor duizendtallen (1.234.567 of 1,234.5). Een kolom die numeriek is afgezien van codes voor ontbrekende gegevens wordt een numeriek veld. Ontbrekende gegevens: termen gescheiden door &apos;;&apos;, ofwel codes (het CBS schrijft &apos;.&apos; voor ontbrekend, &apos;x&apos; voor geheim, &apos;-&apos; voor niet van toepassing) ofwel drempels zoals &apos;&lt;=-99995&apos;, die de CBS-codes -99999997 en -99999999 vangt. Die waarden worden NULL en worden geteld.

Dubbele sleutels in de tabel zijn een fout, omdat elke polygoon dan elk van beide rijen zou kunnen krijgen; polygonen die een sleutel delen (land- en waterdelen van één gemeente) krijgen elk de rij; een statistiek op het resultaat zou zo&apos;n gemeente dubbel tellen, daarom maakt DISSOLVE_SHARED_KEYS één multipolygoon per sleutel (met de attributen van de eerste polygoon). Elke invoerpolygoon en elk attribuut blijft behouden; de invoer wordt nooit gewijzigd. Tabelrijen die aan geen polygoon gekoppeld zijn, kunnen met de reden naar de optionele tabel UNMATCHED worden geschreven.</translation>
    </message>
    <message>
        <source>Dissolve polygons that share a key into one multipolygon per key (e.g. a municipality&apos;s land and water parts)</source>
        <translation>Polygonen die een sleutel delen samenvoegen tot één multipolygoon per sleutel (bv. de land- en waterdelen van een gemeente)</translation>
    </message>
    <message>
        <source>TABLE: %1 has no rows (only a header, or nothing at all): there is nothing to join</source>
        <translation>TABLE: %1 heeft geen rijen (alleen een kopregel, of helemaal niets): er valt niets te koppelen</translation>
    </message>
    <message>
        <source>%1 is kept as text: %2</source>
        <translation>%1 blijft tekst: %2</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 keer)</translation>
    </message>
    <message>
        <source>GEOS (through GDAL) could not use a geometry: %1</source>
        <translation>GEOS (via GDAL) kon een geometrie niet gebruiken: %1</translation>
    </message>
    <message>
        <source>GDAL error: %1</source>
        <translation>GDAL-fout: %1</translation>
    </message>
    <message>
        <source>GDAL warning: %1</source>
        <translation>GDAL-waarschuwing: %1</translation>
    </message>
    <message>
        <source>LISA Markov (cluster transitions over time)</source>
        <translation>LISA Markov (overgangen tussen clusters in de tijd)</translation>
    </message>
    <message>
        <source>Do neighbourhoods stay in their cluster, or move? Every neighbourhood sits in a quadrant of the Moran scatterplot in each period: HH (high value among high neighbours), LH, LL or HL. This counts the moves between consecutive periods, as PySAL giddy&apos;s LISA_Markov (Rey, Murray &amp; Anselin 2011).

</source>
        <translation>Blijven buurten in hun cluster, of verschuiven ze? Elke buurt ligt in elke periode in een kwadrant van het Moran-spreidingsdiagram: HH (hoge waarde tussen hoge buren), LH, LL of HL. Dit telt de verschuivingen tussen opeenvolgende perioden, zoals LISA_Markov van PySAL giddy (Rey, Murray &amp; Anselin 2011).

</translation>
    </message>
    <message>
        <source>

QUADRANTS: pysal (default; z = value - mean and its spatial lag compared with 0, as PySAL and GeoDa) or spdep (value against its mean, lag against the mean of the lags). PERMUTATIONS = 0 counts every neighbourhood by its quadrant; &gt; 0 counts a move only when the local Moran is significant (pseudo p &lt;= SIGNIFICANCE) in both periods, as giddy&apos;s significant moves. Weights are row-standardised, as giddy.

Results: TRANSITIONS, the 16 counts row by row (from HH, LH, LL, HL to HH, LH, LL, HL), PROBABILITIES (each row divided by its sum; NA for a state never left) and STEADY_STATE, the long-run share of each quadrant if the probabilities held (NA without a unique one). OUTPUT adds lm_path (e.g. &quot;HH&gt;HH&gt;LL&quot;; NA for a NULL value or an island) and lm_moves (moves to another quadrant). OUTPUT_TABLE lists from, to, count, probability.

Spatial Markov (Rey 2001): values and their spatial lags are put in SPATIAL_CLASSES quantile classes (default 5, pooled over all periods; class 1 = lowest), and the class moves are counted separately for each class of the neighbours&apos; lag: does a poor neighbourhood among poor neighbours stay poor more often? OUTPUT_SPATIAL lists lag_class, from_class, to_class, count, probability.

</source>
        <translation>

QUADRANTS: pysal (standaard; z = waarde - gemiddelde en de ruimtelijke lag ervan vergeleken met 0, zoals PySAL en GeoDa) of spdep (waarde tegen haar gemiddelde, lag tegen het gemiddelde van de lags). PERMUTATIONS = 0 telt elke buurt naar haar kwadrant; &gt; 0 telt een verschuiving alleen als de lokale Moran in beide perioden significant is (pseudo-p &lt;= SIGNIFICANCE), zoals de significante verschuivingen van giddy. De gewichten worden per rij gestandaardiseerd, zoals in giddy.

Resultaten: TRANSITIONS, de 16 aantallen rij voor rij (van HH, LH, LL, HL naar HH, LH, LL, HL), PROBABILITIES (elke rij gedeeld door haar som; NA voor een toestand die nooit wordt verlaten) en STEADY_STATE, het aandeel van elk kwadrant op lange termijn als de kansen zouden blijven gelden (NA als er geen unieke is). OUTPUT voegt lm_path toe (bv. &quot;HH&gt;HH&gt;LL&quot;; NA voor een NULL-waarde of een eiland) en lm_moves (verschuivingen naar een ander kwadrant). OUTPUT_TABLE geeft from, to, count, probability.

Ruimtelijke Markov (Rey 2001): waarden en hun ruimtelijke lags worden ingedeeld in SPATIAL_CLASSES kwantielklassen (standaard 5, samen over alle perioden; klasse 1 = laagste), en de verschuivingen tussen klassen worden apart geteld voor elke klasse van de lag van de buren: blijft een arme buurt tussen arme buren vaker arm? OUTPUT_SPATIAL geeft lag_class, from_class, to_class, count, probability.

</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>Kwadranten</translation>
    </message>
    <message>
        <source>PySAL / GeoDa (signs of z and of its lag)</source>
        <translation>PySAL / GeoDa (tekens van z en van de lag ervan)</translation>
    </message>
    <message>
        <source>spdep (value and lag against their means)</source>
        <translation>spdep (waarde en lag tegen hun gemiddelden)</translation>
    </message>
    <message>
        <source>Permutations (0 = count every neighbourhood)</source>
        <translation>Permutaties (0 = elke buurt tellen)</translation>
    </message>
    <message>
        <source>Significance level (with permutations)</source>
        <translation>Significantieniveau (met permutaties)</translation>
    </message>
    <message>
        <source>Spatial Markov: quantile classes (0 = none)</source>
        <translation>Ruimtelijke Markov: kwantielklassen (0 = geen)</translation>
    </message>
    <message>
        <source>LISA Markov paths</source>
        <translation>LISA Markov-paden</translation>
    </message>
    <message>
        <source>Transition table</source>
        <translation>Overgangstabel</translation>
    </message>
    <message>
        <source>Spatial Markov table</source>
        <translation>Tabel ruimtelijke Markov</translation>
    </message>
    <message>
        <source>Transition counts, row-major (HH, LH, LL, HL)</source>
        <translation>Aantallen overgangen, rij voor rij (HH, LH, LL, HL)</translation>
    </message>
    <message>
        <source>Transition probabilities, row-major</source>
        <translation>Overgangskansen, rij voor rij</translation>
    </message>
    <message>
        <source>Steady state (HH, LH, LL, HL)</source>
        <translation>Evenwichtstoestand (HH, LH, LL, HL)</translation>
    </message>
    <message>
        <source>ROW_STANDARDISE: LISA Markov uses row-standardised weights, as PySAL giddy; leave it on</source>
        <translation>ROW_STANDARDISE: LISA Markov gebruikt per rij gestandaardiseerde gewichten, zoals PySAL giddy; laat het aan staan</translation>
    </message>
    <message>
        <source>SPATIAL_CLASSES: one class has no transitions; use 2 or more, or 0</source>
        <translation>SPATIAL_CLASSES: één klasse heeft geen overgangen; gebruik 2 of meer, of 0</translation>
    </message>
    <message>
        <source>Local Moran per period</source>
        <translation>Lokale Moran per periode</translation>
    </message>
    <message>
        <source>Transitions over %1 periods (rows from, columns to; %2):</source>
        <translation>Overgangen over %1 perioden (rijen van, kolommen naar; %2):</translation>
    </message>
    <message>
        <source>significant local Moran in both periods only</source>
        <translation>alleen significante lokale Moran in beide perioden</translation>
    </message>
    <message>
        <source>every neighbourhood</source>
        <translation>elke buurt</translation>
    </message>
    <message>
        <source>No steady state: a quadrant is never left or the chain splits into separate parts</source>
        <translation>Geen evenwichtstoestand: een kwadrant wordt nooit verlaten of de keten valt in losse delen uiteen</translation>
    </message>
    <message>
        <source>Steady state: HH %1, LH %2, LL %3, HL %4</source>
        <translation>Evenwichtstoestand: HH %1, LH %2, LL %3, HL %4</translation>
    </message>
    <message>
        <source>Local Geary&apos;s c (Anselin 2019) measures how much a neighbourhood differs from its neighbours: every field in FIELDS is standardised (z-scores, sd with n - 1) and c_i = (1/k) sum over the k fields of sum_j w_ij (z_i - z_j)^2. A small c means the neighbourhood resembles its surroundings on all fields at once (positive association), a large one that it differs (negative association). With the three resource domains as FIELDS it shows where they cluster together. Numbers are identical to R spdep localC; pseudo p-values follow localC_perm (conditional permutations; local Geary has no analytical p, so PERMUTATIONS must be at least 1, 999 by default).

Fields: lg_c, lg_p_sim (folded pseudo p), lg_p_adj (after CORRECTION) and lg_cluster. A significant neighbourhood is positively associated when c is below its expectation under the permutations, E[c_i] = W_i (1 + mean z_i^2 n/(n-1)), negatively otherwise (GeoDa&apos;s local Geary cluster map). One field: High-High, Low-Low (value and the neighbours&apos; mean on the same side), Other positive, or Negative; several fields: Positive association or Negative association. Not significant otherwise; Undefined where a field is NULL (the feature is left out of every field&apos;s mean and sd) or the feature has no neighbour.

</source>
        <translation>Lokale Geary&apos;s c (Anselin 2019) meet hoeveel een buurt van haar buren verschilt: elk veld in FIELDS wordt gestandaardiseerd (z-scores, sd met n - 1) en c_i = (1/k) som over de k velden van som_j w_ij (z_i - z_j)^2. Een kleine c betekent dat de buurt op alle velden tegelijk op haar omgeving lijkt (positieve samenhang), een grote dat ze verschilt (negatieve samenhang). Met de drie domeinen van bronnen als FIELDS toont het waar ze samen clusteren. De getallen zijn gelijk aan die van R spdep localC; pseudo-p-waarden volgen localC_perm (conditionele permutaties; lokale Geary heeft geen analytische p, dus PERMUTATIONS moet minstens 1 zijn, standaard 999).

Velden: lg_c, lg_p_sim (gevouwen pseudo-p), lg_p_adj (na CORRECTION) en lg_cluster. Een significante buurt heeft een positieve samenhang als c onder de verwachting onder de permutaties ligt, E[c_i] = W_i (1 + gemiddelde z_i^2 n/(n-1)), anders een negatieve (de lokale Geary-clusterkaart van GeoDa). Eén veld: High-High, Low-Low (waarde en gemiddelde van de buren aan dezelfde kant), Other positive, of Negative; meerdere velden: Positive association of Negative association. Anders Not significant; Undefined waar een veld NULL is (het object blijft buiten het gemiddelde en de sd van elk veld) of het object geen buur heeft.

</translation>
    </message>
    <message>
        <source>FIELDS: choose at least one numeric field</source>
        <translation>FIELDS: kies minstens één numeriek veld</translation>
    </message>
    <message>
        <source>PERMUTATIONS: local Geary has no analytical p-value; give at least 1 permutation (999 is the usual choice)</source>
        <translation>PERMUTATIONS: lokale Geary heeft geen analytische p-waarde; geef minstens 1 permutatie (999 is gebruikelijk)</translation>
    </message>
    <message>
        <source>Local Geary&apos;s c over %1 field(s): %2 of %3 features computed (%4 with a NULL value, %5 islands); clusters: %6</source>
        <translation>Lokale Geary&apos;s c over %1 veld(en): %2 van %3 objecten berekend (%4 met een NULL-waarde, %5 eilanden); clusters: %6</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I (Anselin 1995) compares each neighbourhood&apos;s value with the weighted mean of its neighbours: High-High and Low-Low clusters are neighbourhoods that resemble their surroundings, High-Low and Low-High outliers differ from them. Numbers are identical to R spdep localmoran; pseudo p-values follow localmoran_perm (conditional permutations, 999 by default).

VARIANCE: conditional (spdep&apos;s default since 1.2, Sokal et al. 1998) or total randomisation (Anselin 1995).

Fields: lisa_i, lisa_ei, lisa_vi, lisa_z, lisa_p (analytical, two-sided), lisa_p_sim (pseudo p), lisa_p_adj (after CORRECTION), lisa_q (quadrant of the Moran scatterplot, against the means) and lisa_cluster (High-High, Low-Low, High-Low, Low-High when significant, else Not significant; Undefined for NULL values and islands). Clusters use the pseudo p when permutations are run.

Risk fields: risk_cluster names the cluster by the risk (Risk cluster, Low-risk cluster, Risk outlier, Low-risk outlier, Not significant, Undefined): with RISK=high High-High is the risk cluster, with RISK=low Low-Low is. risk_cluster_class says it in the LANGUAGE chosen, with the quadrant (&quot;Risk cluster (Low-Low)&quot;, &quot;Risicocluster (Laag-Laag)&quot;). The output is drawn by risk_cluster: risk clusters red, whichever end is the risk; lisa_cluster keeps GeoDa&apos;s names.

Rates: with POPULATION, FIELD is an event count and the statistic is computed on the empirical Bayes standardised rates of Assuncao &amp; Reis (1999) (PySAL esda Moran_Local_Rate; the rates of resilience:globalmoran with POPULATION), so that small populations with noisy rates do not make clusters; a population of 0 gives Undefined.

Bivariate: with FIELD_LAG the statistic is FIELD&apos;s standardised value times the spatial lag of FIELD_LAG&apos;s standardised value (spdep localmoran_bv, GeoDa&apos;s bivariate LISA; PySAL esda Moran_Local_BV divides by n instead of n - 1 when standardising, so its lisa_i is n/(n-1) times ours, with the same p-values and clusters): High-Low is a high FIELD among neighbours with a low FIELD_LAG, for example low resilience next to poor library access. Inference by conditional permutation only (lisa_ei, lisa_vi, lisa_z and lisa_p are not written); a feature with either value NULL is Undefined. RISK names the risk end of FIELD, as in the univariate case.

</source>
        <translation>Lokale Moran&apos;s I (Anselin 1995) vergelijkt de waarde van elke buurt met het gewogen gemiddelde van haar buren: clusters Hoog-Hoog en Laag-Laag zijn buurten die op hun omgeving lijken, uitschieters Hoog-Laag en Laag-Hoog verschillen ervan. De getallen zijn gelijk aan die van R spdep localmoran; pseudo-p-waarden volgen localmoran_perm (conditionele permutaties, standaard 999).

VARIANCE: conditionele randomisatie (standaard van spdep sinds 1.2, Sokal e.a. 1998) of totale randomisatie (Anselin 1995).

Velden: lisa_i, lisa_ei, lisa_vi, lisa_z, lisa_p (analytisch, tweezijdig), lisa_p_sim (pseudo-p), lisa_p_adj (na CORRECTION), lisa_q (kwadrant van het Moran-spreidingsdiagram, ten opzichte van de gemiddelden) en lisa_cluster (High-High, Low-Low, High-Low, Low-High als significant, anders Not significant; Undefined voor NULL-waarden en eilanden). Clusters gebruiken de pseudo-p als er permutaties zijn uitgevoerd.

Risicovelden: risk_cluster noemt het cluster naar het risico (Risk cluster, Low-risk cluster, Risk outlier, Low-risk outlier, Not significant, Undefined): met RISK=high is Hoog-Hoog het risicocluster, met RISK=low Laag-Laag. risk_cluster_class zegt het in de gekozen LANGUAGE, met het kwadrant (&quot;Risk cluster (Low-Low)&quot;, &quot;Risicocluster (Laag-Laag)&quot;). De uitvoer wordt getekend naar risk_cluster: risicoclusters rood, aan welke kant het risico ook zit; lisa_cluster houdt de namen van GeoDa.

Cijfers: met POPULATION is FIELD een aantal gebeurtenissen en wordt de statistiek berekend op de empirisch-Bayes gestandaardiseerde cijfers van Assuncao &amp; Reis (1999) (PySAL esda Moran_Local_Rate; de cijfers van resilience:globalmoran met POPULATION), zodat kleine bevolkingen met schommelende cijfers geen clusters maken; een bevolking van 0 geeft Undefined.

Bivariaat: met FIELD_LAG is de statistiek de gestandaardiseerde waarde van FIELD maal de ruimtelijke lag van de gestandaardiseerde waarde van FIELD_LAG (spdep localmoran_bv, de bivariate LISA van GeoDa; PySAL esda Moran_Local_BV deelt bij het standaardiseren door n in plaats van n - 1, zodat zijn lisa_i n/(n-1) maal de onze is, met dezelfde p-waarden en clusters): Hoog-Laag is een hoge FIELD tussen buren met een lage FIELD_LAG, bijvoorbeeld lage veerkracht naast een slechte bereikbaarheid van de bibliotheek. Inferentie alleen met conditionele permutaties (lisa_ei, lisa_vi, lisa_z en lisa_p worden niet geschreven); een object met een van beide waarden NULL is Undefined. RISK noemt de risicokant van FIELD, zoals in het univariate geval.

</translation>
    </message>
    <message>
        <source>PERMUTATIONS: the bivariate local Moran (FIELD_LAG) has no analytical p-value; give at least 1 permutation (999 is the usual choice)</source>
        <translation>PERMUTATIONS: de bivariate lokale Moran (FIELD_LAG) heeft geen analytische p-waarde; geef minstens 1 permutatie (999 is gebruikelijk)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 features computed (%4 NULL values, %5 islands); clusters: %6</source>
        <translation>%1: %2 van %3 objecten berekend (%4 NULL-waarden, %5 eilanden); clusters: %6</translation>
    </message>
    <message>
        <source>Bivariate local Moran&apos;s I of %1 and the neighbours&apos; %2</source>
        <translation>Bivariate lokale Moran&apos;s I van %1 en %2 van de buren</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I</source>
        <translation>Lokale Moran&apos;s I</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I: %1 feature(s) have no z-score%2 (NULL, &apos;Not significant&apos;): their Ii cannot vary, because the feature is linked to every other one (a distance band or bandwidth wider than the layer) or its neighbours&apos; values cannot differ. Use smaller neighbourhoods (WEIGHTS, DISTANCE, K)</source>
        <translation>Lokale Moran&apos;s I: %1 object(en) hebben geen z-score%2 (NULL, &apos;Not significant&apos;): hun Ii kan niet variëren, omdat het object met elk ander verbonden is (een afstandsband of bandbreedte die breder is dan de laag) of de waarden van zijn buren niet kunnen verschillen. Gebruik kleinere buurten (WEIGHTS, DISTANCE, K)</translation>
    </message>
    <message>
        <source> and no pseudo p</source>
        <translation> en geen pseudo-p</translation>
    </message>
    <message>
        <source>SPEC: &quot;%1&quot; is not a section of a pipeline spec%2</source>
        <translation>SPEC: &quot;%1&quot; is geen onderdeel van een monitorspecificatie%2</translation>
    </message>
    <message>
        <source>SPEC: %1: %2 is not a parameter of %3%4</source>
        <translation>SPEC: %1: %2 is geen parameter van %3%4</translation>
    </message>
    <message>
        <source> the spec sets (the pipeline wires INPUT and OUTPUT)</source>
        <translation> die de specificatie zet (de monitor verbindt INPUT en OUTPUT zelf)</translation>
    </message>
    <message>
        <source>join %1</source>
        <translation>koppeling %1</translation>
    </message>
    <message>
        <source>The baseline %1 does not exist yet: this run writes it, and later runs with this spec score on its scale</source>
        <translation>De baseline %1 bestaat nog niet: deze run schrijft haar, en latere runs met deze specificatie scoren op haar schaal</translation>
    </message>
    <message>
        <source>Scoring on the baseline %1%2</source>
        <translation>Scoren op de baseline %1%2</translation>
    </message>
    <message>
        <source>, which replaces the section&apos;s %1</source>
        <translation>, die %1 van het onderdeel vervangt</translation>
    </message>
    <message>
        <source>Table book (XLSX or ODS)</source>
        <translation>Tabellenboek (XLSX of ODS)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods)</source>
        <translation>Excel-werkmap (*.xlsx);;OpenDocument-rekenblad (*.ods)</translation>
    </message>
    <message>
        <source>QGIS project with the map book&apos;s atlas layout (.qgz)</source>
        <translation>QGIS-project met de atlasopmaak van het kaartboek (.qgz)</translation>
    </message>
    <message>
        <source>QGIS project (*.qgz)</source>
        <translation>QGIS-project (*.qgz)</translation>
    </message>
    <message>
        <source>SPEC: &quot;years&quot; needs a &quot;compositeindex&quot; section: the later years are scored on its scale</source>
        <translation>SPEC: &quot;years&quot; vraagt een onderdeel &quot;compositeindex&quot;: de latere jaren worden op de schaal daarvan gescoord</translation>
    </message>
    <message>
        <source>Cannot read %1 to filter it</source>
        <translation>Kan %1 niet lezen om het te filteren</translation>
    </message>
    <message>
        <source>No FACILITIES given: the bivariate step with %1 is skipped</source>
        <translation>Geen FACILITIES opgegeven: de bivariate stap met %1 wordt overgeslagen</translation>
    </message>
    <message>
        <source>SPEC: the year %1 appears twice (&quot;year&quot; and &quot;years&quot; together)</source>
        <translation>SPEC: het jaar %1 komt twee keer voor (&quot;year&quot; en &quot;years&quot; samen)</translation>
    </message>
    <message>
        <source>Cannot open the scores of %1</source>
        <translation>Kan de scores van %1 niet openen</translation>
    </message>
    <message>
        <source>— Year %1, scored on the baseline of %2 —</source>
        <translation>— Jaar %1, gescoord op de baseline van %2 —</translation>
    </message>
    <message>
        <source>The neighbourhoods already have a field %1</source>
        <translation>De buurten hebben al een veld %1</translation>
    </message>
    <message>
        <source>Year %1 has %2 neighbourhoods after the joins and the filter, year %3 has %4: the years must cover the same neighbourhoods (harmonise boundaries first)</source>
        <translation>Jaar %1 heeft %2 buurten na de koppelingen en het filter, jaar %3 heeft er %4: de jaren moeten dezelfde buurten beslaan (harmoniseer eerst de grenzen)</translation>
    </message>
    <message>
        <source>Year %1 ended early</source>
        <translation>Jaar %1 eindigde te vroeg</translation>
    </message>
    <message>
        <source>Year %1 has neighbourhood %2 where year %3 has %4: the years must list the same neighbourhoods in the same order</source>
        <translation>Jaar %1 heeft buurt %2 waar jaar %3 %4 heeft: de jaren moeten dezelfde buurten in dezelfde volgorde bevatten</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kan %1 niet lezen</translation>
    </message>
    <message>
        <source>Names of the neighbourhoods (labels on the region pages)</source>
        <translation>Namen van de buurten (labels op de regiopagina&apos;s)</translation>
    </message>
    <message>
        <source>Drawn over the map</source>
        <translation>Over de kaart getekend</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <source>Risk hot spots (risk_bin)</source>
        <translation>Risicogebieden (risk_bin)</translation>
    </message>
    <message>
        <source>Risk clusters (risk_cluster)</source>
        <translation>Risicoclusters (risk_cluster)</translation>
    </message>
    <message>
        <source>Score for the summary table (low = at risk)</source>
        <translation>Score voor de overzichtstabel (laag = risico)</translation>
    </message>
    <message>
        <source>Cover, contents and method pages before the maps</source>
        <translation>Omslag, inhoudsopgave en methodepagina vóór de kaarten</translation>
    </message>
    <message>
        <source>Method in plain words (for the method page; empty: a standard text)</source>
        <translation>Methode in gewone woorden (voor de methodepagina; leeg: een standaardtekst)</translation>
    </message>
    <message>
        <source>Give OUTPUT_PDF, OUTPUT_FOLDER, OUTPUT_TABLEBOOK or OUTPUT_PROJECT: there is nothing to write</source>
        <translation>Geef OUTPUT_PDF, OUTPUT_FOLDER, OUTPUT_TABLEBOOK of OUTPUT_PROJECT: er valt niets te schrijven</translation>
    </message>
    <message>
        <source>LABEL_FIELD: field &apos;%1&apos; does not exist in INPUT %2</source>
        <translation>LABEL_FIELD: veld &apos;%1&apos; bestaat niet in INPUT %2</translation>
    </message>
    <message>
        <source>SCORE_FIELD: INPUT has no field &apos;%1&apos;; the pages have no summary table</source>
        <translation>SCORE_FIELD: INPUT heeft geen veld &apos;%1&apos;; de pagina&apos;s hebben geen overzichtstabel</translation>
    </message>
    <message>
        <source>OUTPUT_TABLEBOOK needs a score: give SCORE_FIELD (INPUT has no &apos;%1&apos;)</source>
        <translation>OUTPUT_TABLEBOOK vraagt een score: geef SCORE_FIELD (INPUT heeft geen &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Summarising the regions</source>
        <translation>De regio&apos;s worden samengevat</translation>
    </message>
    <message>
        <source>Table book written to %1</source>
        <translation>Tabellenboek geschreven naar %1</translation>
    </message>
    <message>
        <source>Project with the atlas layout written to %1 (its page layers in %2)</source>
        <translation>Project met de atlasopmaak geschreven naar %1 (de paginalagen in %2)</translation>
    </message>
    <message>
        <source>%1 is not a parameter of %2%3</source>
        <translation>%1 is geen parameter van %2%3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither yes nor no (true/false, yes/no, ja/nee, on/off, 1/0)</source>
        <translation>%1: &apos;%2&apos; is geen ja en geen nee (true/false, yes/no, ja/nee, on/off, 1/0)</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1: %2 is geen geheel getal</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (at most %3)</source>
        <translation>%1: %2 valt buiten het bereik (hoogstens %3)</translation>
    </message>
    <message>
        <source>%1 feature(s) had a GeometryCollection as geometry: %2 were written with only their parts of the output&apos;s type, %3 without geometry (no such part)</source>
        <translation>%1 object(en) hadden een GeometryCollection als geometrie: %2 zijn geschreven met alleen hun delen van het type van de uitvoer, %3 zonder geometrie (geen zo&apos;n deel)</translation>
    </message>
    <message>
        <source>Counts where risks pile up (stapeling), the way the CDC/ATSDR Social Vulnerability Index (SVI) does, instead of hiding them in one composite score.

SPEC: the composite index&apos;s spec file (CSV or JSON: field, domain, direction, weight; weights and goalposts are not used here; themes other than personal, social and environmental are declared with domain_weight; numerator, denominator, per derive a rate, e.g. social assistance per 1,000 inhabitants, NULL where the denominator is 0). Domains are the themes. Direction says which end of the indicator is the risk: &apos;+&apos; ranks the value as it is (a high value is the risk, as for every SVI variable), &apos;-&apos; ranks the reversed value (a low value is the risk). Note that this is not how resilience:compositeindex reads &apos;+&apos; (more is more resilient there): write a spec for the risks.

Per indicator: pr_&lt;field&gt;, the percentile rank as the SVI defines it (Excel PERCENTRANK.INC): the share of the other features with a lower value, (rank - 1) / (n - 1); features with the same value share the lowest rank. flag_&lt;field&gt; = 1 where pr_&lt;field&gt; &gt;= THRESHOLD (default 0.90: the top tenth). Per domain: sum_&lt;domain&gt; (the sum of its ranks), pr_sum_&lt;domain&gt; (the percentile rank of that sum) and flags_&lt;domain&gt;. Overall: sum_all (the sum of the domain sums), pr_sum_all, flags_total and stacking_class (No flags, 1 flag, 2 flags, 3 or more flags).

DECIMALS rounds the ranks as a publisher does (the CDC rounds to 4); flags, sums and the ranks of sums then use the rounded numbers, as the published columns do, so the CDC&apos;s tables are reproduced exactly. Empty = full precision.

NULLs (and CBS no-data codes such as -99999997) are left out of their indicator&apos;s ranking: n is the number of values present, and the log reports them. A sum with a NULL rank in it is NULL. Flag counts count the flags raised among the indicators present (as the CDC does); stacking_class is Undefined where fewer than 3 flags are raised and an indicator is NULL.

resilience:aggregate reports per region the population share living in neighbourhoods with 3 or more flags (share_stacked). Source: CDC/ATSDR SVI 2022 documentation.</source>
        <translation>Telt waar risico&apos;s zich opstapelen (stapeling), zoals de Social Vulnerability Index (SVI) van CDC/ATSDR doet, in plaats van ze in één samengestelde score te verbergen.

SPEC: het specificatiebestand van de samengestelde index (CSV of JSON: field, domain, direction, weight; gewichten en doelwaarden worden hier niet gebruikt; andere thema&apos;s dan personal, social en environmental worden met domain_weight gedeclareerd; numerator, denominator, per leiden een cijfer af, bv. bijstand per 1.000 inwoners, NULL waar de noemer 0 is). De domeinen zijn de thema&apos;s. De richting zegt aan welke kant van de indicator het risico zit: &apos;+&apos; rangschikt de waarde zoals ze is (een hoge waarde is het risico, zoals bij elke SVI-variabele), &apos;-&apos; rangschikt de omgekeerde waarde (een lage waarde is het risico). Let op: zo leest resilience:compositeindex &apos;+&apos; niet (daar is meer veerkrachtiger): schrijf een specificatie voor de risico&apos;s.

Per indicator: pr_&lt;field&gt;, de percentielrang zoals de SVI die definieert (Excel PERCENTRANG.INC): het aandeel van de andere objecten met een lagere waarde, (rang - 1) / (n - 1); objecten met dezelfde waarde delen de laagste rang. flag_&lt;field&gt; = 1 waar pr_&lt;field&gt; &gt;= THRESHOLD (standaard 0.90: het hoogste tiende deel). Per domein: sum_&lt;domain&gt; (de som van de rangen), pr_sum_&lt;domain&gt; (de percentielrang van die som) en flags_&lt;domain&gt;. Totaal: sum_all (de som van de domeinsommen), pr_sum_all, flags_total en stacking_class (No flags, 1 flag, 2 flags, 3 or more flags).

DECIMALS rondt de rangen af zoals een uitgever dat doet (de CDC rondt af op 4); vlaggen, sommen en de rangen van sommen gebruiken dan de afgeronde getallen, net als de gepubliceerde kolommen, zodat de tabellen van de CDC precies worden nagemaakt. Leeg = volledige precisie.

NULL-waarden (en CBS-codes voor ontbrekende gegevens zoals -99999997) blijven buiten de rangschikking van hun indicator: n is het aantal aanwezige waarden, en het logboek meldt ze. Een som met een NULL-rang erin is NULL. Vlagtellingen tellen de vlaggen bij de aanwezige indicatoren (zoals de CDC doet); stacking_class is Undefined waar minder dan 3 vlaggen zijn gezet en een indicator NULL is.

resilience:aggregate meldt per regio het aandeel van de bevolking dat in buurten met 3 of meer vlaggen woont (share_stacked). Bron: documentatie van CDC/ATSDR SVI 2022.</translation>
    </message>
    <message>
        <source>Percentile ranks (ties share the lowest rank), flags at %1:</source>
        <translation>Percentielrangen (gelijke waarden delen de laagste rang), vlaggen vanaf %1:</translation>
    </message>
    <message>
        <source>  %1 [%2, %3]: %4 ranked, %5 tied, %6 flagged</source>
        <translation>  %1 [%2, %3]: %4 gerangschikt, %5 gelijk, %6 gevlagd</translation>
    </message>
    <message>
        <source>%1: %2 NULL value(s) left out of the ranking (n = %3); their rank and flag are NULL</source>
        <translation>%1: %2 NULL-waarde(n) buiten de rangschikking gelaten (n = %3); hun rang en vlag zijn NULL</translation>
    </message>
    <message>
        <source>%1 feature(s) miss at least one indicator: their sums are NULL, their flag counts count the indicators present, and their stacking class is Undefined unless they carry 3 flags already</source>
        <translation>%1 object(en) missen minstens één indicator: hun sommen zijn NULL, hun vlagtellingen tellen de aanwezige indicatoren, en hun stapelingsklasse is Undefined tenzij ze al 3 vlaggen hebben</translation>
    </message>
    <message>
        <source>Stacking: %1</source>
        <translation>Stapeling: %1</translation>
    </message>
    <message>
        <source>%1: %2 point(s) of %3 cannot be transformed from its CRS %4 to INPUT&apos;s %5 (feature ids %6): are the coordinates in the CRS the layer declares?</source>
        <translation>%1: %2 punt(en) van %3 kunnen niet van het CRS %4 naar %5 van INPUT worden omgezet (object-id&apos;s %6): liggen de coördinaten in het CRS dat de laag opgeeft?</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) without geometry are left out (feature ids %3)</source>
        <translation>%1: %2 object(en) zonder geometrie worden weggelaten (object-id&apos;s %3)</translation>
    </message>
    <message>
        <source>%1 neighbourhood(s) have NULL %2: their demand is unknown, so they count for nothing in the choice and in COVERED_SHARE; they are still assigned to their nearest site (feature ids %3)</source>
        <translation>%1 buurt(en) hebben %2 NULL: hun vraag is onbekend, dus ze tellen niet mee in de keuze en in COVERED_SHARE; ze worden nog wel aan hun dichtstbijzijnde locatie toegewezen (object-id&apos;s %3)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>existing %1</source>
        <translation>bestaande %1</translation>
    </message>
    <message>
        <source>Chooses K of the CANDIDATES (libraries, community centres, schools) for pilots or new service points so that they reach the most people at risk, together with the EXISTING sites, whose reach is counted as given.

Demand of a neighbourhood = POPULATION x NEED (NEED is a weight per inhabitant, e.g. 100 - resilience, or a flag; 1 when empty). Distances run from each neighbourhood&apos;s ORIGIN (as in Facility accessibility) to the sites, in straight lines (metres; geodesics for a geographic CRS) or along ROADS.

OBJECTIVE coverage: the maximal covering location problem (Church &amp; ReVelle 1974): maximise the demand within DISTANCE of a chosen or existing site. OBJECTIVE pmedian: the p-median problem (Hakimi 1964): minimise the demand-weighted distance from every neighbourhood to its nearest chosen or existing site (DISTANCE then only decides which neighbourhoods count as covered). p-median needs every distance and suits up to a few thousand neighbourhoods times candidates.

Both are solved exactly as mixed-integer programmes with GLPK, started from a greedy + swap solution (greedy adds the site that adds most, then sites are exchanged while that improves). After TIME_LIMIT seconds the best solution found is kept and GAP reports how far from optimal it can at most be (0 = proven optimal). Models too large for the solver are served by greedy + swap alone, with the gap to the LP bound.

OUTPUT: the chosen sites in the greedy view (choice_order 1 adds the most; demand_added or distance_saved is what each adds to the ones before it). OUTPUT_DEMAND: the neighbourhoods with site_id (nearest chosen or existing site, NULL when none is within reach for coverage), site_dist_m, covered (1 within DISTANCE), covered_share (the share of the neighbourhood&apos;s demand within DISTANCE; differs from covered only with ORIGIN &apos;points&apos;) and demand.</source>
        <translation>Kiest K van de CANDIDATES (bibliotheken, buurthuizen, scholen) voor proeven of nieuwe servicepunten, zodat ze samen met de EXISTING-locaties, waarvan het bereik als gegeven telt, de meeste kwetsbare inwoners bereiken.

Vraag van een buurt = POPULATION x NEED (NEED is een gewicht per inwoner, bv. 100 - resilience, of een vlag; 1 indien leeg). Afstanden lopen van het ORIGIN van elke buurt (zoals bij Bereikbaarheid van voorzieningen) naar de locaties, hemelsbreed (meters; geodeten bij een geografisch CRS) of over ROADS.

OBJECTIVE coverage: het maximal covering location problem (Church &amp; ReVelle 1974): maximaliseer de vraag binnen DISTANCE van een gekozen of bestaande locatie. OBJECTIVE pmedian: het p-medianprobleem (Hakimi 1964): minimaliseer de vraaggewogen afstand van elke buurt tot haar dichtstbijzijnde gekozen of bestaande locatie (DISTANCE bepaalt dan alleen welke buurten als gedekt tellen). p-mediaan heeft elke afstand nodig en past bij hoogstens enkele duizenden buurten maal kandidaten.

Beide worden exact opgelost als gemengd-geheeltallige programma&apos;s met GLPK, gestart vanuit een greedy + swap-oplossing (greedy voegt de locatie toe die het meeste toevoegt, daarna worden locaties geruild zolang dat verbetert). Na TIME_LIMIT seconden wordt de beste gevonden oplossing bewaard en meldt GAP hoe ver die hoogstens van optimaal kan zijn (0 = bewezen optimaal). Modellen die te groot zijn voor de solver worden alleen met greedy + swap opgelost, met de afstand tot de LP-grens.

OUTPUT: de gekozen locaties in de volgorde van greedy (choice_order 1 voegt het meeste toe; demand_added of distance_saved is wat elk toevoegt aan de locaties ervoor). OUTPUT_DEMAND: de buurten met site_id (dichtstbijzijnde gekozen of bestaande locatie, NULL als er bij dekking geen binnen bereik is), site_dist_m, covered (1 binnen DISTANCE), covered_share (het aandeel van de vraag van de buurt binnen DISTANCE; verschilt alleen van covered met ORIGIN &apos;points&apos;) en demand.</translation>
    </message>
    <message>
        <source>Objective (covered demand, or demand-weighted metres)</source>
        <translation>Doelwaarde (gedekte vraag, of vraaggewogen meters)</translation>
    </message>
    <message>
        <source>Share of all demand within DISTANCE</source>
        <translation>Aandeel van alle vraag binnen DISTANCE</translation>
    </message>
    <message>
        <source>Relative gap to the best bound (0: proven optimal)</source>
        <translation>Relatieve afstand tot de beste grens (0: bewezen optimaal)</translation>
    </message>
    <message>
        <source>EXISTING: %1 must be a point layer</source>
        <translation>EXISTING: %1 moet een puntlaag zijn</translation>
    </message>
    <message>
        <source>DISTANCE: the catchment must be more than 0 metres, not %1</source>
        <translation>DISTANCE: het verzorgingsgebied moet groter zijn dan 0 meter, niet %1</translation>
    </message>
    <message>
        <source>CANDIDATE_ID: %1 has no field %2</source>
        <translation>CANDIDATE_ID: %1 heeft geen veld %2</translation>
    </message>
    <message>
        <source>K = %1 is more than the %2 candidate site(s) with a location in %3: choose K between 1 and %2, or add candidates</source>
        <translation>K = %1 is meer dan de %2 kandidaatlocatie(s) met een locatie in %3: kies K tussen 1 en %2, of voeg kandidaten toe</translation>
    </message>
    <message>
        <source>Solving: %1</source>
        <translation>Oplossen: %1</translation>
    </message>
    <message>
        <source>%1 sites chosen by %2: %3 %4; %5 % of all demand within %6 m (%7 % by existing sites alone); gap %8</source>
        <translation>%1 locaties gekozen met %2: %3 %4; %5 % van alle vraag binnen %6 m (%7 % door alleen de bestaande locaties); afstand %8</translation>
    </message>
    <message>
        <source>covered demand</source>
        <translation>gedekte vraag</translation>
    </message>
    <message>
        <source>demand-weighted metres</source>
        <translation>vraaggewogen meters</translation>
    </message>
    <message>
        <source>unknown (no bound)</source>
        <translation>onbekend (geen grens)</translation>
    </message>
    <message>
        <source>The solution is not proven optimal (see GAP): raise TIME_LIMIT for a proof</source>
        <translation>De oplossing is niet bewezen optimaal (zie GAP): verhoog TIME_LIMIT voor een bewijs</translation>
    </message>
    <message>
        <source>%1 neighbourhood origin(s) with demand reach no site at all%2</source>
        <translation>%1 vertrekpunt(en) van buurten met vraag bereiken helemaal geen locatie%2</translation>
    </message>
    <message>
        <source> within DISTANCE</source>
        <translation> binnen DISTANCE</translation>
    </message>
    <message>
        <source> (another road network part): they count at %1 m, twice the longest distance</source>
        <translation> (een ander deel van het wegennet): ze tellen voor %1 m, tweemaal de langste afstand</translation>
    </message>
    <message>
        <source>CANDIDATES: %1 already has a field %2; rename it, the chosen sites get one of that name</source>
        <translation>CANDIDATES: %1 heeft al een veld %2; hernoem het, de gekozen locaties krijgen een veld met die naam</translation>
    </message>
    <message>
        <source>CANDIDATES: feature %1 could not be read again</source>
        <translation>CANDIDATES: object %1 kon niet opnieuw worden gelezen</translation>
    </message>
    <message>
        <source>8 Over time</source>
        <translation>8 In de tijd</translation>
    </message>
    <message>
        <source>Shows where a score got worse or better between two years, beyond its uncertainty</source>
        <translation>Toont waar een score tussen twee jaren slechter of beter werd, voorbij de onzekerheid</translation>
    </message>
    <message>
        <source>Finds new, intensifying, persistent and fading hot and cold spots over the years</source>
        <translation>Vindt nieuwe, sterker wordende, aanhoudende en verdwijnende hotspots en coldspots over de jaren</translation>
    </message>
    <message>
        <source>Counts how neighbourhoods move between LISA quadrants from year to year</source>
        <translation>Telt hoe buurten van jaar tot jaar tussen LISA-kwadranten verschuiven</translation>
    </message>
    <message>
        <source>Brings values from old boundaries to new ones by area, population or a conversion table</source>
        <translation>Brengt waarden van oude naar nieuwe grenzen via oppervlakte, bevolking of een omzettabel</translation>
    </message>
    <message>
        <source>%1 ring(s) of fewer than four points (no area) in %2 feature(s) of %3 are not drawn (feature ids %4)</source>
        <translation>%1 ring(en) van minder dan vier punten (zonder oppervlak) in %2 object(en) van %3 worden niet getekend (object-id&apos;s %4)</translation>
    </message>
    <message>
        <source>OVERLAY=%1 needs the field &apos;%2&apos; in INPUT %3 (run resilience:%4 first); fields: %5</source>
        <translation>OVERLAY=%1 vraagt het veld &apos;%2&apos; in INPUT %3 (voer eerst resilience:%4 uit); velden: %5</translation>
    </message>
    <message>
        <source>OUTPUT_PROJECT: layer &apos;%1&apos; could not be written to %2: %3</source>
        <translation>OUTPUT_PROJECT: laag &apos;%1&apos; kon niet naar %2 worden geschreven: %3</translation>
    </message>
    <message>
        <source>OUTPUT_PROJECT: could not write %1: %2</source>
        <translation>OUTPUT_PROJECT: kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>OUTPUT_TABLEBOOK: sheet &apos;%1&apos; could not be written to %2: %3</source>
        <translation>OUTPUT_TABLEBOOK: werkblad &apos;%1&apos; kon niet naar %2 worden geschreven: %3</translation>
    </message>
    <message>
        <source>OUTPUT_TABLEBOOK: the areas could not be tabulated: %1</source>
        <translation>OUTPUT_TABLEBOOK: de gebieden konden niet in een tabel worden gezet: %1</translation>
    </message>
    <message>
        <source>SHOW=%1: the field is %2, not numeric; give a numeric field, or score, hotspots, clusters, change or emerging</source>
        <translation>SHOW=%1: het veld is %2, niet numeriek; geef een numeriek veld, of score, hotspots, clusters, change of emerging</translation>
    </message>
    <message>
        <source>%1 (%2) has no CRS: its coordinates are taken as they are, in the map units of the layer they are measured with</source>
        <translation>%1 (%2) heeft geen CRS: de coördinaten worden genomen zoals ze zijn, in de kaarteenheden van de laag waarmee ze worden gemeten</translation>
    </message>
    <message>
        <source>%1 and %2 are both written to %3: give each output its own file%4</source>
        <translation>%1 en %2 worden allebei naar %3 geschreven: geef elke uitvoer een eigen bestand%4</translation>
    </message>
    <message>
        <source> or layer</source>
        <translation> of een eigen laag</translation>
    </message>
    <message>
        <source>Empirical Bayes standardised rates of %1 per %2 (Assuncao &amp; Reis 1999): prior mean b = %3, prior variance a = %4</source>
        <translation>Empirisch-Bayes gestandaardiseerde cijfers van %1 per %2 (Assuncao &amp; Reis 1999): a-priorigemiddelde b = %3, a-priorivariantie a = %4</translation>
    </message>
    <message>
        <source>%1 feature(s) with %2 of 0 or less have no rate and are left out</source>
        <translation>%1 object(en) met %2 van 0 of minder hebben geen cijfer en worden weggelaten</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; of %3 is %4, not numeric</source>
        <translation>%1: veld &apos;%2&apos; van %3 is %4, niet numeriek</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; of %3 is string, not numeric: %4</source>
        <translation>%1: veld &apos;%2&apos; van %3 is tekst, niet numeriek: %4</translation>
    </message>
    <message>
        <source>it holds no number</source>
        <translation>het bevat geen getal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; of %3 is text; it is read as numbers as resilience:jointable reads them (%4 no-data marker(s) of &apos;%5&apos; read as NULL)</source>
        <translation>%1: veld &apos;%2&apos; van %3 is tekst; het wordt als getallen gelezen zoals resilience:jointable ze leest (%4 code(s) voor ontbrekende gegevens van &apos;%5&apos; als NULL gelezen)</translation>
    </message>
    <message>
        <source>%1 curved geometry(ies) were linearised (QGIS segmentisation): feature ids %2</source>
        <translation>%1 gebogen geometrie(ën) zijn gelineariseerd (segmentering van QGIS): object-id&apos;s %2</translation>
    </message>
    <message>
        <source>%1: a .%2 file keeps field names of at most %3 characters, so &apos;%4&apos; would be written as &apos;%5&apos;, which the style and later steps do not know (too long: %6). Write a GeoPackage (.gpkg) instead</source>
        <translation>%1: een .%2-bestand houdt veldnamen van hoogstens %3 tekens, dus &apos;%4&apos; zou worden geschreven als &apos;%5&apos;, wat de stijl en latere stappen niet kennen (te lang: %6). Schrijf in plaats daarvan een GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist; create it or choose another</source>
        <translation>%1: de map %2 bestaat niet; maak haar aan of kies een andere</translation>
    </message>
    <message>
        <source>%1: %2 is a folder, not a file</source>
        <translation>%1: %2 is een map, geen bestand</translation>
    </message>
    <message>
        <source>%1: another run is writing %2; wait until it has finished or choose another file</source>
        <translation>%1: een andere run schrijft %2; wacht tot die klaar is of kies een ander bestand</translation>
    </message>
    <message>
        <source>%1: cannot write in the folder %2: %3</source>
        <translation>%1: kan niet schrijven in de map %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot add layers to %2: %3</source>
        <translation>%1: kan geen lagen toevoegen aan %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is open for writing in another program (it has a -wal file); close it there and run again: it was left unchanged</source>
        <translation>%1: %2 is in een ander programma geopend om te schrijven (het heeft een -wal-bestand); sluit het daar en voer opnieuw uit: het is ongewijzigd gebleven</translation>
    </message>
    <message>
        <source>%1: cannot finish %2: %3</source>
        <translation>%1: kan %2 niet afronden: %3</translation>
    </message>
    <message>
        <source>%1: cannot move %2 to %3: %4</source>
        <translation>%1: kan %2 niet verplaatsen naar %3: %4</translation>
    </message>
    <message>
        <source>%1 features share their %2 with another feature and hold the same %3 (%4 key(s), e.g. &apos;%5&apos; on %6 features): the statistic counts them more than once, as a municipality&apos;s land and water parts. Filter the layer (e.g. &quot;water&quot; = &apos;NEE&apos;) or dissolve the parts by key (resilience:jointable DISSOLVE_SHARED_KEYS=true)</source>
        <translation>%1 objecten delen hun %2 met een ander object en hebben dezelfde %3 (%4 sleutel(s), bv. &apos;%5&apos; op %6 objecten): de statistiek telt ze meer dan eens, zoals de land- en waterdelen van een gemeente. Filter de laag (bv. &quot;water&quot; = &apos;NEE&apos;) of voeg de delen per sleutel samen (resilience:jointable DISSOLVE_SHARED_KEYS=true)</translation>
    </message>
    <message>
        <source>Value fields, one per period in time order</source>
        <translation>Waardevelden, één per periode in tijdsvolgorde</translation>
    </message>
    <message>
        <source>Or a long table: one row per neighbourhood and period</source>
        <translation>Of een lange tabel: één rij per buurt en periode</translation>
    </message>
    <message>
        <source>Table: neighbourhood key (matches ID_FIELD)</source>
        <translation>Tabel: buurtsleutel (komt overeen met ID_FIELD)</translation>
    </message>
    <message>
        <source>Table: period (year, date)</source>
        <translation>Tabel: periode (jaar, datum)</translation>
    </message>
    <message>
        <source>Table: value</source>
        <translation>Tabel: waarde</translation>
    </message>
    <message>
        <source>Periods: FIELDS lists one numeric field per period, in time order (e.g. resilience_2015, resilience_2019, resilience_2023, each scored on the same baseline).</source>
        <translation>Perioden: FIELDS noemt één numeriek veld per periode, in tijdsvolgorde (bv. resilience_2015, resilience_2019, resilience_2023, elk gescoord op dezelfde baseline).</translation>
    </message>
    <message>
        <source> Or give a long TABLE with one row per neighbourhood and period: TABLE_KEY is matched to INPUT&apos;s ID_FIELD, TIME_FIELD orders the periods (numbers numerically, text and dates as ISO text) and VALUE_FIELD holds the value; a missing row is a NULL value.</source>
        <translation> Of geef een lange TABLE met één rij per buurt en periode: TABLE_KEY wordt gekoppeld aan ID_FIELD van INPUT, TIME_FIELD ordent de perioden (getallen numeriek, tekst en datums als ISO-tekst) en VALUE_FIELD bevat de waarde; een ontbrekende rij is een NULL-waarde.</translation>
    </message>
    <message>
        <source>Give the periods either as FIELDS or as a TABLE, not both</source>
        <translation>Geef de perioden als FIELDS of als TABLE, niet allebei</translation>
    </message>
    <message>
        <source>No periods: list one field per period in FIELDS%1</source>
        <translation>Geen perioden: noem één veld per periode in FIELDS%1</translation>
    </message>
    <message>
        <source>, or give a long TABLE</source>
        <translation>, of geef een lange TABLE</translation>
    </message>
    <message>
        <source>FIELDS: a change over time needs at least two periods, not %1 (%2)</source>
        <translation>FIELDS: een verandering in de tijd vraagt minstens twee perioden, niet %1 (%2)</translation>
    </message>
    <message>
        <source>TABLE: set ID_FIELD to the field of INPUT that TABLE_KEY refers to (e.g. the buurt code)</source>
        <translation>TABLE: zet ID_FIELD op het veld van INPUT waarnaar TABLE_KEY verwijst (bv. de buurtcode)</translation>
    </message>
    <message>
        <source>TABLE: cannot open %1</source>
        <translation>TABLE: kan %1 niet openen</translation>
    </message>
    <message>
        <source>%1: name the field of TABLE</source>
        <translation>%1: noem het veld van TABLE</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>TIME_FIELD: row %1 of %2 has no period</source>
        <translation>TIME_FIELD: rij %1 van %2 heeft geen periode</translation>
    </message>
    <message>
        <source>TABLE: the rows matched to INPUT cover %1 period(s); a change over time needs at least two</source>
        <translation>TABLE: de rijen die aan INPUT gekoppeld zijn beslaan %1 periode(n); een verandering in de tijd vraagt er minstens twee</translation>
    </message>
    <message>
        <source>TABLE: rows %1 and %2 both give key &apos;%3&apos; a value for period %4</source>
        <translation>TABLE: de rijen %1 en %2 geven sleutel &apos;%3&apos; allebei een waarde voor periode %4</translation>
    </message>
    <message>
        <source>TABLE: %1 row(s) have a key that is not in INPUT&apos;s %2 and are left out (e.g. %3)</source>
        <translation>TABLE: %1 rij(en) hebben een sleutel die niet in %2 van INPUT staat en worden weggelaten (bv. %3)</translation>
    </message>
    <message>
        <source>TABLE: %1 periods (%2); %3 neighbourhood-period value(s) missing or NULL</source>
        <translation>TABLE: %1 perioden (%2); %3 waarde(n) per buurt en periode ontbreken of zijn NULL</translation>
    </message>
    <message>
        <source> after the %1 correction over %2 features</source>
        <translation> na de %1-correctie over %2 objecten</translation>
    </message>
    <message>
        <source>%1=%2: the smallest pseudo p-value %2 permutations can give is %3%4, not below the significance level %5, so no feature could be significant. Use at least %6 permutations (999 is usual)</source>
        <translation>%1=%2: de kleinste pseudo-p-waarde die %2 permutaties kunnen geven is %3%4, niet onder het significantieniveau %5, dus geen enkel object kan significant zijn. Gebruik minstens %6 permutaties (999 is gebruikelijk)</translation>
    </message>
    <message>
        <source>Spatial weights: queen contiguity links polygons sharing a boundary point, rook those sharing an edge (as R spdep poly2nb and PySAL). TOLERANCE bridges slivers and gaps between separately digitised boundaries: left empty it is one millionth of the layer&apos;s extent (1 m on a 1,000 km layer); 0 requires exactly shared vertices. knn takes the K nearest representative points; distance all within DISTANCE metres (0 = the smallest band that leaves no feature alone); kernel weighs neighbours by a kernel of distance over a fixed or adaptive (K-th neighbour) bandwidth. Lon/lat layers are measured on their ellipsoid, in metres, never in degrees. Islands are reported; ISLANDS=attach links each island to its nearest feature. A GAL or GWT file (GeoDa, PySAL, spdep) can replace all of this; its ids are the values of ID_FIELD, else of the id field its header names (GeoDa: &apos;0 100 sids2 FIPSNO&apos;), else feature positions 1..n.</source>
        <translation>Ruimtelijke gewichten: queen-aangrenzing verbindt polygonen die een grenspunt delen, rook polygonen die een zijde delen (zoals R spdep poly2nb en PySAL). TOLERANCE overbrugt splinters en kieren tussen los van elkaar gedigitaliseerde grenzen: leeg is het een miljoenste van de omvang van de laag (1 m bij een laag van 1.000 km); 0 vraagt exact gedeelde hoekpunten. knn neemt de K dichtstbijzijnde representatieve punten; distance alle binnen DISTANCE meter (0 = de kleinste band die geen object alleen laat); kernel weegt buren met een kernel van de afstand over een vaste of adaptieve (K-de buur) bandbreedte. Lagen in lengte/breedte worden op hun ellipsoïde gemeten, in meters, nooit in graden. Eilanden worden gemeld; ISLANDS=attach verbindt elk eiland met het dichtstbijzijnde object. Een GAL- of GWT-bestand (GeoDa, PySAL, spdep) kan dit allemaal vervangen; de id&apos;s zijn de waarden van ID_FIELD, anders van het id-veld dat de kopregel noemt (GeoDa: &apos;0 100 sids2 FIPSNO&apos;), anders de posities van de objecten 1..n.</translation>
    </message>
    <message>
        <source>ID_FIELD: the weights file names its id field &apos;%1&apos;; its ids are matched with that field of %2</source>
        <translation>ID_FIELD: het gewichtenbestand noemt zijn id-veld &apos;%1&apos;; de id&apos;s worden gekoppeld aan dat veld van %2</translation>
    </message>
    <message>
        <source>The weights file names its id field &apos;%1&apos;, which %2 does not have: its ids are read as feature positions 1..n (set ID_FIELD to the field that holds them)</source>
        <translation>Het gewichtenbestand noemt zijn id-veld &apos;%1&apos;, dat %2 niet heeft: de id&apos;s worden gelezen als posities van de objecten 1..n (zet ID_FIELD op het veld dat ze bevat)</translation>
    </message>
    <message>
        <source>TOLERANCE: automatic, %1 map units (a millionth of the extent of the typical feature centres)</source>
        <translation>TOLERANCE: automatisch, %1 kaarteenheden (een miljoenste van de omvang van de gangbare objectmiddelpunten)</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <source>Finds where high values (hot spots) and low values (cold spots) cluster: the Getis-Ord statistic compares the weighted sum of values around each neighbourhood with what would be expected if values were spread at random (Getis &amp; Ord 1992; Ord &amp; Getis 1995). Gi* counts the neighbourhood itself (STAR, the usual choice for hot spot maps); Gi leaves it out. Numbers are identical to R spdep localG.

Fields: gi_z (z-score), gi_p (two-sided p), gi_p_sim (pseudo p, with permutations), gi_p_adj (after CORRECTION), gi_bin (ArcGIS convention: 3, 2, 1 for hot spots at 99, 95 and 90 % confidence, -3..-1 for cold spots, 0 not significant) and gi_class (the bin as text). NULL values and islands give NULL and &apos;Undefined&apos;, never a spot.

Which p-value sets the bins: gi_p_sim, the pseudo p-value of the PERMUTATIONS (999 by default); with PERMUTATIONS=0, gi_p, the z-score&apos;s p-value, as ArcGIS&apos;s Hot Spot Analysis does; with a CORRECTION, gi_p_adj, that p-value adjusted. The sign of the bin is the sign of gi_z.

Risk fields: risk_bin is gi_bin turned towards the risk, +3, +2, +1 for a risk hot spot at 99, 95 and 90 % confidence (gi_bin itself with RISK=high, its negation with RISK=low), and risk_class says it in the LANGUAGE chosen (&quot;Risk hot spot (99 %)&quot;, &quot;Risicogebied (99 %)&quot;). The output is drawn by risk_bin: risk hot spots red, whichever end is the risk, as on every map of this plugin.

</source>
        <translation>Vindt waar hoge waarden (hotspots) en lage waarden (coldspots) clusteren: de Getis-Ord-statistiek vergelijkt de gewogen som van de waarden rond elke buurt met wat te verwachten zou zijn als de waarden willekeurig verspreid waren (Getis &amp; Ord 1992; Ord &amp; Getis 1995). Gi* telt de buurt zelf mee (STAR, de gebruikelijke keuze voor hotspotkaarten); Gi laat haar weg. De getallen zijn gelijk aan die van R spdep localG.

Velden: gi_z (z-score), gi_p (tweezijdige p), gi_p_sim (pseudo-p, met permutaties), gi_p_adj (na CORRECTION), gi_bin (conventie van ArcGIS: 3, 2, 1 voor hotspots met 99, 95 en 90 % betrouwbaarheid, -3..-1 voor coldspots, 0 niet significant) en gi_class (de klasse als tekst). NULL-waarden en eilanden geven NULL en &apos;Undefined&apos;, nooit een hotspot.

Welke p-waarde de klassen bepaalt: gi_p_sim, de pseudo-p-waarde van de PERMUTATIONS (standaard 999); met PERMUTATIONS=0 gi_p, de p-waarde van de z-score, zoals Hot Spot Analysis van ArcGIS dat doet; met een CORRECTION gi_p_adj, die p-waarde na correctie. Het teken van de klasse is het teken van gi_z.

Risicovelden: risk_bin is gi_bin naar het risico gedraaid, +3, +2, +1 voor een risicogebied met 99, 95 en 90 % betrouwbaarheid (gi_bin zelf met RISK=high, het tegengestelde met RISK=low), en risk_class zegt het in de gekozen LANGUAGE (&quot;Risk hot spot (99 %)&quot;, &quot;Risicogebied (99 %)&quot;). De uitvoer wordt getekend naar risk_bin: risicogebieden rood, aan welke kant het risico ook zit, zoals op elke kaart van deze plugin.

</translation>
    </message>
    <message>
        <source>FIELD_AFTER is FIELD_BEFORE (%1): a change compares two years&apos; scores, each in its own field</source>
        <translation>FIELD_AFTER is FIELD_BEFORE (%1): een verandering vergelijkt de scores van twee jaren, elk in een eigen veld</translation>
    </message>
    <message>
        <source>CROSSWALK: no row links a feature of INPUT to a feature of TARGET, so nothing is harmonised: check CROSSWALK_SOURCE_KEY and CROSSWALK_TARGET_KEY against INPUT_KEY and TARGET_KEY</source>
        <translation>CROSSWALK: geen enkele rij verbindt een object van INPUT met een object van TARGET, dus er wordt niets geharmoniseerd: controleer CROSSWALK_SOURCE_KEY en CROSSWALK_TARGET_KEY tegen INPUT_KEY en TARGET_KEY</translation>
    </message>
    <message>
        <source>WEIGHT_LAYER: no weight point lies in a source and a target, so nothing is harmonised</source>
        <translation>WEIGHT_LAYER: geen enkel gewichtspunt ligt in een bron en een doel, dus er wordt niets geharmoniseerd</translation>
    </message>
    <message>
        <source>INPUT and TARGET do not overlap, so nothing is harmonised: no source polygon meets a target in TARGET&apos;s CRS (%1); check that both layers cover the same area and have the right CRS</source>
        <translation>INPUT en TARGET overlappen niet, dus er wordt niets geharmoniseerd: geen enkele bronpolygoon raakt een doel in het CRS van TARGET (%1); controleer of beide lagen hetzelfde gebied beslaan en het juiste CRS hebben</translation>
    </message>
    <message>
        <source>SPEC: &quot;year_field&quot; %1 needs a &quot;join&quot; whose first TABLE holds every year</source>
        <translation>SPEC: &quot;year_field&quot; %1 vraagt een &quot;join&quot; waarvan de eerste TABLE elk jaar bevat</translation>
    </message>
    <message>
        <source>SPEC: &quot;year_field&quot; %1 needs &quot;year&quot;: the first year&apos;s value in that column</source>
        <translation>SPEC: &quot;year_field&quot; %1 vraagt &quot;year&quot;: de waarde van het eerste jaar in die kolom</translation>
    </message>
    <message>
        <source>SPEC: &quot;years&quot; entry %1 needs &quot;year&quot; (a label such as 2019) and &quot;table&quot; (that year&apos;s indicator table), or &quot;year_field&quot; in the spec naming the year column of the first join&apos;s TABLE, which then holds every year</source>
        <translation>SPEC: item %1 van &quot;years&quot; vraagt &quot;year&quot; (een naam zoals 2019) en &quot;table&quot; (de indicatorentabel van dat jaar), of &quot;year_field&quot; in de specificatie met de jaarkolom van de TABLE van de eerste koppeling, die dan elk jaar bevat</translation>
    </message>
    <message>
        <source>SPEC: cannot open the long table %1</source>
        <translation>SPEC: kan de lange tabel %1 niet openen</translation>
    </message>
    <message>
        <source>SPEC: &quot;year_field&quot; %1 is not a field of %2 (its fields: %3)</source>
        <translation>SPEC: &quot;year_field&quot; %1 is geen veld van %2 (de velden: %3)</translation>
    </message>
    <message>
        <source>SPEC: %1 has no rows with %2 = %3 (its years: %4)</source>
        <translation>SPEC: %1 heeft geen rijen met %2 = %3 (de jaren: %4)</translation>
    </message>
    <message>
        <source>Cannot read the rows of year %1 from %2</source>
        <translation>Kan de rijen van jaar %1 niet lezen uit %2</translation>
    </message>
    <message>
        <source>Year %1: %2 rows of %3 (%4 = %1)</source>
        <translation>Jaar %1: %2 rijen van %3 (%4 = %1)</translation>
    </message>
    <message>
        <source>FIELDS: %1 is listed as period %2 and as period %3; each period needs its own field</source>
        <translation>FIELDS: %1 staat als periode %2 en als periode %3; elke periode heeft een eigen veld nodig</translation>
    </message>
    <message>
        <source>Runs the whole monitor from one JSON spec file: joins the indicator tables to the neighbourhood polygons, optionally keeps a subset (&quot;filter&quot;, a QGIS expression), computes the composite index, counts risk flags (&quot;riskflags&quot;, optional), smooths the index, finds hot spots and LISA clusters, local Geary clusters (&quot;localgeary&quot;, optional), adds facility accessibility when FACILITIES are given, a bivariate local Moran (&quot;bivariate&quot;, optional: resilience:localmoran parameters such as FIELD resilience and FIELD_LAG acc_nearest_m; skipped without FACILITIES when FIELD_LAG is an acc_ field), aggregates per region and prints the maps. Every layer is written styled into the OUTPUT GeoPackage (scores, flags, smoothed, hotspots, clusters, geary, accessibility, bivariate, regions); the maps go to OUTPUT_PDF.

The spec has a section per step whose keys are that algorithm&apos;s own parameters (&quot;compositeindex&quot;: {&quot;SPEC&quot;: &quot;indicators.csv&quot;, &quot;NORMALISATION&quot;: &quot;zscore&quot;}, &quot;hotspots&quot;: {&quot;FIELD&quot;: &quot;resilience&quot;, &quot;PERMUTATIONS&quot;: 999}, ...); the pipeline wires INPUT and OUTPUT. &quot;polygons&quot; names the neighbourhood layer and &quot;join&quot; lists resilience:jointable parameter sets. A step whose section is absent is skipped. File names are relative to the spec file&apos;s folder (never to the working directory). testdata/noord_brabant_pipeline.json is a complete example for the Noord-Brabant municipalities.

&quot;layers&quot; (optional) lists the layers to write, e.g. [&quot;clusters&quot;, &quot;regions&quot;]: each step adds its fields to the previous step&apos;s, so the last layer carries every result. The others are kept in memory only while the next step reads them, which saves time and disk space with hundreds of thousands of neighbourhoods. Default: all layers.

Hot spots and clusters are turned towards the risk with RISK (see resilience:hotspots): for the resilience score the risk is low values (RISK low, which auto also takes for resilience), and the regions&apos; n_hotspots counts risk hot spots (risk_bin).

To start a spec: leave SPEC empty and choose a TEMPLATE file; the run writes a template with every section, placeholders for your files and fields, and notes on what to change. Edit it, then run again with it as SPEC.

In QGIS desktop the layers written are added to the project, styled; the pipeline runs in the main thread, since the print maps need it, so QGIS waits until it ends. The map book is written to OUTPUT_PDF only: for a layout to adjust, run Print maps on a loaded layer. Its method page (printmaps FRONT_PAGES) is written from the spec: the composite index&apos;s indicators with their domains and weights, the normalisation, the &quot;year&quot; of the data and the data files, unless the printmaps section gives METHOD.

Several years: the spec&apos;s own tables are the first year (&quot;year&quot;: &quot;2015&quot; labels it); &quot;years&quot;: [{&quot;year&quot;: &quot;2019&quot;, &quot;table&quot;: &quot;kerncijfers_2019.csv&quot;}, ...] lists later years, whose table replaces the first join&apos;s TABLE. With one long table of every year as the first join&apos;s TABLE, &quot;year_field&quot;: &quot;jaar&quot; names its year column and &quot;years&quot;: [2019] the later years; each year joins only its own rows. Each year is joined, filtered, scored on the first year&apos;s baseline and gets its risk hot spots (the riskflags, smooth and hotspots sections; layers hotspots_&lt;year&gt;); the sections &quot;change&quot; (first year to last), &quot;emerginghotspots&quot; and &quot;lisamarkov&quot; then run on resilience_&lt;year&gt; of every year and write the layers change, emerging and lisamarkov, which carry every year&apos;s resilience_, gi_z_ and risk_bin_. The years must cover the same neighbourhoods (harmonise boundaries first).

&quot;baseline&quot; (optional) names a baseline file for the composite index: when it exists the index is scored on its scale (its indicators, weights and options replace the section&apos;s), when it does not this run writes it. So the first year of a monitor makes the scale and every later year&apos;s spec names the same file; a baseline this run wrote is removed again if a later step fails.

Outputs are written to temporary files and replace OUTPUT and OUTPUT_PDF only when every step succeeded: if a step fails or the run is canceled, existing files stay as they were. The same holds for the outputs a section names itself (the join&apos;s UNMATCHED, the index&apos;s CORRELATIONS). An existing GeoPackage keeps its other layers; the layers this run writes replace those of the same name. A spec section or key that no step knows is refused before anything runs, naming the nearest known one.</source>
        <translation>Voert de hele monitor uit vanuit één JSON-specificatiebestand: koppelt de indicatorentabellen aan de buurtpolygonen, houdt desgewenst een deel over (&quot;filter&quot;, een QGIS-expressie), berekent de samengestelde index, telt risicovlaggen (&quot;riskflags&quot;, optioneel), vlakt de index af, vindt hotspots en LISA-clusters, lokale Geary-clusters (&quot;localgeary&quot;, optioneel), voegt de bereikbaarheid van voorzieningen toe als FACILITIES zijn opgegeven, een bivariate lokale Moran (&quot;bivariate&quot;, optioneel: parameters van resilience:localmoran zoals FIELD resilience en FIELD_LAG acc_nearest_m; overgeslagen zonder FACILITIES als FIELD_LAG een acc_-veld is), vat samen per regio en drukt de kaarten af. Elke laag wordt met stijl in de GeoPackage OUTPUT geschreven (scores, flags, smoothed, hotspots, clusters, geary, accessibility, bivariate, regions); de kaarten gaan naar OUTPUT_PDF.

De specificatie heeft per stap een onderdeel waarvan de sleutels de eigen parameters van dat algoritme zijn (&quot;compositeindex&quot;: {&quot;SPEC&quot;: &quot;indicators.csv&quot;, &quot;NORMALISATION&quot;: &quot;zscore&quot;}, &quot;hotspots&quot;: {&quot;FIELD&quot;: &quot;resilience&quot;, &quot;PERMUTATIONS&quot;: 999}, ...); de monitor verbindt INPUT en OUTPUT zelf. &quot;polygons&quot; noemt de buurtlaag en &quot;join&quot; geeft sets parameters van resilience:jointable. Een stap zonder onderdeel wordt overgeslagen. Bestandsnamen zijn relatief ten opzichte van de map van het specificatiebestand (nooit ten opzichte van de werkmap). testdata/noord_brabant_pipeline.json is een volledig voorbeeld voor de Noord-Brabantse gemeenten.

&quot;layers&quot; (optioneel) noemt de lagen die worden geschreven, bv. [&quot;clusters&quot;, &quot;regions&quot;]: elke stap voegt zijn velden toe aan die van de vorige stap, zodat de laatste laag elk resultaat bevat. De andere blijven alleen in het geheugen zolang de volgende stap ze leest, wat tijd en schijfruimte spaart bij honderdduizenden buurten. Standaard: alle lagen.

Hotspots en clusters worden met RISK naar het risico gedraaid (zie resilience:hotspots): voor de veerkrachtscore zijn lage waarden het risico (RISK low, dat auto ook voor resilience neemt), en n_hotspots van de regio&apos;s telt risicogebieden (risk_bin).

Een specificatie beginnen: laat SPEC leeg en kies een TEMPLATE-bestand; de run schrijft een sjabloon met elk onderdeel, plaatshouders voor uw bestanden en velden, en aanwijzingen over wat u moet aanpassen. Bewerk het en voer het daarna opnieuw uit met het sjabloon als SPEC.

In QGIS desktop worden de geschreven lagen met stijl aan het project toegevoegd; de monitor draait in de hoofdthread, omdat het afdrukken van de kaarten dat vraagt, dus QGIS wacht tot hij klaar is. Het kaartboek wordt alleen naar OUTPUT_PDF geschreven: voor een opmaak om aan te passen voert u Kaarten per regio afdrukken uit op een geladen laag. De methodepagina ervan (FRONT_PAGES van printmaps) wordt uit de specificatie geschreven: de indicatoren van de samengestelde index met hun domeinen en gewichten, de normalisatie, het jaar (&quot;year&quot;) van de gegevens en de gegevensbestanden, tenzij het onderdeel printmaps METHOD opgeeft.

Meerdere jaren: de eigen tabellen van de specificatie zijn het eerste jaar (&quot;year&quot;: &quot;2015&quot; geeft het een naam); &quot;years&quot;: [{&quot;year&quot;: &quot;2019&quot;, &quot;table&quot;: &quot;kerncijfers_2019.csv&quot;}, ...] noemt latere jaren, waarvan de tabel de TABLE van de eerste koppeling vervangt. Met één lange tabel van alle jaren als TABLE van de eerste koppeling noemt &quot;year_field&quot;: &quot;jaar&quot; de jaarkolom en &quot;years&quot;: [2019] de latere jaren; elk jaar koppelt alleen zijn eigen rijen. Elk jaar wordt gekoppeld, gefilterd en gescoord op de baseline van het eerste jaar en krijgt zijn risicogebieden (de onderdelen riskflags, smooth en hotspots; lagen hotspots_&lt;year&gt;); de onderdelen &quot;change&quot; (eerste jaar tot laatste), &quot;emerginghotspots&quot; en &quot;lisamarkov&quot; draaien daarna op resilience_&lt;year&gt; van elk jaar en schrijven de lagen change, emerging en lisamarkov, die resilience_, gi_z_ en risk_bin_ van elk jaar bevatten. De jaren moeten dezelfde buurten beslaan (harmoniseer eerst de grenzen).

&quot;baseline&quot; (optioneel) noemt een baselinebestand voor de samengestelde index: als het bestaat, wordt de index op de schaal ervan gescoord (de indicatoren, gewichten en opties ervan vervangen die van het onderdeel), als het niet bestaat schrijft deze run het. Zo maakt het eerste jaar van een monitor de schaal en noemt de specificatie van elk later jaar hetzelfde bestand; een baseline die deze run schreef, wordt weer verwijderd als een latere stap mislukt.

Uitvoer wordt naar tijdelijke bestanden geschreven en vervangt OUTPUT en OUTPUT_PDF alleen als elke stap is gelukt: als een stap mislukt of de run wordt geannuleerd, blijven bestaande bestanden zoals ze waren. Hetzelfde geldt voor de uitvoer die een onderdeel zelf noemt (UNMATCHED van de koppeling, CORRELATIONS van de index). Een bestaande GeoPackage houdt haar andere lagen; de lagen die deze run schrijft, vervangen die met dezelfde naam. Een onderdeel of sleutel van de specificatie die geen enkele stap kent, wordt geweigerd voordat er iets draait, met de naam van de dichtstbijzijnde bekende.</translation>
    </message>
    <message>
        <source>Makes a map book for publication: an overview page of the whole area and one page per region (a QGIS atlas), each with the title and the region&apos;s name, the map zoomed to the region with its surroundings greyed, a legend, a scale bar, a north arrow, the date and the source (CREDITS).

SHOW chooses what the map shows: &apos;score&apos; (field resilience, or resilience_class), &apos;hotspots&apos; (risk_bin: Getis-Ord Gi* risk hot spots at 90/95/99 % confidence in red, as resilience:hotspots writes them; gi_bin on layers without it), &apos;clusters&apos; (risk_cluster: local Moran risk clusters in red; lisa_cluster in GeoDa&apos;s colours on layers without it), &apos;stacking&apos; (stacking_class of resilience:riskflags: how many risk flags pile up), &apos;geary&apos; (lg_cluster of resilience:localgeary), &apos;change&apos; (change_class of resilience:change, worse in red), &apos;emerging&apos; (ehs_risk_category of resilience:emerginghotspots, risk spots in red) or the name of a field. Which end of the field was the risk is read from the features; RISK_FIELD (advanced) names the field the hot spots or clusters were computed on in the legend (&quot;Hot spot of low resilience&quot;), which otherwise says &quot;values&quot;. Fields written by this provider (score_&lt;domain&gt;, flag_&lt;indicator&gt;, acc_nearest_m, ...) use their own style; any other numeric field is shown in 5 quantile classes (quintiles) computed when the maps are made. Features without a value are hatched.

The region pages of a map book: LABEL_FIELD writes the neighbourhoods&apos; names with QGIS&apos;s labelling engine (only those of the page&apos;s region; names never overlap, and when space is short the lowest scores of SCORE_FIELD keep theirs). OVERLAY draws the risk hot spots (risk_bin of 2 or more: 95 % confidence) or the risk clusters (risk_cluster &apos;Risk cluster&apos;) hatched over the map, with a legend naming the field and the risk end. An inset shows the whole area with the page&apos;s region dark.

Beside the map a summary table gives the region beside the whole area: residents (sum of POPULATION), the mean of SCORE_FIELD (default resilience) weighted by POPULATION (sum P_i s_i / sum P_i; a plain mean without it), the share of residents in the lowest class (resilience_class 1 when the layer has it, else a score of 20 or less) and the number of risk hot spots (risk_bin 2 or more), then the region&apos;s 5 lowest-scoring neighbourhoods with their score and rank in the whole area (1 = lowest). A neighbourhood belongs to the region holding its point on surface. The numbers are those of resilience:aggregate. Without SCORE_FIELD in INPUT the pages have no table.

Regions: either a polygon layer REGIONS (named by its field REGION_FIELD when it has it, else by its first text field), or REGION_FIELD alone, a field of INPUT whose features are dissolved into regions. Without both, only the overview page is made.

Writes one multi-page PDF (OUTPUT_PDF) and/or one PNG per page into OUTPUT_FOLDER (00_overview.png, 01_&lt;region&gt;.png, ...; an optional page adds what it shows: 02_&lt;region&gt;_score_social.png). A run that fails or is canceled leaves the folder as it was: the pages are written under temporary names and take their own only at the end. When run in QGIS desktop the layout and its layers are also added to the current project, so the pages can be adjusted in the layout designer; the region layers are temporary (memory) layers.

FRONT_PAGES puts a cover, a contents page (the regions with their page numbers) and a method page before the maps: METHOD in plain words (indicators, domains, weights, normalisation, date of the data), or a standard text naming the domains found in INPUT (score_&lt;domain&gt; fields), then the sources (CREDITS). They are pages of the same atlas, so the layout prints the whole book.

Optional pages, each one more page of the overview and of every region, after the page of SHOW: DOMAIN_PAGES adds a page per domain score (the score_&lt;domain&gt; fields of resilience:compositeindex: personal, social, environmental, ...), CHANGE_PAGES a page of the change between two years (change_class of resilience:change, worse in red), and SITES a page of the site selection (resilience:siteselection): the neighbourhoods in reach of a chosen or existing site in light blue and those out of reach in red (the field covered of its OUTPUT_DEMAND, given as SITE_DEMAND, or INPUT when INPUT has it), the chosen sites (its OUTPUT) as green stars numbered by their order of choice (1 adds the most) and, when given, the CANDIDATES it chose from as small grey points. Each optional page names what it shows under the title; the summary table is on the page of SHOW only.

OUTPUT_TABLEBOOK writes the table book (.xlsx or .ods): one sheet per level (the areas of INPUT with their region and rank, the regions, the whole area), with readable headers in LANGUAGE and numbers as numbers; the fid and fields joined twice (the same values under name and name_2) are left out. Given a folder or a .csv name (book.csv), or when GDAL cannot write the spreadsheet format, it writes one CSV file per sheet (areas.csv, regions.csv, whole_area.csv in the folder; book_areas.csv, ... beside book.csv), with the same columns.

OUTPUT_PROJECT writes a QGIS project (.qgz) with the map book as an atlas layout and every layer it draws, styled, to adjust and export again in QGIS; its page layers go to &lt;project&gt;_layers.gpkg beside it (a run again replaces the layers it wrote there; other layers of that file stay).

LANGUAGE sets the language of the legend, the page texts and the date.</source>
        <translation>Maakt een kaartboek om te publiceren: een overzichtspagina van het hele gebied en één pagina per regio (een QGIS-atlas), elk met de titel en de naam van de regio, de kaart ingezoomd op de regio met de omgeving grijs, een legenda, een schaalbalk, een noordpijl, de datum en de bron (CREDITS).

SHOW kiest wat de kaart toont: &apos;score&apos; (veld resilience, of resilience_class), &apos;hotspots&apos; (risk_bin: Getis-Ord Gi*-risicogebieden met 90/95/99 % betrouwbaarheid in rood, zoals resilience:hotspots ze schrijft; gi_bin op lagen zonder risk_bin), &apos;clusters&apos; (risk_cluster: risicoclusters van de lokale Moran in rood; lisa_cluster in de kleuren van GeoDa op lagen zonder risk_cluster), &apos;stacking&apos; (stacking_class van resilience:riskflags: hoeveel risicovlaggen zich opstapelen), &apos;geary&apos; (lg_cluster van resilience:localgeary), &apos;change&apos; (change_class van resilience:change, slechter in rood), &apos;emerging&apos; (ehs_risk_category van resilience:emerginghotspots, risicoplekken in rood) of de naam van een veld. Aan welke kant van het veld het risico zat, wordt uit de objecten gelezen; RISK_FIELD (geavanceerd) noemt in de legenda het veld waarop de hotspots of clusters zijn berekend (&quot;Risicogebied: lage veerkracht&quot;), anders staat er &quot;waarden&quot;. Velden die deze provider schrijft (score_&lt;domain&gt;, flag_&lt;indicator&gt;, acc_nearest_m, ...) gebruiken hun eigen stijl; elk ander numeriek veld wordt getoond in 5 kwantielklassen (kwintielen), berekend bij het maken van de kaarten. Objecten zonder waarde worden gearceerd.

De regiopagina&apos;s van een kaartboek: LABEL_FIELD schrijft de namen van de buurten met de labelmachine van QGIS (alleen die van de regio van de pagina; namen overlappen nooit, en bij ruimtegebrek houden de laagste scores van SCORE_FIELD hun naam). OVERLAY tekent de risicogebieden (risk_bin 2 of meer: 95 % betrouwbaarheid) of de risicoclusters (risk_cluster &apos;Risk cluster&apos;) gearceerd over de kaart, met een legenda die het veld en de risicokant noemt. Een inzetkaart toont het hele gebied met de regio van de pagina donker.

Naast de kaart zet een overzichtstabel de regio naast het hele gebied: inwoners (som van POPULATION), het gemiddelde van SCORE_FIELD (standaard resilience) gewogen met POPULATION (som P_i s_i / som P_i; een gewoon gemiddelde zonder), het aandeel inwoners in de laagste klasse (resilience_class 1 als de laag die heeft, anders een score van 20 of minder) en het aantal risicogebieden (risk_bin 2 of meer), daarna de 5 buurten van de regio met de laagste score, met hun score en rang in het hele gebied (1 = laagste). Een buurt hoort bij de regio die haar punt op het oppervlak bevat. De getallen zijn die van resilience:aggregate. Zonder SCORE_FIELD in INPUT hebben de pagina&apos;s geen tabel.

Regio&apos;s: een polygoonlaag REGIONS (genoemd naar haar veld REGION_FIELD als ze dat heeft, anders naar haar eerste tekstveld), of alleen REGION_FIELD, een veld van INPUT waarvan de objecten tot regio&apos;s worden samengevoegd. Zonder beide wordt alleen de overzichtspagina gemaakt.

Schrijft één PDF met meerdere pagina&apos;s (OUTPUT_PDF) en/of één PNG per pagina in OUTPUT_FOLDER (00_overview.png, 01_&lt;region&gt;.png, ...; een optionele pagina voegt toe wat ze toont: 02_&lt;region&gt;_score_social.png). Een run die mislukt of wordt geannuleerd, laat de map zoals ze was: de pagina&apos;s worden onder tijdelijke namen geschreven en krijgen pas aan het eind hun eigen naam. In QGIS desktop worden de opmaak en haar lagen ook aan het huidige project toegevoegd, zodat de pagina&apos;s in de opmaakontwerper kunnen worden aangepast; de regiolagen zijn tijdelijke lagen (in het geheugen).

FRONT_PAGES zet een omslag, een inhoudsopgave (de regio&apos;s met hun paginanummers) en een methodepagina vóór de kaarten: METHOD in gewone woorden (indicatoren, domeinen, gewichten, normalisatie, datum van de gegevens), of een standaardtekst die de domeinen noemt die in INPUT zijn gevonden (velden score_&lt;domain&gt;), daarna de bronnen (CREDITS). Het zijn pagina&apos;s van dezelfde atlas, zodat de opmaak het hele boek afdrukt.

Optionele pagina&apos;s, elk één pagina extra bij het overzicht en bij elke regio, na de pagina van SHOW: DOMAIN_PAGES voegt een pagina per domeinscore toe (de velden score_&lt;domain&gt; van resilience:compositeindex: personal, social, environmental, ...), CHANGE_PAGES een pagina met de verandering tussen twee jaren (change_class van resilience:change, slechter in rood), en SITES een pagina van de locatiekeuze (resilience:siteselection): de buurten binnen bereik van een gekozen of bestaande locatie in lichtblauw en die buiten bereik in rood (het veld covered van de OUTPUT_DEMAND van de locatiekeuze, opgegeven als SITE_DEMAND, of van INPUT als INPUT dat veld heeft), de gekozen locaties (de OUTPUT ervan) als groene sterren, genummerd in de volgorde waarin ze zijn gekozen (1 voegt het meeste toe) en, indien opgegeven, de CANDIDATES waaruit gekozen werd als kleine grijze punten. Elke optionele pagina noemt onder de titel wat ze toont; de overzichtstabel staat alleen op de pagina van SHOW.

OUTPUT_TABLEBOOK schrijft het tabellenboek (.xlsx of .ods): één werkblad per niveau (de gebieden van INPUT met hun regio en rang, de regio&apos;s, het hele gebied), met leesbare kopjes in LANGUAGE en getallen als getallen; de fid en dubbel gekoppelde velden (dezelfde waarden onder name en name_2) worden weggelaten. Bij een map of een .csv-naam (book.csv), of als GDAL het rekenbladformaat niet kan schrijven, schrijft het één CSV-bestand per werkblad (areas.csv, regions.csv, whole_area.csv in de map; book_areas.csv, ... naast book.csv), met dezelfde kolommen.

OUTPUT_PROJECT schrijft een QGIS-project (.qgz) met het kaartboek als atlasopmaak en elke laag die het tekent, met stijl, om in QGIS aan te passen en opnieuw te exporteren; de paginalagen gaan naar &lt;project&gt;_layers.gpkg ernaast (een nieuwe run vervangt de lagen die hij daar schreef; andere lagen van dat bestand blijven).

LANGUAGE bepaalt de taal van de legenda, de paginateksten en de datum.</translation>
    </message>
    <message>
        <source>Optional pages: one per domain score (score_&lt;domain&gt;)</source>
        <translation>Optionele pagina&apos;s: één per domeinscore (score_&lt;domain&gt;)</translation>
    </message>
    <message>
        <source>Optional pages: change between years (change_class)</source>
        <translation>Optionele pagina&apos;s: verandering tussen jaren (change_class)</translation>
    </message>
    <message>
        <source>Optional pages: chosen sites (OUTPUT of site selection)</source>
        <translation>Optionele pagina&apos;s: gekozen locaties (OUTPUT van locatiekeuze)</translation>
    </message>
    <message>
        <source>Candidate sites, drawn small on the site pages</source>
        <translation>Kandidaatlocaties, klein getekend op de locatiepagina&apos;s</translation>
    </message>
    <message>
        <source>Neighbourhoods reached, for the site pages (OUTPUT_DEMAND of site selection; empty: INPUT)</source>
        <translation>Bereikte buurten, voor de locatiepagina&apos;s (OUTPUT_DEMAND van locatiekeuze; leeg: INPUT)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods);;CSV files, one per sheet (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;OpenDocument-rekenblad (*.ods);;CSV-bestanden, één per werkblad (*.csv)</translation>
    </message>
    <message>
        <source>%1 is drawn on the page of the chosen sites: give SITES (the OUTPUT of resilience:siteselection) too</source>
        <translation>%1 wordt getekend op de pagina van de gekozen locaties: geef ook SITES op (de OUTPUT van resilience:siteselection)</translation>
    </message>
    <message>
        <source>Optional page of every region: %1</source>
        <translation>Optionele pagina van elke regio: %1</translation>
    </message>
    <message>
        <source>Pages: overview + %1 region(s), %2 page(s) each</source>
        <translation>Pagina&apos;s: overzicht + %1 regio(&apos;s), elk %2 pagina(&apos;s)</translation>
    </message>
    <message>
        <source>PNG export to %1: the atlas has no pages</source>
        <translation>PNG-export naar %1: de atlas heeft geen pagina&apos;s</translation>
    </message>
    <message>
        <source>OUTPUT_TABLEBOOK: GDAL cannot write %1 files here; the table book is written as one CSV file per sheet</source>
        <translation>OUTPUT_TABLEBOOK: GDAL kan hier geen %1-bestanden schrijven; het tabellenboek wordt geschreven als één CSV-bestand per werkblad</translation>
    </message>
    <message>
        <source>%1 must be a point layer; %2 has %3 geometries</source>
        <translation>%1 moet een puntlaag zijn; %2 heeft %3-geometrieën</translation>
    </message>
    <message>
        <source>DOMAIN_PAGES: INPUT %1 has no domain scores (numeric score_&lt;domain&gt; fields, as resilience:compositeindex writes them); fields: %2</source>
        <translation>DOMAIN_PAGES: INPUT %1 heeft geen domeinscores (numerieke velden score_&lt;domain&gt;, zoals resilience:compositeindex ze schrijft); velden: %2</translation>
    </message>
    <message>
        <source>CHANGE_PAGES: INPUT %1 has no field change_class (run resilience:change on the two years first); fields: %2</source>
        <translation>CHANGE_PAGES: INPUT %1 heeft geen veld change_class (voer eerst resilience:change uit op de twee jaren); velden: %2</translation>
    </message>
    <message>
        <source>SITES: the page of the chosen sites colours the neighbourhoods by the field covered of resilience:siteselection&apos;s OUTPUT_DEMAND, which %1 lacks: give that layer as SITE_DEMAND</source>
        <translation>SITES: de pagina van de gekozen locaties kleurt de buurten naar het veld covered van de OUTPUT_DEMAND van resilience:siteselection, dat %1 mist: geef die laag op als SITE_DEMAND</translation>
    </message>
    <message>
        <source>OUTPUT_TABLEBOOK: %1 must end in .xlsx, .ods or .csv, or be a folder</source>
        <translation>OUTPUT_TABLEBOOK: %1 moet eindigen op .xlsx, .ods of .csv, of een map zijn</translation>
    </message>
    <message>
        <source>%1 would overwrite the input %2 (%3): choose another %4</source>
        <translation>%1 zou de invoer %2 (%3) overschrijven: kies een andere %4</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestandsnaam</translation>
    </message>
    <message>
        <source>file or layer name</source>
        <translation>bestands- of laagnaam</translation>
    </message>
    <message>
        <source>QGIS&apos;s PostgreSQL provider is not available</source>
        <translation>De PostgreSQL-provider van QGIS is niet beschikbaar</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>kan geen verbinding maken met %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a file</source>
        <translation>%1: %2 is geen bestand</translation>
    </message>
    <message>
        <source>%1: another run is writing the table %2; wait until it has finished or choose another table</source>
        <translation>%1: een andere run schrijft de tabel %2; wacht tot die klaar is of kies een andere tabel</translation>
    </message>
    <message>
        <source>%1: cannot write the table %2: %3</source>
        <translation>%1: kan de tabel %2 niet schrijven: %3</translation>
    </message>
    <message>
        <source>%1: cannot replace the table %2 by %3: %4</source>
        <translation>%1: kan de tabel %2 niet vervangen door %3: %4</translation>
    </message>
    <message>
        <source>Unlike the other statistics, PERMUTATIONS defaults to 0 here: ArcGIS&apos;s method classifies each bin by its z-score&apos;s p-value; give 999 for pseudo p-values instead.</source>
        <translation>Anders dan bij de andere statistieken is PERMUTATIONS hier standaard 0: de methode van ArcGIS deelt elke cel in op de p-waarde van haar z-score; geef 999 voor pseudo-p-waarden.</translation>
    </message>
    <message>
        <source>Invalid geometries (self-intersecting or badly nested polygons, common in boundary files) do not stop this algorithm, even under Processing&apos;s default &quot;Stop algorithm execution when a geometry is invalid&quot;: where it needs a polygon&apos;s shape it repairs a copy (GEOS MakeValid) and says so in the log; the geometries it writes are the input&apos;s, except for rings of fewer than four points, which enclose no area and which GEOS cannot use: they are dropped, and counted in the log. An invalid-feature filter chosen for one input in this dialog still applies.</source>
        <translation>Ongeldige geometrieën (polygonen die zichzelf snijden of verkeerd genest zijn, gewoon in grensbestanden) houden dit algoritme niet tegen, ook niet onder de standaardinstelling van Processing &quot;Uitvoeren van algoritme stoppen als een geometrie ongeldig is&quot;: waar het de vorm van een polygoon nodig heeft, herstelt het een kopie (GEOS MakeValid) en meldt dat in het logboek; de geometrieën die het schrijft zijn die van de invoer, behalve ringen van minder dan vier punten, die geen oppervlakte omsluiten en die GEOS niet kan gebruiken: die vervallen, en het logboek telt ze. Een filter voor ongeldige objecten dat in dit dialoogvenster voor een invoer is gekozen, geldt nog steeds.</translation>
    </message>
    <message>
        <source>%1 ring(s) of fewer than four points were dropped from %2 feature(s): they enclose no area, and GEOS cannot use them (QGIS would report &quot;Invalid number of points in LinearRing&quot; whenever it draws those features)</source>
        <translation>%1 ring(en) van minder dan vier punten zijn weggelaten uit %2 object(en): ze omsluiten geen oppervlakte en GEOS kan ze niet gebruiken (QGIS zou &quot;Invalid number of points in LinearRing&quot; melden telkens als het die objecten tekent)</translation>
    </message>
    <message>
        <source>OUTPUT must end in .gal or .gwt, not .%1</source>
        <translation>OUTPUT moet eindigen op .gal of .gwt, niet op .%1</translation>
    </message>
    <message>
        <source>Cannot copy the last step&apos;s layer to draw it</source>
        <translation>Kan de laag van de laatste stap niet kopiëren om haar te tekenen</translation>
    </message>
    <message>
        <source>%1: an in-process layer is written only inside resilience:pipeline</source>
        <translation>%1: een laag in het proces wordt alleen binnen resilience:pipeline geschreven</translation>
    </message>
    <message>
        <source>Feature has %1 attributes where %2 has %3 fields</source>
        <translation>Object heeft %1 attributen waar %2 %3 velden heeft</translation>
    </message>
</context>
<context>
    <name>WeightsWidgetWrapper</name>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
</context>
</TS>
