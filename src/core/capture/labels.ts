// Labelled fields: "Location: Austin, TX", or a label on its own line with the value on the next
// ("Job type" / "Full-time"), as careers pages, job boards and definition lists write them.

export type LabelKey = 'title' | 'employer' | 'location' | 'remote' | 'salary' | 'type' | 'posted' | 'closes';

const LABELS: [LabelKey, string[]][] = [
  [
    'title',
    [
      'job title',
      'position title',
      'position',
      'role title',
      'role',
      'title',
      'job',
      'vacancy',
      'opening',
      'job name',
      'stellenbezeichnung',
      'poste',
      'intitulé du poste',
    ],
  ],
  [
    'employer',
    [
      'company',
      'company name',
      'employer',
      'hiring company',
      'organisation',
      'organization',
      'hiring organisation',
      'hiring organization',
      'client',
      'unternehmen',
      'firma',
      'entreprise',
      'agency',
      'business',
      'practice',
      'school',
      'hospital',
    ],
  ],
  [
    'location',
    [
      'location',
      'locations',
      'job location',
      'work location',
      'office location',
      'office',
      'city',
      'based in',
      'base',
      'place of work',
      'where',
      'arbeitsort',
      'standort',
      'lieu',
      'primary location',
      'duty station',
      'job locations',
    ],
  ],
  [
    'remote',
    [
      'remote',
      'workplace type',
      'workplace',
      'work model',
      'work arrangement',
      'work setting',
      'working model',
      'remote policy',
      'remote work',
      'location type',
      'work type',
      'work mode',
      'working pattern',
      'arbeitsmodell',
      'mode de travail',
      'remote status',
      'remote type',
      'on-site/remote',
      'onsite/remote',
      'workplace policy',
      'working arrangement',
    ],
  ],
  [
    'salary',
    [
      'salary',
      'salary range',
      'pay',
      'pay range',
      'base pay',
      'base pay range',
      'base salary',
      'compensation',
      'compensation range',
      'total compensation',
      'wage',
      'hourly rate',
      'rate',
      'day rate',
      'pay rate',
      'remuneration',
      'package',
      'ote',
      'gehalt',
      'vergütung',
      'salaire',
      'rémunération',
      'estimated salary',
      'salary band',
      'target salary',
      'annual salary',
      'stipend',
    ],
  ],
  [
    'type',
    [
      'job type',
      'employment type',
      'type',
      'contract type',
      'contract',
      'employment',
      'schedule',
      'hours',
      'position type',
      'type of employment',
      'job category',
      'work hours',
      'commitment',
      'anstellungsart',
      'beschäftigungsart',
      'type de contrat',
      'time type',
      'worker type',
      'job schedule',
    ],
  ],
  [
    'posted',
    [
      'posted',
      'date posted',
      'posted on',
      'posting date',
      'published',
      'published on',
      'date published',
      'listed',
      'listed on',
      'opening date',
      'start of posting',
      'veröffentlicht',
      'publié le',
      'posted date',
    ],
  ],
  [
    'closes',
    [
      'closing date',
      'closes',
      'closes on',
      'close date',
      'apply by',
      'application deadline',
      'deadline',
      'applications close',
      'valid through',
      'expires',
      'expiry date',
      'expiration date',
      'end date for applications',
      'apply before',
      'closing',
      'bewerbungsfrist',
      'date limite',
      'open until',
      'posting end date',
      'job posting end date',
      'applications due',
    ],
  ],
];

const BY_LABEL = new Map<string, LabelKey>();
for (const [key, names] of LABELS) for (const n of names) BY_LABEL.set(n, key);
const ALL = [...BY_LABEL.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[/]/g, '\\/'))
  .join('|');
const INLINE = new RegExp(`^[\\s*_#-]*(${ALL})\\s*[*_]*\\s*(?::|：|\\s[-–—|]\\s)\\s*[*_]*\\s*(.+?)\\s*$`, 'i');
const ALONE = new RegExp(`^[\\s*_#-]*(${ALL})\\s*[*_]*\\s*:?\\s*[*_]*$`, 'i');

export interface Labelled {
  key: LabelKey;
  value: string;
  line: number;
}

/** Every labelled value in the lines, in order. A value must be short to count. */
export function findLabelled(lines: readonly string[]): Labelled[] {
  const found: Labelled[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 240) continue;
    const inline = INLINE.exec(line);
    if (inline) {
      const key = BY_LABEL.get(inline[1]!.toLowerCase());
      if (key && inline[2]!.length <= 160) found.push({ key, value: inline[2]!, line: i });
      continue;
    }
    const alone = ALONE.exec(line);
    if (!alone) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] === '') j++;
    const value = lines[j];
    const key = BY_LABEL.get(alone[1]!.toLowerCase());
    if (key && value && value.length <= 120 && !ALONE.test(value)) found.push({ key, value: value.replace(/^- /, ''), line: j });
  }
  return found;
}
