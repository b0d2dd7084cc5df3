/** What a mail link carries. */
export interface MailtoInput {
  to: string | readonly string[];
  subject?: string;
  body?: string;
  cc?: string | readonly string[];
}

function encodeAddresses(to: string | readonly string[]): string {
  const list = (typeof to === 'string' ? [to] : [...to]).map((a) => a.trim()).filter(Boolean);
  // '@' may stay literal in a mailto address (RFC 6068); everything else unsafe is percent-encoded.
  return list.map((a) => encodeURIComponent(a).replace(/%40/g, '@')).join(',');
}

/**
 * A `mailto:` link that opens the user's own mail program with the note filled in. Line breaks
 * become CRLF and every character outside the unreserved set is percent-encoded (spaces as %20,
 * never '+', which mail programs would show literally).
 */
export function mailtoLink(input: MailtoInput): string {
  const params: string[] = [];
  if (input.cc && input.cc.length > 0) params.push(`cc=${encodeAddresses(input.cc)}`);
  if (input.subject) params.push(`subject=${encodeURIComponent(input.subject)}`);
  if (input.body) params.push(`body=${encodeURIComponent(input.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${encodeAddresses(input.to)}${params.length ? `?${params.join('&')}` : ''}`;
}
