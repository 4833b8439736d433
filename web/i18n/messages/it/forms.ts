import type en from '../en/forms';

export default {
  'forms.unreachable': 'Impossibile raggiungere Rolecard; riprova.',
} satisfies Record<keyof typeof en, string>;
