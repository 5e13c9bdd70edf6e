/**
 * Phone numbers in content scripts, without libphonenumber (too large for a content script):
 * strip the formatting people write, keep a leading +, and require 8-15 digits. Only numbers
 * written internationally (+65 9000 0001, 0065 9000 0001) are accepted: a national number has
 * no country, and guessing one would merge strangers. The background may re-check with
 * lib/identity's full E.164 parser (normaliseKey).
 */
const MAX_PHONE_TEXT = 40;

/** `+65 9000 0001` -> `+6590000001`; null when it is not an international number. */
export function plainE164(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.trim();
  if (text.length > MAX_PHONE_TEXT) return null;
  // WhatsApp wraps numbers in bidi marks (U+202A ... U+202C); they are not part of the number.
  text = text
    .replace(/^tel:/i, '')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  // Only the characters people format numbers with; anything else means this is not a number.
  if (!/^[+(\d][\d\s().\-\u00a0\u202f\u2009\u2011\u2012\u2013/]*$/.test(text)) return null;
  if (text.startsWith('00')) text = `+${text.slice(2)}`;
  if (!text.startsWith('+')) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return null;
  return `+${digits}`;
}

/** Is this text a phone number (and nothing else)? */
export function looksLikePhone(raw: string | null | undefined): boolean {
  return plainE164(raw) !== null;
}

export function plainWhatsappKey(raw: string | null | undefined): string | null {
  const n = plainE164(raw);
  return n ? `whatsapp:${n}` : null;
}

export function plainPhoneKey(raw: string | null | undefined): string | null {
  const n = plainE164(raw);
  return n ? `phone:${n}` : null;
}
