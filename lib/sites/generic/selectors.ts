/**
 * The generic finder (any page, on a toolbar click): only web standards, no site's markup.
 * - `mailto:`/`tel:` links (RFC 6068, RFC 3966).
 * - h-card microformats (microformats.org/wiki/h-card): `.h-card` with `.p-name`, `.u-email`,
 *   `.u-url`, `.p-tel`.
 * - Links to profiles on the supported sites (URL shapes in lib/identity/basic.ts), and WhatsApp
 *   click-to-chat links (`wa.me/<number>`, `api.whatsapp.com/send?phone=`).
 */
export const LINK = 'a[href]';
export const H_CARD = '.h-card, .vcard';
export const H_NAME = '.p-name, .fn';
export const H_EMAIL = '.u-email, .email';
export const H_URL = '.u-url, .url';
export const H_TEL = '.p-tel, .tel';

/** Hrefs worth a URL parse; everything else is skipped on a string test (pages with 10k links). */
export const PERSON_HREF =
  /^(mailto:|tel:)|(facebook|fb|messenger|instagram|linkedin|twitter|x)\.com\/|wa\.me\/|whatsapp\.com\/send/i;
