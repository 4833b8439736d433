import type { ColumnMapping, ImportProfile, ImportReport } from '../../shared/imports.js';
import type { Db } from '../db/open.js';
import { findProfileBySignature, getProfile, listProfiles, saveProfile } from '../db/profiles.js';
import { ApiError } from '../http/errors.js';
import { normalizeHeader } from './headers.js';
import { BUILT_IN_ROW_PROFILES, rowProfileMatches } from './rowProfiles.js';

/** A header's identity for finding its saved mapping again: names normalised, order kept. */
export function headerSignature(header: readonly string[]): string {
  return header.map(normalizeHeader).join('|');
}

/** Every profile an import can use: built-in row profiles, then saved ones. */
export function allProfiles(db: Db): Array<ImportProfile & { builtIn: boolean }> {
  return [
    ...BUILT_IN_ROW_PROFILES.map((p) => ({ ...p, builtIn: true })),
    ...listProfiles(db).map((p) => ({ ...p, builtIn: false })),
  ];
}

/**
 * The profile for a file: the one named, else a saved mapping for exactly this header, else
 * a row profile (built-in or saved) whose required headers are all present.
 */
export function resolveProfile(db: Db, name: string | undefined, header: readonly string[]): ImportProfile | null {
  if (name !== undefined) {
    const p = BUILT_IN_ROW_PROFILES.find((x) => x.name === name) ?? getProfile(db, name);
    if (!p) {
      const options = allProfiles(db).map((x) => x.name);
      const names = options.map((x) => `"${x}"`);
      throw new ApiError(404, 'unknown_profile', `No import profile "${name}". Profiles: ${names.join(', ')}.`, {
        params: { name, options },
        profiles: names,
      });
    }
    if (p.kind === 'rows' && !rowProfileMatches(p, header)) {
      const missing = p.requiredHeaders.filter((h) => !header.some((x) => normalizeHeader(x) === normalizeHeader(h)));
      throw new ApiError(
        422,
        'profile_mismatch',
        `Profile "${name}" needs the column(s) ${missing.map((h) => `"${h}"`).join(', ')}, which the file does not have.`,
        { params: { name, missing }, missing },
      );
    }
    return p;
  }
  const saved = findProfileBySignature(db, headerSignature(header));
  if (saved) return saved;
  return allProfiles(db).find((p) => p.kind === 'rows' && rowProfileMatches(p, header)) ?? null;
}

/** Saves the mapping used by a committed import under a name, keyed by its header. */
export function saveColumnProfile(
  db: Db,
  name: string,
  header: readonly string[],
  mapping: ReadonlyArray<ColumnMapping & { confidence?: number; note?: string; noteDetail?: unknown }>,
  report: ImportReport,
  now: Date,
): void {
  const clean = mapping.map(({ confidence: _c, note: _n, noteDetail: _d, ...c }) => c);
  const profile: ImportProfile = {
    name,
    kind: 'columns',
    header: [...header],
    mapping: clean,
    numberLocale: report.detection.numberLocale,
    ...(report.detection.dateFormat ? { dateFormat: report.detection.dateFormat } : {}),
  };
  saveProfile(db, profile, headerSignature(header), now.toISOString());
}
