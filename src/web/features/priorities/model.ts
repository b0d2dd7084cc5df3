import type { Priority } from '../../../contracts/priorities.js';

/** A priority key made from its name: lower-case letters, digits and dashes, as the API requires. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
}

/** A key for a new custom priority that no existing one uses ("team-size", then "team-size-2"). */
export function uniqueKey(name: string, taken: readonly string[]): string {
  const base = slugify(name) || 'priority';
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const k = `${base.slice(0, 46)}-${n}`;
    if (!taken.includes(k)) return k;
  }
}

/** The list with one item moved up (-1) or down (+1); out-of-range moves leave it as it was. */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [it] = next.splice(index, 1);
  if (it !== undefined) next.splice(to, 0, it);
  return next;
}

/** Problems in the list before saving, keyed by `index.field` ("2.name"), in words for the field. */
export function validatePriorities(items: readonly Priority[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  items.forEach((p, i) => {
    if (!p.name.trim()) errors[`${i}.name`] = 'Give this priority a name.';
    else if (p.name.trim().length > 100) errors[`${i}.name`] = 'Keep the name under 100 characters.';
    if (seen.has(p.key)) errors[`${i}.name`] = 'Another priority already has this name.';
    seen.add(p.key);
    if (!Number.isInteger(p.weight) || p.weight < 0 || p.weight > 5) errors[`${i}.weight`] = 'Pick a weight from 0 to 5.';
    const c = p.maxCommuteMinutes;
    if (c !== undefined && c !== null && (!Number.isInteger(c) || c < 1 || c > 600))
      errors[`${i}.maxCommuteMinutes`] = 'Enter whole minutes from 1 to 600.';
    const f = p.payFloor;
    if (f !== undefined && f !== null && (!Number.isInteger(f) || f < 0 || f > 100_000_000))
      errors[`${i}.payFloor`] = 'Enter a whole amount, 0 or more.';
  });
  if (items.length > 30) errors['list'] = 'Keep at most 30 priorities.';
  return errors;
}

/** Words for a weight, so a screen reader hears what the number means. */
export const WEIGHT_LABELS: readonly string[] = [
  '0 · does not matter',
  '1 · nice to have',
  '2 · matters a little',
  '3 · matters',
  '4 · matters a lot',
  '5 · deal-breaker',
];
