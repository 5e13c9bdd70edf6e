import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftLanded, insertDraft } from './insert-text';

afterEach(() => {
  document.body.innerHTML = '';
  delete (document as { execCommand?: unknown }).execCommand;
});

/** happy-dom has no execCommand: give the document a stand-in for one test. */
function fakeExecCommand(impl: () => boolean) {
  const fn = vi.fn(impl);
  Object.defineProperty(document, 'execCommand', { value: fn, configurable: true, writable: true });
  return fn;
}

function editable(html = ''): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" role="textbox">${html}</div>`;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

describe('insertDraft', () => {
  it('puts text into a textarea through the native setter and announces it with input', () => {
    document.body.innerHTML = '<textarea data-testid="dm-composer-textarea">Hi </textarea>';
    const box = document.querySelector('textarea')!;
    const seen: string[] = [];
    box.addEventListener('input', () => seen.push(box.value));
    expect(insertDraft(box, 'Jane,\nhow are you?')).toBe(true);
    expect(box.value).toBe('Hi Jane,\nhow are you?');
    expect(seen.at(-1)).toBe('Hi Jane,\nhow are you?');
  });

  it('fills an <input> too', () => {
    document.body.innerHTML = '<input type="text">';
    const box = document.querySelector('input')!;
    expect(insertDraft(box, 'hello')).toBe(true);
    expect(box.value).toBe('hello');
  });

  it('inserts into a plain contenteditable at the end, keeping line breaks, and fires input', () => {
    const box = editable('<div>Signature</div>');
    const inputs: string[] = [];
    box.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType ?? 'input'));
    expect(insertDraft(box, 'Line one\nLine two')).toBe(true);
    expect(box.textContent).toContain('Line one');
    expect(box.textContent?.indexOf('Line one')).toBeGreaterThan(box.textContent?.indexOf('Signature') ?? 0);
    expect(box.querySelectorAll('br').length).toBe(1);
    expect(inputs.length).toBeGreaterThan(0);
  });

  it('lets an editor that takes paste events (Lexical, Draft.js) do the insertion, once', () => {
    const box = editable();
    box.setAttribute('data-lexical-editor', 'true');
    let pasted = '';
    box.addEventListener('paste', (e) => {
      pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      e.preventDefault();
      const p = document.createElement('p');
      p.textContent = pasted;
      box.appendChild(p);
    });
    expect(insertDraft(box, 'Hello Rowan')).toBe(true);
    expect(pasted).toBe('Hello Rowan');
    expect(box.textContent).toBe('Hello Rowan');
  });

  it('uses execCommand first where the browser has it, and stops there', () => {
    const box = editable('<p>Hi</p>');
    const exec = fakeExecCommand(() => {
      // what a browser does: insert at the caret, which insertDraft put at the end of the box
      const range = document.getSelection()!.getRangeAt(0);
      range.insertNode(document.createTextNode(' there'));
      return true;
    });
    const paste = vi.fn();
    box.addEventListener('paste', paste);
    expect(insertDraft(box, ' there')).toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, ' there');
    expect(box.textContent).toBe('Hi there');
    expect(paste).not.toHaveBeenCalled();
  });

  it('does not try a second technique once execCommand changed the box (no duplicates)', () => {
    const box = editable();
    fakeExecCommand(() => {
      box.textContent = 'Hel'; // a partial insertion
      return true;
    });
    const paste = vi.fn();
    box.addEventListener('paste', paste);
    expect(insertDraft(box, 'Hello')).toBe(false);
    expect(paste).not.toHaveBeenCalled();
    expect(box.textContent).toBe('Hel');
  });

  it('trusts execCommand on Lexical, which renders after the current turn', () => {
    const box = editable();
    box.setAttribute('data-lexical-editor', 'true');
    fakeExecCommand(() => true);
    const paste = vi.fn();
    box.addEventListener('paste', paste);
    expect(insertDraft(box, 'Hi')).toBe(true);
    expect(paste).not.toHaveBeenCalled();
  });

  it('returns false for what cannot take text, and never throws', () => {
    document.body.innerHTML = '<div id="plain">x</div>';
    expect(insertDraft(document.getElementById('plain'), 'hi')).toBe(false);
    expect(insertDraft(null, 'hi')).toBe(false);
    expect(insertDraft(document.createElement('textarea'), 'hi')).toBe(false); // detached
    expect(insertDraft(editable(), '')).toBe(false);
  });

  it('draftLanded ignores how whitespace is drawn', () => {
    const box = editable('<p>Line one</p><p>Line two</p>');
    expect(draftLanded(box, 'Line one\nLine two')).toBe(true);
    expect(draftLanded(box, 'Line three')).toBe(false);
  });
});
