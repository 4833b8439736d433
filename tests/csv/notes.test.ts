import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { createIntl, IntlProvider } from 'react-intl';
import { describe, expect, test } from 'vitest';
import { importNoteCodes, importNoteParamsSchema, isImportNoteCode } from '../../shared/importNotes.js';
import { importReportSchema } from '../../shared/imports.js';
import { catalogResponseSchema } from '../../shared/schemas.js';
import { MappingTable } from '../../web/components/import/MappingTable.js';
import { importNoteText } from '../../web/components/import/useImportNoteText.js';
import { loadMessages } from '../../web/i18n/load.js';
import { makeTestApp } from '../helpers/testApp.js';
import { upload } from './helpers.js';

/*
 * Lines 1–2 are comments before the header (line 3); lines 4–5 are data; line 6 is a totals
 * row; line 7 a trailing comment. "Engagement rate" and "Bounce rate" both give bounce_rate
 * (the first as its complement): the direct one is kept, the other ignored with a note.
 * "Revenue" is a guess (0.6) with a caveat, "Foo" matches nothing.
 */
const CSV = [
  '# GA4 export',
  '# Property: shop',
  'Date,Sessions,Engagement rate,Bounce rate,Revenue,Foo',
  '2026-03-02,1000,60%,40%,1200.50,x',
  '2026-03-03,2000,50%,50%,2400,y',
  'Total,3000,,,3600.50,',
  '# end of export',
  '',
].join('\n');

async function preview() {
  const t = makeTestApp();
  const r = await upload(t, CSV, 'ga4.csv');
  expect(r.status).toBe(201);
  const catalog = catalogResponseSchema.parse((await t.request('GET', '/api/catalog')).json);
  return { report: importReportSchema.parse(r.json), catalog };
}

const noteOf = (report: { mapping: Array<{ column: string; note?: string; noteDetail?: unknown }> }, col: string) => {
  const c = report.mapping.find((m) => m.column === col);
  return { note: c?.note, noteDetail: c?.noteDetail };
};

describe('import notes carry a code and parameters beside the English sentence', () => {
  test('skipped comment lines and totals row, and three column notes', async () => {
    const { report } = await preview();
    // The English sentences are exactly what they were before the codes (the CLI prints them).
    expect(report.notes).toEqual([
      '2 comment or blank line(s) before the header were skipped.',
      'row 6: a totals row ("Total") was skipped.',
      '1 comment line(s) after the header were skipped.',
    ]);
    expect(report.noteDetails).toEqual([
      { code: 'preamble_skipped', params: { count: 2 }, text: report.notes[0] },
      { code: 'totals_row_skipped', params: { row: 6, label: 'Total' }, text: report.notes[1] },
      { code: 'trailing_comments_skipped', params: { count: 1 }, text: report.notes[2] },
    ]);
    expect(noteOf(report, 'Engagement rate')).toEqual({
      note: '"Bounce rate" already gives bounce_rate',
      noteDetail: { code: 'target_already_given', params: { column: 'Bounce rate', key: 'bounce_rate' } },
    });
    expect(noteOf(report, 'Revenue')).toEqual({
      note: 'check it is net of tax, shipping and refunds',
      noteDetail: { code: 'check_net_revenue', params: {} },
    });
    expect(noteOf(report, 'Foo')).toEqual({
      note: 'no matching measure or KPI: map it',
      noteDetail: { code: 'no_matching_target', params: {} },
    });
    expect(noteOf(report, 'Sessions')).toEqual({ note: undefined, noteDetail: undefined });
    // Every parameter is one the list names, of its kind (strict: no unlisted parameter).
    const coded = [...report.noteDetails, ...report.mapping.flatMap((c) => (c.noteDetail ? [c.noteDetail] : []))];
    for (const n of coded) {
      expect(isImportNoteCode(n.code), n.code).toBe(true);
      if (isImportNoteCode(n.code)) expect(importNoteParamsSchema(n.code).safeParse(n.params).success).toBe(true);
    }
  });

  test('every code in shared/importNotes.ts is sent by server/csv, and only those', () => {
    const dir = join(import.meta.dirname, '../../server/csv');
    const sent = new Set<string>();
    for (const f of readdirSync(dir))
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/noteDetail\(\s*'([a-z_]+)'/g)) sent.add(m[1] ?? '');
    expect([...sent].sort()).toEqual(Object.keys(importNoteCodes).sort());
  });
});

describe('the import page words the notes in the reader’s language', () => {
  test('Spanish: the report’s notes and the mapping table’s notes', async () => {
    const { report, catalog } = await preview();
    const messages = await loadMessages('es');
    const intl = createIntl({ locale: 'es', messages });
    const text = importNoteText((id, values) => intl.formatMessage({ id }, values), 'es');
    expect(report.noteDetails.map(text)).toEqual([
      'Se omitieron 2 líneas de comentario o en blanco antes del encabezado.',
      'Fila 6: se omitió una fila de totales (“Total”).',
      'Se omitió 1 línea de comentario después del encabezado.',
    ]);
    const html = renderToString(
      createElement(
        IntlProvider,
        { locale: 'es', messages },
        createElement(MappingTable, { mapping: report.mapping, catalog, onChange: () => {} }),
      ),
    );
    const small = [...html.matchAll(/<small>(.*?)<\/small>/g)].map((m) => (m[1] ?? '').replace(/<!-- -->/g, ''));
    expect(small).toEqual([
      ' “Bounce rate” ya aporta bounce_rate',
      ' comprueba que sea neto de impuestos, envíos y devoluciones',
      ' no coincide con ninguna medida ni KPI: asígnala tú',
    ]);
  });

  test('English shows the server’s own sentence; an unknown code falls back to it', async () => {
    const format = () => 'formatted';
    const note = { code: 'totals_row_skipped', params: { row: 6, label: 'Total' }, text: 'row 6: server words' };
    expect(importNoteText(format, 'en-GB')(note)).toBe('row 6: server words');
    const future = { code: 'some_future_note', params: {}, text: 'a note from a newer server' };
    expect(importNoteText(format, 'es')(future)).toBe('a note from a newer server');
    // Parameters that do not fit the code (a row that is not a number) fall back too.
    expect(importNoteText(format, 'es')({ ...note, params: { row: 'six', label: 'Total' } })).toBe(
      'row 6: server words',
    );
    expect(importNoteText(format, 'es')(note)).toBe('formatted');
  });
});
