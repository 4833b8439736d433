import type en from '../en/forms';

export default {
  'forms.unreachable': 'Rolecard is niet bereikbaar; probeer het opnieuw.',
} satisfies Record<keyof typeof en, string>;
