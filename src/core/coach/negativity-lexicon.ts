// A broad lexicon of how people run down a workplace, grouped by the kind of grievance.
// Each entry is a regex fragment; verbs carry their inflections so unseen tenses still match.
// These fire only when the sentence is about the workplace (see negativity.ts), so general words are safe here.
import { COMPLAINT } from './negativity-complaints.js';
import { CONTEMPT } from './negativity-contempt.js';

/** Contempt for the workplace or its people, matched anywhere the sentence is about the workplace. */
export const CONTEMPT_RE = new RegExp(`\\b(?:${CONTEMPT.join('|')})\\b`, 'gi');
/** Milder complaints about the workplace, dropped when the speaker goes on to handle them. */
export const COMPLAINT_RE = new RegExp(`\\b(?:${COMPLAINT.join('|')})\\b`, 'gi');

// Things people complain about that are not the employer: weather, travel, tools, the city, customers.
/** Non-workplace subjects: a judgement about these is not a complaint about the employer. */
export const NOT_WORKPLACE_WORDS =
  /\b(?:weather|rain|snow|wind|winters?|summers?|heat|cold snap|traffic|commute|roads?|ring road|motorway|trains?|buses|tube|strikes?|airline|flights?|luggage|parking|rent|flat|house|city|town|london|printer|laptop|software|system|tool|tools|code|codebase|app|website|database|server|spreadsheet|process|workflow|project|deadline|launch|migration|rollout|audit|competitors?|competition|market|economy|customers?|clients?|patients?|guests?|passengers?|callers?|shoppers?|residents?|visitors?|weekend|holiday|exam board|syllabus|government|council|pandemic|virus|lockdown)\b/i;
/** A non-workplace noun that is itself the subject of a judgement ("the software was…"). */
export const NOT_WORKPLACE_SUBJECT = new RegExp(
  `${NOT_WORKPLACE_WORDS.source}[^,;.]{0,30}?\\b(?:was|were|is|are|'s|has been|had been|could be|made)\\b`,
  'i',
);
