import type { DbFileReport } from './backup.js';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

/** What a backup or a restore holds, for a person reading the terminal. */
export function describeDbFile(r: DbFileReport): string {
  const width = Math.max(...Object.keys(r.tables).map((t) => t.length), 5);
  const lines = [
    `  file:            ${r.file}`,
    `  size:            ${size(r.bytes)} (${r.bytes} bytes)`,
    `  integrity_check: ${r.integrity}`,
    `  schema version:  ${r.schemaVersion ?? 'none'}`,
    '  rows per table:',
    ...Object.entries(r.tables).map(([t, n]) => `    ${t.padEnd(width)}  ${n.toLocaleString('en')}`),
  ];
  return lines.join('\n');
}
