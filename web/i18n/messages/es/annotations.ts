import type en from '../en/annotations';

export default {
  'annotations.form.title': 'Marcar un evento',
  'annotations.form.intro':
    'El lanzamiento de una campaña, una nueva versión del sitio, una rotura de stock… Se muestra en cada gráfico relacionado.',
  'annotations.form.what': 'Qué pasó',
  'annotations.form.start': 'Primer día',
  'annotations.form.end': 'Último día (opcional)',
  'annotations.form.scope': 'Se aplica a',
  'annotations.form.wholeRole': 'Todo el rol {role}',
  'annotations.form.kpiOnly': 'Solo {kpi}',
  'annotations.form.business': 'Todo el negocio',
  'annotations.form.note': 'Nota (opcional)',
  'annotations.form.submit': 'Marcar evento',
  'annotations.form.saved': '“{title}” queda marcado en los gráficos relacionados.',
  'annotations.list.businessWide': 'Todo el negocio',
  'annotations.list.delete': 'Eliminar',
  'annotations.list.deleteLabel': 'Eliminar “{title}”',
  'annotations.list.confirmDelete': '¿Eliminar “{title}”?',
} satisfies Record<keyof typeof en, string>;
