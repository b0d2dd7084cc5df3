import { decodeEntities } from './entities.js';
import { parseHtml } from './tree.js';
import { tidy, writeText } from './write.js';

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/** A text plain lines: bullets as "- ", spaces collapsed, at most one blank line in a row. */
export function tidyPlainText(text: string): string {
  return tidy(
    text
      .replace(/\r\n?/g, '\n')
      .replace(/^[ \t]*(?:•|●|▪|◦|·|∙|‣|⁃|\*)[ \t]*/gm, '- ')
      .replace(/\u200b|\u200c|\u200d|\ufeff/g, ''),
  );
}

/** HTML (also HTML written escaped, as some JSON-LD does) or plain text, as clean Markdown. */
export function htmlToMarkdown(value: string, plain = false): string {
  let html = value;
  if (!TAG.test(html) && /&lt;\/?[a-z]/i.test(html)) html = decodeEntities(html);
  if (!TAG.test(html)) return tidyPlainText(decodeEntities(html));
  return writeText(parseHtml(html).root, { plain });
}
