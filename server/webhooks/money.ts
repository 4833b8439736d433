/**
 * Money arithmetic on decimal strings in exact integer ten-thousandths, so "19.99" − "1.73"
 * is 18.26 and not 18.259999999999998. Shopify amounts have at most 2–3 decimals.
 */
const SCALE = 10_000;

export function toUnits(amount: string | number | null | undefined): number {
  if (amount === null || amount === undefined) return 0;
  const s = typeof amount === 'number' ? String(amount) : amount;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return Math.round(Number(s) * SCALE);
  const frac = `${m[3] ?? ''}0000`.slice(0, 4);
  const v = Number(m[2]) * SCALE + Number(frac);
  return m[1] === '-' ? -v : v;
}

export const fromUnits = (units: number): number => units / SCALE;
