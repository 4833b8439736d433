/** The weekly review and the role pages: week picker, segments, statuses, changes. */
export default {
  'week.legend': 'Week',
  'week.title': 'Week {week}',
  'week.previous': 'Previous week',
  'week.next': 'Next week',
  'week.choose': 'Choose a week',
  'segment.label': 'Segment',
  'segment.all': 'All segments',
  'status.green': 'On target',
  'status.amber': 'Near target',
  'status.red': 'Off target',
  'status.noTarget': 'No target',
  'status.noData': 'No data',
  'change.none': 'no previous week',
  'change.verdict': 'vs previous week, {verdict, select, better {better} worse {worse} other {unchanged}}',
};
