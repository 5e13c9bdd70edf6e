/** Text helpers shared by every importer: binary sniffing, mojibake repair, formula defusing. */

/** True when the content is not text: NUL bytes, or many replacement / control characters. */
export function looksBinary(content: string): boolean {
  if (content.includes('\u0000')) return true;
  const sample = content.length > 65_536 ? content.slice(0, 65_536) : content;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  return bad > 8 && bad / sample.length > 0.01;
}

export function stripBom(content: string): string {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Windows-1252 characters of bytes 0x80-0x9f, for text that went through cp1252 instead of Latin-1. */
const CP1252_BYTE = new Map<number, number>(
  [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
  ]
    .map((code, i) => [code, 0x80 + i] as [number, number])
    .filter(([code]) => code !== 0),
);

/**
 * Facebook's "Download your information" writes UTF-8 bytes as if each were a Latin-1 code
 * point ("FranÃ§ois"). When every character fits in a byte and those bytes are valid UTF-8
 * with at least one multi-byte sequence, decode them; anything else is returned unchanged,
 * so correct text ("François") is never damaged.
 */
export function repairMojibake(text: string): string {
  if (
    !/[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]/.test(
      text,
    )
  )
    return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c <= 0xff ? c : CP1252_BYTE.get(c);
    if (b === undefined) return text;
    bytes[i] = b;
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return text;
  }
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffd]/g;

/** Control and invisible characters out, NFC, trimmed; newlines and tabs inside are kept. */
export function cleanText(raw: string | undefined | null): string {
  if (!raw) return '';
  return raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

/** One line of text: all whitespace runs become one space. */
export function cleanLine(raw: string | undefined | null): string {
  return cleanText(raw).replace(/\s+/g, ' ');
}

/**
 * Spreadsheet formulas in cells are never evaluated. `=HYPERLINK("url","label")` and `="text"`
 * are unwrapped to their text; other `=…` cells, and `+ - @` cells that look like a function call
 * or a DDE payload, are kept literally as text and reported. A cell our own exporter escaped
 * (`'=…`, `'+1…`) loses the escaping apostrophe.
 */
export interface DefusedCell {
  value: string;
  /** Set when the cell held a formula; the message for the warning. */
  formula?: string;
}

const FUNCTION_CALL = /^[+\-@]\s*[A-Za-z_][\w.]*\s*\(/;
const DDE = /^[=+\-@].*\|.*!/;

export function defuseCell(raw: string, want: 'url' | 'text' = 'text'): DefusedCell {
  const value = raw;
  if (value.length > 1 && value[0] === "'" && /^'[=+\-@\t\r]/.test(value)) return { value: value.slice(1) };
  const trimmed = value.trimStart();
  if (!trimmed) return { value };
  const first = trimmed[0];
  if (first !== '=' && first !== '+' && first !== '-' && first !== '@') return { value };
  if (first === '=') {
    const link = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i.exec(trimmed);
    if (link) {
      const url = (link[1] ?? '').replace(/""/g, '"');
      const label = link[2]?.replace(/""/g, '"');
      return {
        value: want === 'url' ? url : (label ?? url),
        formula: 'a HYPERLINK formula was read as its text, not evaluated',
      };
    }
    const quoted = /^=\s*"((?:[^"]|"")*)"\s*$/.exec(trimmed);
    if (quoted) return { value: (quoted[1] ?? '').replace(/""/g, '"') };
    return { value, formula: 'a spreadsheet formula was kept as plain text, not evaluated' };
  }
  if (FUNCTION_CALL.test(trimmed) || DDE.test(trimmed)) {
    return { value, formula: 'a spreadsheet formula was kept as plain text, not evaluated' };
  }
  return { value };
}
