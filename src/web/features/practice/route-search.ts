// Imported by the router at start-up, so it stays tiny: no coach, no library.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function opportunityOf(raw: Record<string, unknown>): { opportunity?: string } {
  return typeof raw.opportunity === 'string' && UUID.test(raw.opportunity) ? { opportunity: raw.opportunity } : {};
}

/** Reads `/practice/$promptId?opportunity=<uuid>`; anything else is dropped. */
export function parsePromptSearch(raw: Record<string, unknown>): { opportunity?: string } {
  return opportunityOf(raw);
}

/** Reads `/practice/rehearse?prompts=a,b&opportunity=<uuid>`; prompt ids are checked against the library on the page. */
export function parseRehearseSearch(raw: Record<string, unknown>): { prompts?: string; opportunity?: string } {
  const prompts = typeof raw.prompts === 'string' && /^[a-z0-9,-]{1,2000}$/.test(raw.prompts) ? { prompts: raw.prompts } : {};
  return { ...prompts, ...opportunityOf(raw) };
}
