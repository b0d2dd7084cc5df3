/** A business card's OCR text cut into clean pieces: lines split at wide gaps, bullets, bars and inline labels. */

function cleanLine(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\t/g, '   ')
    .trim();
}

const SEGMENT_BREAK = /\s{3,}|\s+[|¦]\s*|\s*[|¦]\s+|^[|¦]|[|¦]$|\s*[•·◦∙▪►]\s*/;
// Splits before an inline label: "T: 555 0100 F: 555 0101", "M +44 7700 900123 E jo@x.io". Single letters count
// only in capitals, so "Head of 2 teams" stays whole.
const WORD_LABEL =
  '(?:[Tt]el|TEL|[Pp]hone|PHONE|[Mm]obile|MOBILE|[Mm]ob|[Cc]ell|CELL|[Ff]ax|FAX|[Dd]irect|DIRECT|[Oo]ffice|OFFICE|[Ee]-?[Mm]ail|E-?MAIL|[Ww]eb|WEB|www)';
const INLINE_LABEL = new RegExp(`\\s+(?=${WORD_LABEL}\\s*[:.]|${WORD_LABEL}\\s+[+(\\d]|[TMFEDPOCW]\\s*:|[TMFDPOCW]\\s+[+(\\d]|E\\s+\\S+@)`);

const LEAD_NOISE = /^[\s~_=|\\/*#'"`,;:.!<>[\]{}»«^-]+/;
const TRAIL_NOISE = /[\s~_=|\\/*#'"`,;:!<>[\]{}»«^-]+$/;

function isNoise(text: string): boolean {
  const alnum = text.replace(/[^\p{L}\p{N}]/gu, '').length;
  return alnum < 2 || alnum / text.replace(/\s/g, '').length < 0.5;
}

/** The card's lines, cleaned and cut into pieces at wide gaps, bullets, bars and inline labels. */
export function cardPieces(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    for (const segment of cleanLine(raw).split(SEGMENT_BREAK)) {
      for (const part of segment.split(INLINE_LABEL)) {
        // A dot or comma standing apart at the end is a speck ("Talent Acquisition ."); "Inc." keeps its dot.
        const piece = part
          .replace(LEAD_NOISE, '')
          .replace(TRAIL_NOISE, '')
          .replace(/\s+[.,]+$/, '')
          .trim();
        if (piece && !isNoise(piece)) out.push(piece.replace(/\s+/g, ' '));
      }
    }
  }
  return out;
}
