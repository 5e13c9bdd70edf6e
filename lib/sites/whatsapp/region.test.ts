import { describe, expect, it } from 'vitest';
import { WA_GROUP, waIncoming, waOutgoing } from '../testing/markup';
import { fixture } from '../testing/tracked';
import { whatsappAdapter } from './index';

const LIST = '#main [role="application"]';

describe('whatsapp region scans', () => {
  it('the viewer writing under a number the full scan did not know is left to a full scan', () => {
    const { doc, url } = fixture('whatsapp/2026-03-group.html');
    const viewer = whatsappAdapter.viewer!(doc, url);
    expect(viewer.keys.has('whatsapp:+15550100200')).toBe(true);
    doc.querySelector(LIST)!.insertAdjacentHTML('beforeend', waOutgoing('OWN2', '+1 555 010 0299'));
    expect(whatsappAdapter.findIn!(doc.querySelector(LIST)!.lastElementChild!, viewer, url)).toBeNull();
  });

  it('a message of another chat, or the header, is left to a full scan', () => {
    const { doc, url } = fixture('whatsapp/2026-03-group.html');
    const viewer = whatsappAdapter.viewer!(doc, url);
    const other = waIncoming('X1', '+4915112345670', 'Mara').replace(WA_GROUP, '4915112345670@c.us');
    doc.querySelector(LIST)!.insertAdjacentHTML('beforeend', other);
    expect(whatsappAdapter.findIn!(doc.querySelector(LIST)!.lastElementChild!, viewer, url)).toBeNull();
    expect(whatsappAdapter.findIn!(doc.querySelector('#main header')!, viewer, url)).toBeNull();
  });
});
