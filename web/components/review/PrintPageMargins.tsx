import { useT } from '../../i18n/useT';

// Stand-ins for the page counters inside the translated sentence (private-use characters,
// which no translation contains).
const PAGE = '\uE000';
const PAGES = '\uE001';

/** A CSS string: JSON's escaping of quotes and backslashes is valid CSS too. */
const cssString = (s: string) => JSON.stringify(s);

/** "Página {page} de {pages}" → `"Página " counter(page) " de " counter(pages)`, in the language's word order. */
export function counterContent(sentence: string): string {
  return sentence
    .split(new RegExp(`(${PAGE}|${PAGES})`))
    .filter(Boolean)
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The printed pages' footers (review-print.css styles them). CSS `content` cannot look up a
 * message, so the words are written here as a rule in the language shown.
 */
export function PrintPageMargins() {
  const t = useT();
  const page = counterContent(t('reviewPrint.footer.page', { page: PAGE, pages: PAGES }));
  const css = `@page review {
  @bottom-left { content: ${cssString(t('reviewPrint.footer.brand'))}; }
  @bottom-right { content: ${page}; }
}`;
  return <style>{css}</style>;
}
