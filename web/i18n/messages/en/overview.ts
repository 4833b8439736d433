/** The weekly review: role cards, needs attention, data-quality flags and empty states. */
export default {
  'overview.title': 'Weekly review',
  'overview.segment': 'Segment: {segment}',
  'overview.weekInProgress': 'week in progress',
  'overview.scorecardWhat': 'the scorecard',
  'overview.loadingScorecard': 'Loading the scorecard…',
  'overview.latestWhat': 'the latest numbers',
  'overview.noRoles': 'No roles yet — add one on the Catalog & targets page.',
  'overview.attention.title': 'Needs attention',
  'overview.attention.none': 'Every KPI with a target is on target this week.',
  'overview.health': '{green} of {total} on target',
  'overview.health.none': 'No targets set',
  'overview.dataQuality': 'Data quality',
  'overview.target': 'target {value}',
  'overview.noTarget': 'no target',
  'overview.changedSinceReview': 'Changed since review: was {value}',
  'overview.flag.staleSince': '{kpi}: no data since {date}',
  'overview.flag.staleWeek': '{kpi}: no data this week',
  'overview.flag.partial': '{measure}: {days} of {total, plural, one {# day} other {# days}}',
  // Where a role's data usually comes from, so an empty state says what to do.
  'overview.emptyHint':
    'No {kpi} data {scope, select, range {in this range} other {this week}} — {source, select, customer_service {upload a helpdesk export or connect a webhook} marketing_manager {upload an analytics or ads export} web_experience {upload an analytics export or connect a webhook} ecommerce_manager {upload a shop export or connect the shop webhook} logistics {upload a carrier or warehouse export} inventory {upload a stock export} content {upload a content audit export} head_of_digital {upload a finance or shop export} other {upload an export or connect a webhook}}',
  'overview.source.import': 'Import a file',
  'overview.source.webhook': 'Connect a webhook',
};
