<?xml version='1.0' encoding='utf-8'?>
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
        <source>The indicator's field, or the name of a rate computed from numerator and denominator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain of resilience resources the indicator belongs to</source>
        <translation>Domein van veerkrachtbronnen waartoe de indicator behoort</translation>
    </message>
    <message>
        <source>+ : more of it means more resilient; - : more of it means less resilient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight relative to the other indicators of the same domain</source>
        <translation>Gewicht ten opzichte van de andere indicatoren in hetzelfde domein</translation>
    </message>
    <message>
        <source>Optional rate numerator / denominator x per: edit it below for the selected row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional goalposts (raw values scoring 0 and 100, for the goalposts normalisation): edit them below for the selected row</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export indicator spec</source>
        <translation>Indicatorspecificatie exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndicatorsWidgetWrapper</name>
    <message>
        <source>a list of nine cells per indicator: field, domain, direction, weight, numerator, denominator, per, goal_min, goal_max</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Origin points: %1 of %2 used; %3 outside every neighbourhood or without geometry, %4 with NULL weight, %5 with weight 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 neighbourhood(s) contain no origin point and use their point on surface instead (feature ids %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 invalid polygon(s) were repaired before taking their point (feature ids %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network distances along %1: %2 vertices, %3 edges; lengths in metres on the ellipsoid; %4 point(s) could not be placed on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facility accessibility</source>
        <translation>Bereikbaarheid van voorzieningen</translation>
    </message>
    <message>
        <source>Measures how well each neighbourhood reaches facilities such as GPs, schools or supermarkets, by straight-line distance from the neighbourhood's origin to each facility. Four fields are added (d0 = DISTANCE, the catchment):
acc_nearest_m: distance in metres to the nearest facility, whatever d0.
acc_count: facilities within d0.
acc_gravity: Hansen's potential with exponential decay, sum of S_j exp(-beta d_ij) over the facilities within d0, where S_j is the CAPACITY (1 without it) and beta = DECAY per kilometre: with DECAY 1 a facility 1 km away counts 0.37, 2 km away 0.14; DECAY 0 sums the capacity within d0.
acc_2sfca: two-step floating catchment (Luo &amp; Wang 2003). Step 1: each facility's ratio R_j = S_j / (population within d0 of it). Step 2: the sum of R_j over the facilities within d0 of the neighbourhood: capacity per inhabitant (multiply by 1000 for 'per 1000 inhabitants'). It needs POPULATION; it is NULL where a facility within reach has no population in its catchment (division by zero) or a neighbourhood with NULL population in it, and such facilities are listed in the log.

ORIGIN: where a neighbourhood's trips start: its centroid, its point on surface (always inside it), or 'points': ORIGIN_POINTS such as address points weighted by ORIGIN_WEIGHT (e.g. residents per address). Each point belongs to the neighbourhood that contains it; every measure is the weighted mean over its points, and for 2SFCA the population is spread over the points by weight. Neighbourhoods without points use their point on surface.

Distances: FACILITIES and ORIGIN_POINTS are transformed to the CRS of INPUT. In a geographic CRS distances are geodesics on its ellipsoid (Karney's algorithm, PROJ geod_inverse); in a projected CRS they are straight lines in map units converted to metres (with the projection's own scale error, in RD New below 0.01 %). Multi-point facilities are placed at their centroid. Facilities without geometry are skipped and counted.

ROADS (optional line layer): distances along the road network instead of straight lines, with QGIS's network analysis library: roads are travelled both ways, edge lengths are measured on the ellipsoid in metres, lines connect where their ends are within ROAD_TOLERANCE, and each origin and facility is snapped to its nearest road (the straight leg to the road is not counted). A neighbourhood on a network part without facilities gets a NULL acc_nearest_m. Snapping compares every point with every road segment, so this mode suits a town or a region rather than the whole country.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neighbourhood population (needed for 2SFCA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catchment distance (metres)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin of each neighbourhood</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin points (ORIGIN 'points'), e.g. address points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin point weight, e.g. residents (1 per point when empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gravity decay rate beta per kilometre, weight exp(-beta d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Road network for network distances (straight lines when empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Road topology tolerance (map units of ROADS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Bereikbaarheid</translation>
    </message>
    <message>
        <source>Facilities with a location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neighbourhoods with NULL 2SFCA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>polygon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distances: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT: %1 has no features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 neighbourhood(s) have NULL %2: facilities whose catchment holds them get no 2SFCA ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No POPULATION field: acc_2sfca is left NULL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ORIGIN_POINTS is ignored: it is used only with ORIGIN 'points' (ORIGIN is '%1')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FACILITIES: %1 has no facility with a location (%2 feature(s)); check the layer and its filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilities: %1 of %2 with a location; catchment %3 m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 facility(ies) without geometry were skipped (feature ids %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 facility(ies) have NULL %2: acc_gravity and acc_2sfca are NULL where they are within reach (feature ids %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 facility(ies) have no population within %2 m, so their 2SFCA ratio is undefined (capacity / 0) (feature ids %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 facility(ies) have a neighbourhood with NULL population within %2 m, so their 2SFCA ratio is unknown (feature ids %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acc_2sfca is NULL for %1 neighbourhood(s) that reach such a facility (feature ids %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 neighbourhood(s) without geometry get NULL everywhere (feature ids %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT already has a field %1: it is replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: INPUT has no field '%2'; that summary is left NULL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled by the user; no output was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region polygons: %1 dissolved edge to edge (coverage union), %2 with the general union (their neighbourhoods overlap or do not meet edge to edge)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 invalid neighbourhood polygon(s) were repaired (GEOS MakeValid) before dissolving: feature ids %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aggregate to regions</source>
        <translation>Samenvatten per regio</translation>
    </message>
    <message>
        <source>Neighbourhood results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region polygons</source>
        <translation>Regiopolygonen</translation>
    </message>
    <message>
        <source>Region field of the neighbourhoods (instead of region polygons)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regions</source>
        <translation>Regio's</translation>
    </message>
    <message>
        <source>Regions written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neighbourhoods in no region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either REGIONS (region polygons) or REGION_FIELD (a field of INPUT), not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SCORE_FIELD: choose the field to summarise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REGION_FIELD: field '%1' does not exist in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT changed while it was read (%1 then %2 features); run again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissolving the neighbourhoods into regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REGIONS already has a field %1: the summary is written as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 neighbourhood(s) summarised into %2 region(s); %3 in no region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score_mean_w is the plain mean of %1 (no POPULATION)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score_mean_w is the mean of %1 weighted by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 neighbourhood(s) with NULL %2 were left out of the mean, min and max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 neighbourhood(s) with NULL %2 were left out of the population, the mean and the class share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WINSORISE: '%1' is not a share such as 0.05 or a pair of quantiles such as 0.05;0.95 (or percentages 5;95)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WINSORISE: the lower quantile %1 must be below the upper quantile %2 (a single share must be below 0.5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> = %1 / %2 x %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: %1 % of the weight; %2 valid, %3 NULL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pearson correlations of the normalised indicators (direction applied) and the index; columns numbered as the rows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 with resilience: r = %2, rho = %3 (%4 pairs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 correlates negatively with the index: it pulls against the other indicators; check its direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 correlate strongly (r = %3): they may count the same thing twice; consider dropping one or lowering their weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Composite resilience index</source>
        <translation>Samengestelde veerkrachtindex</translation>
    </message>
    <message>
        <source>Combines indicators into one resilience score per feature, following the OECD/JRC Handbook on Constructing Composite Indicators (2008) and the conventions of the R package COINr; ArcGIS Pro's Calculate Composite Index does the same in outline.

Indicators: the INDICATORS table (columns field, domain, direction, weight; optional numerator, denominator, per for a derived rate numerator / denominator x per, named 'field', e.g. social assistance per 1,000 inhabitants; goal_min, goal_max for goalposts) or a SPEC file (CSV or JSON with the same columns, see docs/composite_index.md). Give one of the two. Direction '+' means more is more resilient, '-' the reverse. Weights are relative within a domain (empty = 1). Domains are the monitor's personal, social and environmental resources, weighted equally; DOMAIN_WEIGHTS (domain, weight) changes their weights and declares a domain of your own. An indicator in any other domain is an error, so a typo does not start a new domain. SPEC_OUTPUT saves the spec actually used, to reuse or publish with the map.

Steps: (1) values at or below NODATA (CBS sentinels such as -99999999) become NULL; (2) optional WINSORISE clips outliers at quantiles: 0.05 clips at the 5th and 95th percentile, '0.01;0.9' sets both; (3) NORMALISATION puts indicators on one scale: zscore (x - mean) / sd, minmax 0-100, rank (percentile rank 0-100), robust (x - median) / IQR, goalposts 0-100 between fixed goal_min and goal_max (capped); (4) AGGREGATION per domain and across domains: arithmetic (weighted mean; a weakness is fully compensated by a strength) or geometric (weighted geometric mean; only partly compensated). The geometric mean needs positive values: GEOMETRIC_SHIFT s takes exp(mean log(x + s)) - s, which suits 0-100 scales with s = 1; with zscore or robust use arithmetic. (5) The result is rescaled to 0-100 (goalposts keep their fixed scale).

Missing values: 'reweight' averages the indicators present (their weights renormalised) and leaves the index NULL where less than MIN_COVERAGE of the weight is present; 'exclude' gives any feature with a NULL indicator no score and leaves it out of the normalisation. Indicators without values or without variation are skipped and reported. Each feature is one observation: when several features share a row (land and water parts of a municipality) each of them counts.

Fields added: score_&lt;domain&gt;, resilience (0-100, higher = more resilient), resilience_rank (1 = lowest), resilience_class (quintile 1-5, 1 = lowest fifth), coverage (share of the index weight present). With UNCERTAINTY_RUNS &gt; 0 every run varies each weight by up to +/- UNCERTAINTY_SHARE and re-ranks (Handbook section 7, COINr get_sensitivity): rank_p05, rank_median and rank_p95 show how firm a rank is; a fixed SEED repeats the result. The log lists every indicator's share of the weight and the correlations between indicators and with the index (CORRELATIONS writes them as a table): strongly correlated indicators count a theme twice, a negative correlation with the index suggests a wrong direction.

The choice of indicators, directions and weights is a value judgement: document it.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Features with a resilience score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the indicators either as the INDICATORS table or as a SPEC file, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No indicators: fill in the INDICATORS table (field, domain, direction, weight) or choose a SPEC file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DOMAIN_WEIGHTS: no indicator is in domain '%1'; its weight is not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 value(s) read as NULL by NODATA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNCERTAINTY_NORMALISATIONS: '%1' is not one of zscore, minmax, rank, robust, goalposts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncertainty: %1 runs with weights varied by up to +/- %2 % and normalisation drawn from %3 (seed %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT's field %1 is replaced by the new %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator spec saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resilience scored for %1 of %2 feature(s) with %3 of %4 indicator(s), normalised by %5, %6 aggregation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>, not row-standardised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Features with a NULL value (left out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Islands (in the mean, not in n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moran's I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected I = -1/(n-1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variance (normality)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>z (normality)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p two-sided (normality)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p greater (normality, spdep default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variance (randomisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>z (randomisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p two-sided (randomisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p greater (randomisation, spdep default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permutations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pseudo p (folded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S0, S1, S2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not write %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global Moran's I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moran scatterplot</source>
        <translation>Moran-spreidingsdiagram</translation>
    </message>
    <message>
        <source>Spatial autocorrelation (global Moran's I)</source>
        <translation>Ruimtelijke autocorrelatie (globale Moran's I)</translation>
    </message>
    <message>
        <source>Tells whether similar values lie near each other across the whole layer: Moran's I above its expectation -1/(n-1) means neighbours resemble each other (clustering), below it that they differ (a checkerboard). Numbers are identical to R spdep moran.test (Cliff &amp; Ord 1981): the variance, z and p of I under the normality and the randomisation assumption. P_NORMALITY and P_RANDOMISATION are two-sided (as PySAL and ArcGIS); the report also lists spdep's one-sided 'greater' p. With PERMUTATIONS &gt; 0 the values are shuffled over the features (spdep moran.mc) for a folded pseudo p (P_SIM, the smaller tail: compare it with your significance level as it is), reproducible for a SEED.

NULL values are left out (their links dropped, weights standardised afterwards); islands stay in the mean but leave n (spdep adjust.n). A field with the same value everywhere has no I and stops with an error.

SCATTERPLOT (PNG or SVG): the Moran scatterplot (Anselin 1996), each feature's standardised value against the weighted mean of its neighbours' standardised values; the slope of the red line is I (with row-standardised weights), points top right and bottom left are High-High and Low-Low, the others outliers. OUTPUT_HTML lists every number (plain text for a .txt path).

</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>HTML files (*.html);;Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variance of I (normality)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variance of I (randomisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pseudo p from permutations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Features in the test (n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing Moran's I and %1 permutations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing Moran's I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moran's I of %1: %2 features, %3 NULL values left out, %4 islands (in the mean, not in n); n = %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I = %1, E(I) = %2; normality: z = %3, p = %4; randomisation: z = %5, p = %6 (two-sided)%7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; pseudo p = %1 (%2 permutations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawing the Moran scatterplot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scatterplot uses row-standardised weights (Anselin 1996); its slope differs from the I of unstandardised weights above</source>
        <translation type="unfinished" />
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
        <source>%1: %2 of %3 features computed; %4 with a NULL value, %5 islands (NULL, 'Undefined')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hot spots: %1, cold spots: %2 (90 % confidence or more%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1-corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: field '%2' does not exist in %3 (fields: %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join indicator table</source>
        <translation>Indicatorentabel koppelen</translation>
    </message>
    <message>
        <source>Joins an indicator table (CBS key figures, survey results; CSV, XLSX, ODS, GeoPackage or PostGIS) to neighbourhood polygons (buurten, wijken, gemeenten) by key.

Key matching: 'exact' compares keys as written; 'trimmed' ignores surrounding spaces and case; 'cbs' reads CBS area codes in all their forms, so GM0855, 0855 and 855 are the same municipality, and WK/BU codes (gwb_code_10) match their 6 and 8 digit forms (gwb_code_8).

Numbers written as text are read with Dutch and English conventions: a decimal comma (12,5), thousands separators (1.234.567 or 1,234.5). A column that is numeric apart from no-data markers becomes a numeric field. No-data: terms separated by ';', either markers (CBS writes '.' for missing, 'x' for confidential, '-' for not applicable) or thresholds such as '&lt;=-99995', which catches the CBS sentinels -99999997 and -99999999. Those values become NULL and are counted.

Duplicate keys in the table are an error, as any polygon could receive either row; polygons that share a key (land and water parts of one municipality) each receive the row. Every input polygon and attribute is kept; the input is never modified. Table rows that match no polygon can be written to the optional UNMATCHED table, with the reason.</source>
        <translation type="unfinished" />
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
        <source>Values read as NULL (';'-separated markers and &lt;=/&gt;= thresholds)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Polygons without data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table rows unmatched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values set NULL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT must be a polygon layer; %1 has %2 geometries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table field '%1' is written as '%2': the polygons already have a field with that name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 value(s) set NULL by the no-data rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Polygons matched: %1 of %2; polygons without data: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table rows that matched no polygon: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values set NULL by the no-data rules: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No polygon matched any table row: check INPUT_KEY, TABLE_KEY and KEY_MATCHING (keys that are not CBS codes need 'trimmed' or 'exact')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clusters and outliers (local Moran's I)</source>
        <translation>Clusters en uitschieters (lokale Moran's I)</translation>
    </message>
    <message>
        <source>LISA clusters</source>
        <translation>LISA-clusters</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditional randomisation (spdep default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total randomisation (Anselin 1995)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local Moran's I: %1 of %2 features computed (%3 NULL values, %4 islands); clusters: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The input field '%1' is replaced by the new result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC: "layers" names %1, which is none of the pipeline's layers (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC: "layers" is empty; name at least one of %1 or leave it out</source>
        <translation type="unfinished" />
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
        <source>Facilities (points; replaces the spec's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result GeoPackage</source>
        <translation>GeoPackage met resultaten</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print maps (PDF)</source>
        <translation>Kaarten (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC: cannot read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC: %1 is not a JSON object: %2 at offset %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC: %1 names no "polygons" layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— %1 —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 step failed; see the messages above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the joined layer to filter it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC: the filter %1 is not a valid expression for the layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter %1 keeps %2 features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC: the filter %1 keeps no features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No FACILITIES given: accessibility is skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not write the file (is the folder writable, is it open elsewhere?) %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: out of memory; lower DPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A3 landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A3 portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution (DPI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map book (PDF)</source>
        <translation>Kaartboek (PDF)</translation>
    </message>
    <message>
        <source>Folder for one PNG per page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout saved in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT %1 has no features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give OUTPUT_PDF, OUTPUT_FOLDER or both: there is nothing to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing field %1 as '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 feature(s) without a value of %2 (NULL or a no-data code at or below -99995) are hatched as no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages: overview + %1 region(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 feature(s) of INPUT have no geometry and are not drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF export to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OUTPUT_FOLDER: cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG export to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout '%1' added to the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ran out of memory; try a smaller layer or fewer permutations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building spatial weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 of %3 features computed; NULL for %4 with a NULL value, %5 with a population of zero or less, %6 without a neighbour that has a value</source>
        <translation type="unfinished" />
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

METHOD=kernel: the weighted mean of FIELD over each feature and its neighbours, sum w_ij y_j / sum w_ij (Nadaraya-Watson), written to &lt;FIELD&gt;_smooth. With WEIGHTS=kernel the weights fall with distance; with contiguity, knn or distance weights every neighbour counts the same. INCLUDE_SELF lets the feature's own value take part with the weight of its own link (K(0) for kernel weights with KERNEL_SELF, as in a GWT file), or weight 1 - one neighbour more - where the weights have no such link. Because the mean divides by the weight sum, ROW_STANDARDISE changes nothing here.

METHOD=eb and eb_local smooth the rate EVENTS / POPULATION (e.g. cases per inhabitant) by empirical Bayes (Marshall 1991, method of moments): a rate from a small population is pulled strongly towards the prior mean, one from a large population hardly at all. eb takes the whole layer as the prior (spdep EBest, Poisson) and needs no weights; eb_local takes each feature with its neighbours (spdep EBlocal; the weights' values are ignored, only who is a neighbour counts). Fields: raw_rate (events / population), and eb_rate or eb_local. Numbers are identical to spdep. Event counts must not be negative; a population of zero or less gives NULL rates and is counted in the log, as is the prior.

A NULL value gives a NULL result (no gap filling), and so does a feature without a neighbour with a value; the log counts both. The default weights are queen contiguity, as for the other statistics and as Marshall's local estimator was defined; choose WEIGHTS=kernel for a distance-decay smoother.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Kernel-weighted neighbourhood mean of a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empirical Bayes rate, global prior (spdep EBest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empirical Bayes rate, local prior (spdep EBlocal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value field (METHOD=kernel)</source>
        <translation>Waardeveld (METHOD=kernel)</translation>
    </message>
    <message>
        <source>Include the feature's own value (METHOD=kernel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event count field (METHOD=eb, eb_local)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Population at risk field (METHOD=eb, eb_local)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIELD is missing: METHOD=kernel smooths the values of FIELD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing: METHOD=%2 smooths the rate EVENTS / POPULATION and needs both fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted mean of %1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feature itself included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feature itself left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>METHOD=eb uses no spatial weights: the prior is the whole layer's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global prior (method of moments, spdep EBest): mean b = %1, variance a = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empirical Bayes rate of %1 / %2 (global)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empirical Bayes rate of %1 / %2 (local, %3)</source>
        <translation type="unfinished" />
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
        <translation>6 Regio's</translation>
    </message>
    <message>
        <source>7 Maps</source>
        <translation>7 Kaarten</translation>
    </message>
    <message>
        <source>Runs the whole monitor from one JSON spec: join, index, hot spots, clusters, regions and maps</source>
        <translation>Voert de hele monitor uit vanuit één JSON-specificatie: koppelen, index, hotspots, clusters, regio's en kaarten</translation>
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
        <source>Finds each neighbourhood's neighbours and saves them as a GAL or GWT file</source>
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
        <source>Finds clusters and outliers with local Moran's I (LISA)</source>
        <translation>Vindt clusters en uitschieters met lokale Moran's I (LISA)</translation>
    </message>
    <message>
        <source>Tests whether values cluster in space overall (Moran's I)</source>
        <translation>Toetst of waarden in de ruimte clusteren (Moran's I)</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weights file</source>
        <translation>Gewichtenbestand</translation>
    </message>
    <message>
        <source>GAL files (*.gal);;GWT files (*.gwt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum neighbours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean neighbours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maximum neighbours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Islands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected components</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OUTPUT: %1 must end in .gal or .gwt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OUTPUT: %1 weights are not binary and a GAL file would lose them; write a .gwt file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High-High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low-High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low-Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High-Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (standardised)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spatial lag of %1 (standardised)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n island(s) without neighbours not shown</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NULL value(s) left out</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Moran scatterplot: I = %1 (slope of the red line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moran scatterplot of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 must end in .png or .svg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not write %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reopen %1 to store its style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spatial resilience style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not store the style in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reopen %1 to write its style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the style files beside %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of legends and labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Style %1 is missing; the output is unstyled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Style %1 is not valid XML: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not apply style %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT %1 has no features with a geometry to map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REGION_FIELD: field '%1' does not exist in INPUT %2 (fields: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REGION_FIELD: field '%1' is NULL or empty for every feature of INPUT %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REGIONS: feature %1 cannot be transformed to the CRS of INPUT: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REGIONS: %1 has no polygons with a geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHOW=%1 needs the field '%2' in INPUT %3 (fields: %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHOW=%1: the field is %2, not numeric; give a numeric field, or score, hotspots or clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHOW=%1: every value of the field is NULL (or a no-data code) in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planar distances in map units (the layer has no CRS; map units are taken as metres)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The layer has no CRS: distances are in its map units, which are taken as metres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ellipsoid of %1 is unknown; WGS 84 is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ellipsoidal distances in metres on the ellipsoid of %1 (a = %2 m, 1/f = %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The units of %1 are unknown: they are taken as metres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planar distances in %1 (%2), converted to metres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: field '%2' of %3 is %4, not numeric; convert it first (e.g. with resilience:jointable, which reads numbers written as text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field '%1': %2 infinite or NaN value(s) are read as NULL (feature ids %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field '%1': %2 value(s) at or below -99995 (CBS no-data codes such as -99999997) are read as NULL (feature ids %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: field '%2' is %3 in feature %4; it must not be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no layer given, or it could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a %2 layer; %3 has %4 geometries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not create layer %2 in %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROADS: %1 gives no road network (no line features?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 '%3' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (numerator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (denominator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (field)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 cells, which is not a whole number of rows of %3 columns; give every row all columns (leave unused ones empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 row %2 has %3 cells; at most %4 are expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 row %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the field is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: indicator '%2' has no domain (e.g. personal, social, environmental)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: direction '%2' of indicator '%3' must be + or - (or positive / negative)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lists no indicator: fill in at least field, domain and direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2, indicator '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the domain is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: domain '%2' has no weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the weight of domain '%2' must be a positive number, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an enum parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: '%2' is not one of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resilience indicators</source>
        <translation>Veerkrachtindicatoren</translation>
    </message>
    <message>
        <source>The indicators of a composite index: field, domain, direction, weight, rate and goalposts per row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resilience value field</source>
        <translation>Veerkracht-waardeveld</translation>
    </message>
    <message>
        <source>A numeric field, by default the resilience score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spatial weights method</source>
        <translation>Methode voor ruimtelijke gewichten</translation>
    </message>
    <message>
        <source>How neighbours are found: queen, rook, knn, distance or kernel</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bonferroni</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significance level</source>
        <translation>Significantieniveau</translation>
    </message>
    <message>
        <source>Inference: p-values are analytical (normal approximation); with PERMUTATIONS &gt; 0 the values of the other features are also shuffled around each feature (conditional randomisation, as spdep and PySAL) to give a pseudo p-value, reproducible for a SEED on any number of threads. Testing every neighbourhood at 5 % finds about 5 % 'significant' ones by chance: CORRECTION=fdr (Benjamini-Hochberg) or bonferroni adjusts the p-values used for the classification; the raw p-values are kept.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 features have no geometry and are islands: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 invalid geometries kept no area after repair and are islands: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weights: %1 features, %2 links, neighbours min %3 / mean %4 / max %5, %6 connected component(s)%7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, not symmetric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 island(s) without neighbours (their results are NULL; ISLANDS=attach links each to its nearest feature): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WEIGHTS_FILE: %1 is neither a .gal nor a .gwt file</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bisquare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epanechnikov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triangular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feature id field for weights files</source>
        <translation>Id-veld voor gewichtenbestanden</translation>
    </message>
    <message>
        <source>Spatial weights: queen contiguity links polygons sharing a boundary point, rook those sharing an edge (as R spdep poly2nb and PySAL). TOLERANCE bridges slivers and gaps between separately digitised boundaries: left empty it is one millionth of the layer's extent (1 m on a 1,000 km layer); 0 requires exactly shared vertices. knn takes the K nearest representative points; distance all within DISTANCE metres (0 = the smallest band that leaves no feature alone); kernel weighs neighbours by a kernel of distance over a fixed or adaptive (K-th neighbour) bandwidth. Lon/lat layers are measured on their ellipsoid, in metres, never in degrees. Islands are reported; ISLANDS=attach links each island to its nearest feature. A GAL or GWT file (GeoDa, PySAL, spdep) can replace all of this; its ids are the values of ID_FIELD, or feature positions 1..n.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID_FIELD: field '%1' does not exist in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID_FIELD: the value '%1' of field '%2' appears in features %3 and %4 of %5; weights file ids must be unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weights file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weights: the same polygons as the previous step's; its weights are reused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contiguity, tolerance %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>K: %1 neighbours asked, but the layer has only %2 features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 nearest neighbours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>distance band %1 map units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 kernel, %2 bandwidth, K %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adaptive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 island(s) attached to their nearest feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Summarises neighbourhood results per region, as the monitor reports buurt -&gt; wijk -&gt; gemeente -&gt; regio -&gt; provincie.

Regions come either from a REGIONS polygon layer (each neighbourhood belongs to the region containing its point on surface; the output has the regions' polygons and fields) or from REGION_FIELD, a field of INPUT such as a municipality code (one output feature per value, with the union of its neighbourhoods as geometry). Give exactly one of the two.

Fields per region: n_areas (neighbourhoods), n_scored (neighbourhoods in the mean), population (sum of POPULATION), score_mean_w (population-weighted mean of SCORE_FIELD, sum P_i s_i / sum P_i; a plain mean without POPULATION), score_min, score_max, share_lowest_class (population share, or share of neighbourhoods without POPULATION, whose CLASS_FIELD equals LOWEST_CLASS, default 1) and n_hotspots (neighbourhoods whose HOTSPOT_FIELD is at least HOTSPOT_MIN_BIN).

n_hotspots counts risk hot spots: HOTSPOT_FIELD defaults to risk_bin, which resilience:hotspots writes turned towards the risk (+3, +2, +1 = risk hot spot at 99, 95, 90 % confidence; for a resilience score, clusters of LOW resilience), so the default HOTSPOT_MIN_BIN 2 counts risk hot spots at 95 % confidence or more. Choose gi_bin to count clusters of high values whatever they mean.

NULLs: a neighbourhood with a NULL score is left out of the mean, min and max; one with a NULL population is left out of the population, the mean and the class share (its score still counts for min and max). Both are counted in the log, as are neighbourhoods in no region. When the default CLASS_FIELD (resilience_class) or HOTSPOT_FIELD (risk_bin) is not a field of INPUT, that summary is left NULL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk hot-spot bin field (risk_bin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smallest bin counted as risk hot spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n_hotspots counts the neighbourhoods whose %1 is %2 or more%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (risk hot spots)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finds where high values (hot spots) and low values (cold spots) cluster: the Getis-Ord statistic compares the weighted sum of values around each neighbourhood with what would be expected if values were spread at random (Getis &amp; Ord 1992; Ord &amp; Getis 1995). Gi* counts the neighbourhood itself (STAR, the usual choice for hot spot maps); Gi leaves it out. Numbers are identical to R spdep localG.

Fields: gi_z (z-score), gi_p (two-sided p), gi_p_sim (pseudo p, with permutations), gi_p_adj (after CORRECTION), gi_bin (ArcGIS convention: 3, 2, 1 for hot spots at 99, 95 and 90 % confidence, -3..-1 for cold spots, 0 not significant) and gi_class (the bin as text). NULL values and islands give NULL and 'Undefined', never a spot.

Risk fields: risk_bin is gi_bin turned towards the risk, +3, +2, +1 for a risk hot spot at 99, 95 and 90 % confidence (gi_bin itself with RISK=high, its negation with RISK=low), and risk_class says it in the LANGUAGE chosen ("Risk hot spot (99 %)", "Risicogebied (99 %)"). The output is drawn by risk_bin: risk hot spots red, whichever end is the risk, as on every map of this plugin.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk hot spots (%1 values of %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local Moran's I (Anselin 1995) compares each neighbourhood's value with the weighted mean of its neighbours: High-High and Low-Low clusters are neighbourhoods that resemble their surroundings, High-Low and Low-High outliers differ from them. Numbers are identical to R spdep localmoran; pseudo p-values follow localmoran_perm (conditional permutations, 999 by default).

VARIANCE: conditional (spdep's default since 1.2, Sokal et al. 1998) or total randomisation (Anselin 1995).

Fields: lisa_i, lisa_ei, lisa_vi, lisa_z, lisa_p (analytical, two-sided), lisa_p_sim (pseudo p), lisa_p_adj (after CORRECTION), lisa_q (quadrant of the Moran scatterplot, against the means) and lisa_cluster (High-High, Low-Low, High-Low, Low-High when significant, else Not significant; Undefined for NULL values and islands). Clusters use the pseudo p when permutations are run.

Risk fields: risk_cluster names the cluster by the risk (Risk cluster, Low-risk cluster, Risk outlier, Low-risk outlier, Not significant, Undefined): with RISK=high High-High is the risk cluster, with RISK=low Low-Low is. risk_cluster_class says it in the LANGUAGE chosen, with the quadrant ("Risk cluster (Low-Low)", "Risicocluster (Laag-Laag)"). The output is drawn by risk_cluster: risk clusters red, whichever end is the risk; lisa_cluster keeps GeoDa's names.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk clusters (%1 values of %2, %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs the whole monitor from one JSON spec file: joins the indicator tables to the neighbourhood polygons, optionally keeps a subset ("filter", a QGIS expression), computes the composite index, smooths it, finds hot spots and LISA clusters, adds facility accessibility when FACILITIES are given, aggregates per region and prints the maps. Every layer is written styled into the OUTPUT GeoPackage (scores, smoothed, hotspots, clusters, accessibility, regions); the maps go to OUTPUT_PDF.

The spec has a section per step whose keys are that algorithm's own parameters ("compositeindex": {"SPEC": "indicators.csv", "NORMALISATION": "zscore"}, "hotspots": {"FIELD": "resilience", "PERMUTATIONS": 999}, ...); the pipeline wires INPUT and OUTPUT. "polygons" names the neighbourhood layer and "join" lists resilience:jointable parameter sets. A step whose section is absent is skipped. File names are relative to the spec file. testdata/noord_brabant_pipeline.json is a complete example for the Noord-Brabant municipalities.

"layers" (optional) lists the layers to write, e.g. ["clusters", "regions"]: each step adds its fields to the previous step's, so the last layer carries every result. The others are kept in memory only while the next step reads them, which saves time and disk space with hundreds of thousands of neighbourhoods. Default: all layers.

Hot spots and clusters are turned towards the risk with RISK (see resilience:hotspots): for the resilience score the risk is low values (RISK low, which auto also takes for resilience), and the regions' n_hotspots counts risk hot spots (risk_bin).

To start a spec: leave SPEC empty and choose a TEMPLATE file; the run writes a template with every section, placeholders for your files and fields, and notes on what to change. Edit it, then run again with it as SPEC.

In QGIS desktop the layers written are added to the project, styled; the pipeline runs in the main thread, since the print maps need it, so QGIS waits until it ends. The map book is written to OUTPUT_PDF only: for a layout to adjust, run Print maps on a loaded layer.

If a step fails the GeoPackage and the PDF are removed: no half-written output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a spec template to start from (instead of running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give SPEC to run a pipeline or TEMPLATE to write a spec to start from, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spec template written to %1: replace the &lt;...&gt; placeholders with your files and fields, then run again with it as SPEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC: choose a pipeline spec (JSON), or give TEMPLATE to write one to start from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OUTPUT: choose the result GeoPackage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEMPLATE: %1 already exists and is left as it is (it may be a spec you edited); choose a new file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEMPLATE: cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes a map book for publication: an overview page of the whole area and one page per region (a QGIS atlas), each with the title and the region's name, the map zoomed to the region with its surroundings greyed, a legend, a scale bar, a north arrow, the date and the source (CREDITS).

SHOW chooses what the map shows: 'score' (field resilience, or resilience_class), 'hotspots' (risk_bin: Getis-Ord Gi* risk hot spots at 90/95/99 % confidence in red, as resilience:hotspots writes them; gi_bin on layers without it), 'clusters' (risk_cluster: local Moran risk clusters in red; lisa_cluster in GeoDa's colours on layers without it) or the name of a field. Which end of the field was the risk is read from the features; RISK_FIELD (advanced) names the field the hot spots or clusters were computed on in the legend ("Hot spot of low resilience"), which otherwise says "values". Fields written by this provider (score_&lt;domain&gt;, acc_nearest_m, ...) use their own style; any other numeric field is shown in 5 quantile classes (quintiles) computed when the maps are made. Features without a value are hatched.

Regions: either a polygon layer REGIONS (named by its field REGION_FIELD when it has it, else by its first text field), or REGION_FIELD alone, a field of INPUT whose features are dissolved into regions. Without both, only the overview page is made.

Writes one multi-page PDF (OUTPUT_PDF) and/or one PNG per page into OUTPUT_FOLDER (00_overview.png, 01_&lt;region&gt;.png, ...). When run in QGIS desktop the layout and its layers are also added to the current project, so the pages can be adjusted in the layout designer; the region layers are temporary (memory) layers.

LANGUAGE sets the language of the legend, the page texts and the date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field the hot spots or clusters were computed on (for the legend)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is shown without its stored style: %2</source>
        <translation type="unfinished" />
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
        <source>RISK says which end of the value field is the risk, so that the map shows risk in red whatever the field: high for a deprivation rate, a share of benefit claimants or crime; low for a resilience score. The default, auto, takes low for the scores this plugin's composite index writes (fields starting with resilience or score_: higher = more resilient) and high for any other field, and says in the log which it took; choose high or low yourself for a field of your own. The legend names the field and the direction ("Hot spot of low resilience").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RISK: low values of %1 are the risk%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RISK: high values of %1 are the risk%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (auto: a resilience score, higher = more resilient)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (auto: not one of this plugin's scores; set RISK=low if low values are the risk)</source>
        <translation type="unfinished" />
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
        <translation>Telt waar risico's zich opstapelen: percentielrangen en vlaggen zoals de Social Vulnerability Index van de CDC</translation>
    </message>
    <message>
        <source>Finds where several variables cluster together (local Geary)</source>
        <translation>Vindt waar meerdere variabelen samen clusteren (lokale Geary)</translation>
    </message>
    <message>
        <source>Indicator spec file (CSV or JSON; domains are the themes)</source>
        <translation>Indicatorspecificatie (CSV of JSON; de domeinen zijn de thema's)</translation>
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
        <source>Neighbours' field (bivariate: FIELD against the lag of this field)</source>
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
</context>
<context>
    <name>WeightsWidgetWrapper</name>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
</context>
</TS>