import { nameKey } from './names.js';

/** One of the user's people, as the matcher needs them. */
export interface KnownPerson {
  id: string;
  name: string;
  employerName: string | null;
  opportunityIds: readonly string[];
}

/** A match: the person's id, whether they are on the opportunity already, and the person as saved. */
export interface Matched<K> {
  personId?: string;
  linked?: boolean;
  existing?: K;
}

/**
 * Matches the invitation's people to the user's people of the opportunity or of its employer by name, case and
 * accents aside ("JOSÉ GARCÍA" is "Jose Garcia"); a given name alone ("Ravi") matches when only one of them has it.
 * People of the opportunity win over others at the employer; a name two people share matches neither.
 */
export function matchKnownPeople<P extends { name: string }, K extends KnownPerson>(
  people: readonly P[],
  known: readonly K[],
  at: { opportunityId: string; employerName: string },
): (P & Matched<K>)[] {
  const employer = nameKey(at.employerName);
  const linked = known.filter((k) => k.opportunityIds.includes(at.opportunityId));
  const atEmployer = known.filter(
    (k) => !k.opportunityIds.includes(at.opportunityId) && k.employerName !== null && nameKey(k.employerName) === employer,
  );
  const used = new Set<string>();
  return people.map((p) => {
    const key = nameKey(p.name);
    const single = !key.includes(' ');
    for (const pool of [linked, atEmployer]) {
      const same = pool.filter((k) => !used.has(k.id) && (nameKey(k.name) === key || (single && nameKey(k.name).split(' ')[0] === key)));
      if (same.length === 1) {
        used.add(same[0]!.id);
        return { ...p, personId: same[0]!.id, linked: pool === linked, existing: same[0]! };
      }
      if (same.length > 1) return { ...p };
    }
    return { ...p };
  });
}
