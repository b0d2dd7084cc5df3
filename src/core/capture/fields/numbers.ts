/** Reads a written amount: "120,000", "120.000", "120 000", "28.50", "45,5", "120k", "1.2m". */
export function parseAmount(raw: string): number | null {
  let s = raw
    .trim()
    .toLowerCase()
    .replace(/[\s\u00a0\u202f']/g, '');
  let factor = 1;
  const suffix = /(k|m|thousand|million|mil|tsd)$/.exec(s);
  if (suffix) {
    factor = suffix[1] === 'k' || suffix[1] === 'thousand' || suffix[1] === 'tsd' ? 1000 : 1_000_000;
    s = s.slice(0, -suffix[1]!.length);
  }
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    const grouped = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
    // Indian grouping: 12,00,000.
    const lakh =
      sep === ',' && parts.length > 2 && parts.slice(1, -1).every((p) => p.length === 2) && parts[parts.length - 1]!.length === 3;
    if (grouped || lakh) s = parts.join('');
    else if (parts.length === 2) s = `${parts[0]}.${parts[1]}`;
    else return null;
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return Math.round(n * factor * 100) / 100;
}
