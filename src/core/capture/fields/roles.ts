// Is a short line a job title, an employer's name, or neither? Word lists, not a model.

const ROLE = new RegExp(
  '\\b(' +
    [
      'engineer', 'developer', 'programmer', 'architect', 'designer', 'manager', 'director', 'head of', 'lead', 'leader',
      'analyst', 'scientist', 'researcher', 'specialist', 'coordinator', 'consultant', 'administrator', 'admin', 'assistant', 'associate',
      'representative', 'rep', 'officer', 'technician', 'intern', 'internship', 'trainee', 'apprentice', 'accountant', 'controller', 'auditor',
      'nurse', 'physician', 'doctor', 'therapist', 'pharmacist', 'teacher', 'tutor', 'lecturer', 'professor', 'instructor', 'counselor', 'counsellor',
      'writer', 'editor', 'copywriter', 'marketer', 'recruiter', 'sourcer', 'partner', 'advisor', 'adviser', 'strategist', 'planner',
      'operator', 'driver', 'mechanic', 'electrician', 'plumber', 'welder', 'carpenter', 'chef', 'cook', 'barista', 'cashier', 'clerk',
      'receptionist', 'secretary', 'supervisor', 'foreman', 'superintendent', 'executive', 'president', 'vp', 'vice president', 'cto', 'ceo', 'cfo',
      'coo', 'ciso', 'chief', 'owner', 'producer', 'sre', 'devops', 'qa', 'tester', 'sdet', 'support', 'agent', 'sales', 'account',
      'bookkeeper', 'paralegal', 'lawyer', 'attorney', 'solicitor', 'counsel', 'buyer', 'merchandiser', 'steward', 'stewardess', 'attendant',
      'caregiver', 'worker', 'helper', 'handler', 'picker', 'packer', 'associate', 'expert', 'fellow', 'postdoc', 'librarian', 'curator', 'photographer',
      'illustrator', 'animator', 'artist', 'translator', 'interpreter', 'pilot', 'dispatcher', 'estimator', 'surveyor', 'inspector', 'machinist',
      'full[\\s-]?stack', 'front[\\s-]?end', 'back[\\s-]?end', 'frontend', 'backend', 'product owner', 'scrum master', 'dentist', 'hygienist',
      'veterinarian', 'vet tech', 'aide', 'nanny', 'housekeeper', 'cleaner', 'janitor', 'custodian', 'guard', 'porter', 'waiter', 'waitress', 'bartender', 'host', 'hostess', 'baker', 'butcher', 'stocker', 'associate', 'crew', 'generalist', 'partner', 'practitioner', 'radiographer', 'sonographer', 'phlebotomist', 'coder', 'biller', 'scheduler', 'controller', 'treasurer', 'economist', 'statistician', 'actuary', 'underwriter', 'broker', 'banker', 'teller', 'trader', 'investigator', 'paralegal', 'engineer', 'maintenance', 'installer', 'landscaper', 'gardener', 'groundskeeper', 'coach', 'trainer', 'assessor', 'moderator', 'evangelist', 'advocate', 'ambassador', 'concierge', 'storyteller', 'disponent', 'sachbearbeiter', 'werkstudent', 'kaufmann', 'kauffrau', 'pflegefachkraft', 'erzieher', 'midwife', 'paramedic', 'psychologist', 'social worker', 'ux', 'ui', 'researcher', 'principal', 'entwickler', 'ingenieur', 'berater', 'mitarbeiter', 'leiter', 'développeur', 'ingénieur', 'chargé', 'responsable', 'desarrollador',
    ].join('|') +
    ')s?\\b|\\(m\\/w\\/d\\)|\\(f\\/m\\/d\\)|\\(all genders\\)|\\(h\\/f\\)',
  'i',
);
const COMPANY = /\b(inc|llc|l\.l\.c|ltd|limited|plc|gmbh|ag|sa|s\.a|sas|sarl|bv|b\.v|nv|oy|ab|as|a\/s|spa|s\.p\.a|srl|pty|corp|corporation|co|company|group|holdings|technologies|technology|labs|systems|solutions|software|studio|studios|partners|health|healthcare|bank|capital|ventures|foundation|institute|university|college|school|hospital|clinic|council|agency|associates|consulting|media|games|networks|analytics|logistics|energy|pharma|therapeutics|biosciences|robotics|insurance|financial|services|industries|motors|airlines|retail|stores|markets|collective|cooperative|trust|nhs)\.?$/i;
const NOT_NAME = /\b(posted|ago|applicants?|easy apply|responsibilities|requirements|qualifications|salary|full[\s-]time|part[\s-]time|remote|hybrid|on[\s-]?site|cookies?|privacy|promoted|actively recruiting|early applicant|urgently hiring|reviews?|followers|employees|months?|weeks?|hours|temporary|permanent|contract|freelance|internship|shift|per (?:hour|year|annum|day))\b|^(?:apply|save|share|report|sign in|log in|view|show|more|less|about|overview|description|benefits|location|menu|home|jobs?|careers?|search|new|hiring|about us|about the \w+|the \w+|what .*|why .*|how .*|who .*|your .*|our .*)$/i;

/** Whether a short line reads as a job title. */
export function looksLikeRole(line: string): boolean {
  const s = line.trim();
  if (s.length < 2 || s.length > 120 || /[.!?]$/.test(s) || s.split(/\s+/).length > 14) return false;
  return ROLE.test(s);
}

/** Whether a short line ends like a company's legal or descriptive name ("Acme Ltd", "Northwind Labs"). */
export function looksLikeCompany(line: string): boolean {
  const s = line.trim().replace(/[,.]$/, '');
  return s.length >= 2 && s.length <= 80 && COMPANY.test(s);
}

/** Whether a short line could be a name (an employer's): short, capitalised, not page furniture. */
export function couldBeName(line: string): boolean {
  const s = line.trim();
  if (s.length < 2 || s.length > 60 || s.split(/\s+/).length > 7) return false;
  if (/[.!?:]$/.test(s) || /^[-•*\d]/.test(s) || /\d{3,}|[$€£%@]/.test(s)) return false;
  if (NOT_NAME.test(s)) return false;
  return /^[\p{Lu}\d&]/u.test(s) || /^[a-z]+[A-Z]/.test(s);
}

/** An employer name without a trailing rating, "logo" or follower count. */
export function cleanEmployer(value: string): string | null {
  const s = value
    .replace(/\s+/g, ' ')
    .replace(/\s*\b\d(?:\.\d)?\s*(?:★|☆|stars?|out of 5)?\s*(?:★.*)?$/i, '')
    .replace(/\s*[★☆].*$/, '')
    .replace(/\s+logo$/i, '')
    .replace(/^(?:company|employer|organi[sz]ation|hiring organi[sz]ation|client)\s*[:\-–]\s*/i, '')
    .replace(/\s*[·•|]\s*\d[\d,.]*\s*(?:followers|employees).*$/i, '')
    .replace(/[,;]+$/, '')
    .trim();
  return s === '' ? null : s;
}
