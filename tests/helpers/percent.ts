/**
 * A rate as the dashboard writes it, worked out here from its sums (not with the app's
 * formatter): numerator / denominator in percent with two decimals, a trailing zero dropped but
 * one decimal kept — 1.90 → "1.9", 2.00 → "2.0", 2.41 → "2.41" — with the locale's decimal mark.
 */
export function percentDigits(numerator: number, denominator: number, decimal = '.'): string {
  return ((numerator / denominator) * 100).toFixed(2).replace(/0$/, '').replace('.', decimal);
}
