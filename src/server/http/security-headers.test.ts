import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { CSP_DIRECTIVES } from '../app.js';
import { securityHeaders } from './security-headers.js';

describe('security headers', () => {
  it('are what helmet computes for our options, CSP included', () => {
    const headers = securityHeaders({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      crossOriginEmbedderPolicy: false,
    });
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // The app is served over plain http on loopback: upgrading would break it.
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cross-origin-embedder-policy']).toBeUndefined();
    expect(headers['x-powered-by']).toBeUndefined();
  });

  describe('on every response of the app', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('sqlite');
    });
    afterAll(() => t.close());

    it.each([
      ['an API answer', '/api/health', 200],
      ['an unknown API path', '/api/nothing-here', 404],
      ['a bad request', '/api/dashboard?today=yesterday', 400],
    ])('%s', async (_label, url, status) => {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-security-policy']).toMatch(/^default-src 'self';/);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    });
  });
});
