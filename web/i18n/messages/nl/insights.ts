import type en from '../en/insights';

export default {
  'insights.revenue.title': 'Wat de omzet bewoog',
  'insights.revenue.what': 'wat de omzet bewoog',
  'insights.revenue.loading': 'Wat de omzet bewoog wordt geladen…',
  'insights.revenue.label': 'Omzet',
  'insights.revenue.reason':
    '{code, select, identity_missing {Niet beschikbaar — de uitsplitsing heeft de KPI’s Sessies, Conversieratio en Gemiddelde orderwaarde nodig zoals de standaardcatalogus ze definieert; voeg ze weer toe op de pagina Catalogus en doelen.} no_current_data {Niet beschikbaar — geen gegevens over {missing} voor {week}: de uitsplitsing heeft sessies, orders en netto-omzet van beide weken nodig.} no_base_data {Niet beschikbaar — geen gegevens over {missing} voor {week}, dus er is niets om mee te vergelijken.} other {Niet beschikbaar — een week heeft omzet zonder orders, of orders zonder sessies, en geen enkele factor kan dat verklaren.}}',
  'insights.revenue.measure': '{measure, select, sessions {sessies} orders {orders} other {netto-omzet}}',
  'insights.revenue.week53':
    '{previousYear} heeft geen week 53, dus {week} wordt vergeleken met {base}, die dezelfde dagen een jaar eerder beslaat.',
  'insights.revenue.unavailable': 'Niet beschikbaar — {reason}',
  'insights.revenue.factorsLabel':
    '{against, select, year_ago {Wat de omzet bewoog vergeleken met een jaar geleden} other {Wat de omzet bewoog vergeleken met vorige week}}',
  'insights.revenue.effect':
    '{tone, select, better {verhoogde de omzet} worse {verlaagde de omzet} other {geen effect}}',
  'insights.revenue.method':
    'Netto-omzet = verkeer × conversie × gemiddelde orderwaarde. Punten zijn aandelen van de omzet van de vergeleken week en tellen op tot de verandering{shapley, select, yes { (verdeeld met Shapley-waarden als een week geen orders of een negatieve omzet heeft).} other {.}}',
  'insights.revenue.partial': 'Gedeeltelijk: {weeks}.',
  'insights.revenue.partialWeek': '{week} heeft gegevens over {days, number} van de 7 dagen',
  'insights.against.previousWeek': 'vergeleken met vorige week',
  'insights.against.yearAgo': 'vergeleken met een jaar geleden',
  'insights.factor.traffic': 'verkeer',
  'insights.factor.conversion': 'conversie',
  'insights.factor.aov': 'gemiddelde orderwaarde',
  'insights.pacing.title': 'Maand en kwartaal tot nu toe',
  'insights.pacing.what': 'maand en kwartaal tot nu toe',
  'insights.pacing.loading': 'Maand en kwartaal tot nu toe worden geladen…',
  'insights.pacing.kpi': 'KPI',
  'insights.pacing.noTargets':
    'Geen enkele KPI van deze rol heeft al een doel — stel er een in op de pagina Catalogus en doelen.',
  'insights.pacing.method':
    'Tot en met gisteren. Sommen lopen door in hun dagtempo tot nu toe (dagen met gegevens); verhoudingen projecteren hun waarde tot nu toe. Weekdoelen tellen voor een zevende per dag.',
  'insights.pacing.without': 'Geen doel: {kpis}.',
  'insights.period.quarter': 'K{quarter} {year}',
  'insights.period.startedToday': 'vandaag begonnen',
  'insights.period.progress': '{elapsed, number} van {total, plural, one {# dag} other {# dagen}}',
  'insights.pace.onPace': 'Op schema',
  'insights.pace.atRisk': 'Risico',
  'insights.pace.offPace': 'Niet op schema',
  'insights.pace.noData': 'Nog geen gegevens',
  'insights.pace.firstTomorrow': 'eerste prognose morgen',
  'insights.pace.percent':
    '{status, select, on_pace {goed voor {percent} van het doel} other {op weg naar {percent} van het doel}}{direction, select, lower { (lager is beter)} other {}}',
  'insights.pace.value': '{status, select, on_pace {goed voor {value}} other {op weg naar {value}}}',
  'insights.pace.target': 'doel {value}',
  'insights.pace.gaps': 'gegevens over {days, number} van {elapsed, plural, one {# dag} other {# dagen}}',
  'insights.pace.soFar': '{toDate} tot nu toe',
  'insights.pace.projection':
    '{toDate} tot nu toe → {projection} aan het eind van {period, select, quarter {het kwartaal} other {de maand}}',
} satisfies Record<keyof typeof en, string>;
