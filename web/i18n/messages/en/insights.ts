/** The weekly review's insights: what moved revenue, and pacing to target on a role's page. */
export default {
  'insights.revenue.title': 'What moved revenue',
  'insights.revenue.what': 'what moved revenue',
  'insights.revenue.loading': 'Loading what moved revenue…',
  'insights.revenue.label': 'Revenue',
  'insights.revenue.reason':
    '{code, select, identity_missing {Not available — the split needs the KPIs Sessions, Conversion rate and Average order value as the default catalog defines them; put them back on the Catalog & targets page.} no_current_data {Not available — no {missing} data for {week}: the split needs sessions, orders and net revenue for both weeks.} no_base_data {Not available — no {missing} data for {week}, so there is nothing to compare with.} other {Not available — a week has revenue without orders, or orders without sessions, so no factor can explain it.}}',
  'insights.revenue.measure': '{measure, select, sessions {sessions} orders {orders} other {net revenue}}',
  'insights.revenue.week53':
    '{previousYear} has no week 53, so {week} is compared with {base}, which covers the same days a year earlier.',
  'insights.revenue.unavailable': 'Not available — {reason}',
  'insights.revenue.factorsLabel':
    '{against, select, year_ago {What moved revenue vs a year ago} other {What moved revenue vs last week}}',
  'insights.revenue.effect': '{tone, select, better {raised revenue} worse {lowered revenue} other {no effect}}',
  'insights.revenue.method':
    'Net revenue = traffic × conversion × AOV. Points are shares of the earlier week’s revenue and add up to its change{shapley, select, yes { (split by Shapley values where a week has no orders or negative revenue).} other {.}}',
  'insights.revenue.partial': 'Partial: {weeks}.',
  'insights.revenue.partialWeek': '{week} has data on {days, number} of 7 days',
  'insights.against.previousWeek': 'vs last week',
  'insights.against.yearAgo': 'vs a year ago',
  'insights.factor.traffic': 'traffic',
  'insights.factor.conversion': 'conversion',
  'insights.factor.aov': 'AOV',
  'insights.pacing.title': 'Month and quarter to date',
  'insights.pacing.what': 'month and quarter to date',
  'insights.pacing.loading': 'Loading month and quarter to date…',
  'insights.pacing.kpi': 'KPI',
  'insights.pacing.noTargets': 'No KPI of this role has a target yet — set one on the Catalog & targets page.',
  'insights.pacing.method':
    'Through yesterday. Sums run on at their daily pace so far (days with data); ratios project their value to date. Weekly targets count a seventh per day.',
  'insights.pacing.without': 'No target: {kpis}.',
  'insights.period.quarter': 'Q{quarter} {year}',
  'insights.period.startedToday': 'started today',
  'insights.period.progress': '{elapsed, number} of {total, plural, one {# day} other {# days}}',
  'insights.pace.onPace': 'On pace',
  'insights.pace.atRisk': 'At risk',
  'insights.pace.offPace': 'Off pace',
  'insights.pace.noData': 'No data yet',
  'insights.pace.firstTomorrow': 'first pace tomorrow',
  'insights.pace.percent':
    '{status, select, on_pace {for} other {heading for}} {percent} of target{direction, select, lower { (lower is better)} other {}}',
  'insights.pace.value': '{status, select, on_pace {for} other {heading for}} {value}',
  'insights.pace.target': 'target {value}',
  'insights.pace.gaps': 'data on {days, number} of {elapsed, plural, one {# day} other {# days}}',
  'insights.pace.soFar': '{toDate} so far',
  'insights.pace.projection': '{toDate} so far → {projection} by {period, select, quarter {quarter} other {month}} end',
};
