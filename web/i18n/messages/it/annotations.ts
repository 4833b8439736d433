import type en from '../en/annotations';

export default {
  'annotations.form.title': 'Segna un evento',
  'annotations.form.intro':
    'Il lancio di una campagna, un rilascio del sito, una rottura di stock… Compare su ogni grafico collegato.',
  'annotations.form.what': 'Cosa è successo',
  'annotations.form.start': 'Primo giorno',
  'annotations.form.end': 'Ultimo giorno (facoltativo)',
  'annotations.form.scope': 'Si applica a',
  'annotations.form.wholeRole': 'Tutto il ruolo {role}',
  'annotations.form.kpiOnly': 'Solo {kpi}',
  'annotations.form.business': 'Tutta l’azienda',
  'annotations.form.note': 'Nota (facoltativa)',
  'annotations.form.submit': 'Segna evento',
  'annotations.form.saved': '“{title}” è segnato sui grafici collegati.',
  'annotations.list.businessWide': 'Tutta l’azienda',
  'annotations.list.delete': 'Elimina',
  'annotations.list.deleteLabel': 'Elimina “{title}”',
  'annotations.list.confirmDelete': 'Eliminare “{title}”?',
} satisfies Record<keyof typeof en, string>;
