import type { Locale } from '../../shared/locales';
import { en, type Messages } from './messages/en';

/** English ships with the app; each other language is its own chunk, fetched when chosen. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'es':
      return (await import('./messages/es')).es;
    case 'it':
      return (await import('./messages/it')).it;
    case 'nl':
      return (await import('./messages/nl')).nl;
    default:
      return en;
  }
}
