/** Events marked on the charts: the form on a role page and the numbered list under each chart. */
export default {
  'annotations.form.title': 'Mark an event',
  'annotations.form.intro': 'A campaign launch, a site release, a stock-out… shown on every related chart.',
  'annotations.form.what': 'What happened',
  'annotations.form.start': 'First day',
  'annotations.form.end': 'Last day (optional)',
  'annotations.form.scope': 'Applies to',
  'annotations.form.wholeRole': 'All of {role}',
  'annotations.form.kpiOnly': '{kpi} only',
  'annotations.form.business': 'The whole business',
  'annotations.form.note': 'Note (optional)',
  'annotations.form.submit': 'Mark event',
  'annotations.form.saved': '“{title}” is marked on the charts it relates to.',
  'annotations.list.businessWide': 'Business-wide',
  'annotations.list.delete': 'Delete',
  'annotations.list.deleteLabel': 'Delete “{title}”',
  'annotations.list.confirmDelete': 'Delete “{title}”?',
};
