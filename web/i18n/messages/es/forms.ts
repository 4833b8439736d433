import type en from '../en/forms';

export default {
  'forms.unreachable': 'No se pudo conectar con Rolecard; inténtalo de nuevo.',
} satisfies Record<keyof typeof en, string>;
