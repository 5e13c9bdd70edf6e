/** Helpers shared by the vCard and iCalendar writers (RFC 6350 / RFC 5545 content lines). */

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line is longer than 75 octets (UTF-8), never splitting
 * a character; continuation lines start with one space. Lines are joined with CRLF.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** TEXT value escaping shared by vCard 4.0 and iCalendar: backslash, comma, semicolon, newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Control characters other than newlines never go into a content line. */
export function stripControls(value: string): string {
  return value.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

export function contentLines(lines: string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
