import type { ImportIssue } from './types';

/**
 * A small vCard reader for 2.1, 3.0 and 4.0 (RFC 2425/2426/6350 and the 2.1 spec):
 * folded lines, quoted-printable values with soft line breaks, CHARSET parameters,
 * grouped properties (`item1.EMAIL`), 2.1 bare parameters (`TEL;CELL;PREF`), several cards per
 * file, and a 2.1 AGENT card nested inside a card. No library was found that reads 2.1
 * quoted-printable and charsets as well as 3.0/4.0 (see lib/io/README.md).
 */
export interface VProperty {
  group?: string;
  /** Upper-case property name (`EMAIL`, `X-SOCIALPROFILE`). */
  name: string;
  /** Upper-case parameter names; values split on commas, quotes removed. */
  params: Record<string, string[]>;
  /** The value after quoted-printable / charset decoding, still vCard-escaped. */
  value: string;
  line: number;
}

export interface VCard {
  /** Line of BEGIN:VCARD. */
  line: number;
  version?: string;
  props: VProperty[];
}

export interface VCardReadResult {
  cards: VCard[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

interface LogicalLine {
  text: string;
  line: number;
}

const QP_HEAD = /(?:^|;)\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(?:[;:]|$)/i;

/** The part of a content line before its first `:` outside double quotes. */
function headOf(text: string): { head: string; rest: string } | null {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return { head: text.slice(0, i), rest: text.slice(i + 1) };
  }
  return null;
}

/** Unfolds continuation lines (leading space/tab) and quoted-printable soft line breaks. */
function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r\n|\r|\n/);
  const out: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  let qp = false;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] ?? '';
    if (current && qp && current.text.endsWith('=')) {
      // Quoted-printable soft line break: `=` at the end joins the next physical line.
      current.text = current.text.slice(0, -1) + raw;
      continue;
    }
    if (current && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      current.text += raw.slice(1);
      continue;
    }
    if (current) out.push(current);
    current = raw.trim() === '' ? null : { text: raw, line: i + 1 };
    const head = current ? headOf(current.text) : null;
    qp = !!head && QP_HEAD.test(head.head);
  }
  if (current) out.push(current);
  return out;
}

function splitParams(head: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) {
      parts.push(head.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(head.slice(start));
  return parts;
}

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

function parseProperty(text: string, line: number): VProperty | null {
  const split = headOf(text);
  if (!split) return null;
  const [namepart = '', ...paramParts] = splitParams(split.head);
  const dot = namepart.lastIndexOf('.');
  const group = dot > 0 ? namepart.slice(0, dot) : undefined;
  const name = namepart
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params: Record<string, string[]> = {};
  for (const part of paramParts) {
    const eq = part.indexOf('=');
    let key: string;
    let value: string;
    if (eq < 0) {
      // vCard 2.1 bare parameter: `TEL;CELL;PREF`, `N;QUOTED-PRINTABLE`.
      value = part.trim();
      key = ENCODINGS.has(value.toUpperCase()) ? 'ENCODING' : 'TYPE';
    } else {
      key = part.slice(0, eq).trim().toUpperCase();
      value = part.slice(eq + 1).trim();
    }
    if (!key || !value) continue;
    const values = value
      .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .map((v) => v.trim().replace(/^"(.*)"$/, '$1'))
      .filter(Boolean);
    params[key] = [...(params[key] ?? []), ...values];
  }
  let value = split.rest;
  const encoding = params.ENCODING?.[0]?.toUpperCase();
  if (encoding === 'QUOTED-PRINTABLE') value = decodeQuotedPrintable(value, params.CHARSET?.[0]);
  return { group, name, params, value, line };
}

function decoderFor(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder(charset?.trim() || 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** `=C3=91` -> bytes -> text in the given charset (UTF-8 when none or unknown). */
export function decodeQuotedPrintable(value: string, charset?: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch === '=' && i === value.length - 1) {
      // a soft line break at the very end of the value
    } else {
      const code = ch.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else for (const b of encoder.encode(ch)) bytes.push(b);
    }
  }
  return decoderFor(charset).decode(new Uint8Array(bytes));
}

/** vCard text unescaping: `\n` `\N` newline; `\,` `\;` `\:` `\"` `\\` literal. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,:"nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** Splits on a separator that is not backslash-escaped; the parts are still escaped. */
export function splitEscaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + value[i + 1];
      i++;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function readVCards(text: string): VCardReadResult {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const cards: VCard[] = [];
  let card: VCard | null = null;
  /** Depth of a 2.1 AGENT card nested inside the current card. */
  let nested = 0;
  let strayLine: number | undefined;
  const unterminated = (c: VCard) =>
    errors.push({
      line: c.line,
      field: 'END:VCARD',
      message: 'the card that starts on this line has no END:VCARD; it was not imported',
    });
  for (const { text: content, line } of logicalLines(text)) {
    const upper = content.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      const last = card?.props.at(-1);
      if (card && (nested > 0 || (last?.name === 'AGENT' && !last.value.trim()))) {
        nested++;
        continue;
      }
      if (card) unterminated(card);
      card = { line, props: [] };
      continue;
    }
    if (upper === 'END:VCARD') {
      if (nested > 0) nested--;
      else if (card) {
        cards.push(card);
        card = null;
      } else warnings.push({ line, field: 'END:VCARD', message: 'END:VCARD without a BEGIN:VCARD was ignored' });
      continue;
    }
    if (!card) {
      strayLine ??= line;
      continue;
    }
    if (nested > 0) continue;
    const prop = parseProperty(content, line);
    if (!prop) {
      warnings.push({ line, message: `"${content.slice(0, 40)}" is not a vCard property; it was ignored` });
      continue;
    }
    if (prop.name === 'VERSION') card.version = prop.value.trim();
    card.props.push(prop);
  }
  if (card) unterminated(card);
  if (strayLine !== undefined)
    warnings.push({ line: strayLine, message: 'text outside BEGIN:VCARD … END:VCARD was ignored' });
  return { cards, errors, warnings };
}
