/** The text of the concern a `!` note raises: the note without its leading `!`. */
export function concernTextOf(text: string): string {
  return text.trim().replace(/^!\s*/u, '').trim();
}
