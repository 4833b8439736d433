import type en from '../en/annotations';

export default {
  'annotations.form.title': 'Een gebeurtenis markeren',
  'annotations.form.intro':
    'Een campagnestart, een nieuwe release van de site, een voorraadtekort… Te zien op elke bijbehorende grafiek.',
  'annotations.form.what': 'Wat er gebeurde',
  'annotations.form.start': 'Eerste dag',
  'annotations.form.end': 'Laatste dag (optioneel)',
  'annotations.form.scope': 'Geldt voor',
  'annotations.form.wholeRole': 'De hele rol {role}',
  'annotations.form.kpiOnly': 'Alleen {kpi}',
  'annotations.form.business': 'Het hele bedrijf',
  'annotations.form.note': 'Notitie (optioneel)',
  'annotations.form.submit': 'Gebeurtenis markeren',
  'annotations.form.saved': '“{title}” staat gemarkeerd op de bijbehorende grafieken.',
  'annotations.list.businessWide': 'Hele bedrijf',
  'annotations.list.delete': 'Verwijderen',
  'annotations.list.deleteLabel': '“{title}” verwijderen',
  'annotations.list.confirmDelete': '“{title}” verwijderen?',
} satisfies Record<keyof typeof en, string>;
