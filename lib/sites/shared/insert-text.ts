/**
 * Puts a draft into a site's message box the way typing would (SITE-NOTES §0.1), so the site's
 * editor state (Lexical, Draft.js, React) sees it and its Send button wakes up.
 *
 * Order: `execCommand('insertText')` (contenteditable, Lexical, Draft.js, textarea), then a
 * synthetic paste (Lexical, Draft.js, ProseMirror accept untrusted paste events), then a
 * `beforeinput` the editor may handle, else a Range insertion plus `input` (framework-free
 * contenteditable such as Gmail's body). Fields (`<textarea>`, `<input>`) fall back to the native
 * value setter plus `input`, which React's value tracker accepts.
 *
 * Never two techniques on one box once the text has changed: Lexical applies execCommand after
 * the current turn, and retrying would duplicate the draft (SITE-NOTES §0.1, promptmanager #85).
 * Returns true when the text is in the box now, or when an editor that renders after this turn
 * (Lexical) accepted it; call `draftLanded(box, text)` a frame later to confirm, and offer
 * "copy" when it is false.
 */
export const MAX_DRAFT = 20_000;

type Field = HTMLTextAreaElement | HTMLInputElement;

function isField(el: Element): el is Field {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

const squash = (s: string) => s.replace(/\s+/g, '');

function boxText(box: HTMLElement): string {
  if (isField(box)) return box.value;
  return box.textContent ?? '';
}

/** Is the draft (ignoring how whitespace and line breaks are drawn) in the box? */
export function draftLanded(box: HTMLElement, text: string): boolean {
  const want = squash(text);
  return want.length === 0 || squash(boxText(box)).includes(want);
}

function isLexical(box: HTMLElement): boolean {
  return box.closest('[data-lexical-editor="true"]') !== null;
}

function execInsert(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function caretToEnd(box: HTMLElement): Range | null {
  const doc = box.ownerDocument;
  const sel = doc.defaultView?.getSelection?.();
  if (!sel) return null;
  const range = doc.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

/**
 * What a mail body ends with, that a draft goes above: the signature and the quoted original
 * (Outlook `#Signature`, `#appendonsend`, `#divRplyFwdMsg`; Gmail `.gmail_signature`, `.gmail_quote`).
 */
const BODY_TAIL = '#Signature, #appendonsend, #divRplyFwdMsg, .gmail_signature_prefix, .gmail_signature, .gmail_quote';

/**
 * The caret where a draft goes: at the end of the box, or, when the body ends with a signature or
 * a quote, at the end of the last line with text above it (else the first, empty, line above it).
 */
function caretForDraft(box: HTMLElement): Range | null {
  const tail = box.querySelector(BODY_TAIL);
  if (!tail) return caretToEnd(box);
  let top: Element = tail;
  while (top.parentElement && top.parentElement !== box) top = top.parentElement;
  const doc = box.ownerDocument;
  const above: Element[] = [];
  for (let el = top.previousElementSibling; el; el = el.previousElementSibling) above.unshift(el);
  let line = [...above].reverse().find((el) => (el.textContent ?? '').trim() !== '') ?? above[0];
  if (!line || line.tagName === 'BR') {
    line = doc.createElement('div');
    line.appendChild(doc.createElement('br'));
    box.insertBefore(line, top);
  }
  const sel = doc.defaultView?.getSelection?.();
  if (!sel) return null;
  const range = doc.createRange();
  range.selectNodeContents(line);
  range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

function insertIntoField(field: Field, text: string): boolean {
  const doc = field.ownerDocument;
  const before = field.value;
  try {
    field.setSelectionRange?.(before.length, before.length);
  } catch {
    // <input type=email> and friends have no selection API
  }
  if (execInsert(doc, text) && draftLanded(field, text)) return true;
  if (field.value !== before) return draftLanded(field, text);
  // The prototype's setter, not the instance's: React tracks the instance property.
  const view = doc.defaultView;
  const proto = field.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement?.prototype : view?.HTMLInputElement?.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  const next = before + text;
  if (setter) setter.call(field, next);
  else field.value = next;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return draftLanded(field, text);
}

function dataTransferOf(doc: Document, text: string): DataTransfer | null {
  try {
    const DT = doc.defaultView?.DataTransfer ?? globalThis.DataTransfer;
    if (!DT) return null;
    const dt = new DT();
    dt.setData('text/plain', text);
    return dt;
  } catch {
    return null;
  }
}

/** A synthetic paste; true when an editor handled it (called preventDefault). */
function dispatchPaste(box: HTMLElement, text: string): boolean {
  const doc = box.ownerDocument;
  const dt = dataTransferOf(doc, text);
  if (!dt) return false;
  try {
    const Clip = doc.defaultView?.ClipboardEvent ?? globalThis.ClipboardEvent;
    let event: Event;
    try {
      event = new Clip('paste', { bubbles: true, cancelable: true, clipboardData: dt });
    } catch {
      event = new Event('paste', { bubbles: true, cancelable: true });
    }
    // Firefox and happy-dom drop clipboardData from the init dict: set it on the event itself.
    if (!(event as ClipboardEvent).clipboardData) Object.defineProperty(event, 'clipboardData', { value: dt });
    return !box.dispatchEvent(event);
  } catch {
    return false;
  }
}

function textFragment(doc: Document, text: string): DocumentFragment {
  const frag = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) frag.appendChild(doc.createElement('br'));
    if (line) frag.appendChild(doc.createTextNode(line));
  });
  return frag;
}

/** beforeinput the editor may take; else a Range insertion announced with `input`. */
function insertByRange(box: HTMLElement, text: string): boolean {
  const doc = box.ownerDocument;
  const IE = doc.defaultView?.InputEvent ?? globalThis.InputEvent;
  const init = { bubbles: true, cancelable: true, inputType: 'insertText', data: text };
  let handled = false;
  try {
    handled = !box.dispatchEvent(new IE('beforeinput', init));
  } catch {
    handled = false;
  }
  if (handled) return true;
  const sel = doc.defaultView?.getSelection?.();
  let range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  if (!range || !box.contains(range.commonAncestorContainer)) range = caretToEnd(box);
  if (range) {
    range.deleteContents();
    range.insertNode(textFragment(doc, text));
    range.collapse(false);
  } else {
    box.appendChild(textFragment(doc, text));
  }
  try {
    box.dispatchEvent(new IE('input', { bubbles: true, inputType: 'insertText', data: text }));
  } catch {
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  box.dispatchEvent(new Event('change', { bubbles: true }));
  return draftLanded(box, text);
}

export function insertDraft(box: HTMLElement | null | undefined, text: string): boolean {
  try {
    if (!box || !box.isConnected || !text) return false;
    const draft = text.replace(/\r\n?/g, '\n').slice(0, MAX_DRAFT);
    box.focus();
    if (isField(box)) return insertIntoField(box, draft);
    if (!box.isContentEditable && box.getAttribute('contenteditable') === null) return false;
    caretForDraft(box);
    const before = boxText(box);
    const ran = execInsert(box.ownerDocument, draft);
    if (draftLanded(box, draft)) return true;
    if (boxText(box) !== before) return false; // partly in: a retry would duplicate it
    if (ran && isLexical(box)) return true; // Lexical applies it after this turn
    const pasted = dispatchPaste(box, draft);
    if (draftLanded(box, draft)) return true;
    if (boxText(box) !== before) return false;
    if (pasted) return true; // the editor took the paste and renders it after this turn
    return insertByRange(box, draft);
  } catch {
    return false;
  }
}
