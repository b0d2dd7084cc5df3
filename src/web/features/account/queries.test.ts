import { describe, expect, it } from 'vitest';
import { csrfToken } from '../../api/client.js';
import { deviceName, isPublicPage, safeNext, tokenFromHash } from './queries.js';

describe('account helpers', () => {
  it('only goes back to paths on this site after signing in', () => {
    expect(safeNext('/opportunities/abc?tab=notes')).toBe('/opportunities/abc?tab=notes');
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', undefined, 42, '/sign-in'])
      expect(safeNext(bad)).toBe('/');
  });

  it('reads the link secret from the fragment and refuses anything odd', () => {
    expect(tokenFromHash('#token=abcdefghijklmnopqrstuvwxyz_-0123456789ABCDEFG')).toBe('abcdefghijklmnopqrstuvwxyz_-0123456789ABCDEFG');
    expect(tokenFromHash('#token=short')).toBeNull();
    expect(tokenFromHash('#token=<script>alert(1)</script>aaaaaaaaaaaa')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  it('names devices and public pages', () => {
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36')).toBe(
      'Chrome on Linux',
    );
    expect(
      deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1'),
    ).toBe('Safari on iOS');
    expect(deviceName(null)).toBe('Unknown device');
    expect(isPublicPage('/sign-in')).toBe(true);
    expect(isPublicPage('/account')).toBe(false);
  });

  it('finds the CSRF token among the cookies', () => {
    expect(csrfToken('theme=dark; ob_csrf=abc%2Ddef; other=1')).toBe('abc-def');
    expect(csrfToken('theme=dark')).toBeUndefined();
    expect(csrfToken('')).toBeUndefined();
  });
});
