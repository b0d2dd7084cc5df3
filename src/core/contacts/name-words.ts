/** Word lists for the person's name on a business card: honorifics, post-nominals, particles, suffixes. */

/** Name prefixes dropped from a person's name. */
export const HONORIFICS = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'prof', 'prof.', 'sir', 'dame']);

/** Degrees and certifications printed after a name ("Jane Doe, PhD"). */
export const POST_NOMINALS = new Set([
  'phd',
  'ph.d.',
  'ph.d',
  'mba',
  'cpa',
  'pe',
  'p.e.',
  'md',
  'm.d.',
  'msc',
  'm.sc.',
  'bsc',
  'ma',
  'ba',
  'jd',
  'j.d.',
  'esq',
  'esq.',
  'cfa',
  'pmp',
  'phr',
  'sphr',
  'shrm-cp',
  'shrm-scp',
  'cissp',
  'rn',
  'dipl.-ing.',
  'cipd',
]);

/** Lowercase parts of names (van der Berg, da Silva). */
export const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'das',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'ter',
  'ten',
  'y',
]);

/** Name suffixes kept with the name. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
