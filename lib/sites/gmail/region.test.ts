import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/tracked';
import { gmailAdapter } from './index';

describe('gmail region scans', () => {
  it('a region naming an account the page did not show is left to a full scan', () => {
    const { doc, url } = fixture('gmail/2014-12-inbox.html');
    const viewer = gmailAdapter.viewer!(doc, url);
    doc.body.insertAdjacentHTML('beforeend', '<div><span email="other.me@example.com" name="me">me</span></div>');
    expect(gmailAdapter.findIn!(doc.body.lastElementChild!, viewer, url)).toBeNull();
  });
});
