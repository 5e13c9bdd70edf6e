import { describe, expect, it } from 'vitest';
import { chipFor, drawChip, removeAllChips } from './chips';

const buttonOf = (anchor: Element) =>
  (chipFor(anchor) as (HTMLElement & { _button?: HTMLButtonElement }) | undefined)?._button;

describe('stage chips', () => {
  it('draws one chip beside the anchor and rewrites it only when the mark changes', () => {
    document.body.innerHTML = '<span id="a">Ana</span>';
    const anchor = document.getElementById('a')!;
    drawChip(anchor, { contactId: 'c1', stage: 'friend', due: false }, () => {});
    const button = buttonOf(anchor)!;
    expect(anchor.nextElementSibling?.localName).toBe('kindred-chip');
    expect(button.textContent).toBe('Friend');
    const text = button.firstChild;

    // the same mark again (every scan's answer redraws): nothing in the chip is replaced
    drawChip(anchor, { contactId: 'c1', stage: 'friend', due: false }, () => {});
    expect(buttonOf(anchor)).toBe(button);
    expect(button.firstChild).toBe(text);
    expect(document.querySelectorAll('kindred-chip')).toHaveLength(1);

    drawChip(anchor, { contactId: 'c1', stage: 'friend', due: true }, () => {});
    expect(button.textContent).toBe('Friend · due');
    expect(button.className).toBe('due');
    expect(button.getAttribute('aria-label')).toBe('Kindred contact, Friend · due. Open in Kindred');
    removeAllChips();
    expect(document.querySelectorAll('kindred-chip')).toHaveLength(0);
  });

  it('opens the contact of the latest mark', () => {
    document.body.innerHTML = '<span id="a">Ana</span>';
    const anchor = document.getElementById('a')!;
    const opened: string[] = [];
    drawChip(anchor, { contactId: 'c1', stage: 'friend', due: false }, (id) => opened.push(id));
    drawChip(anchor, { contactId: 'c2', stage: 'friend', due: false }, (id) => opened.push(id));
    buttonOf(anchor)!.click();
    expect(opened).toEqual(['c2']);
    removeAllChips();
  });
});
