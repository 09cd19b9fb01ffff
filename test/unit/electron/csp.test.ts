import { describe, expect, it } from 'vitest';
import { applyCsp, CONTENT_SECURITY_POLICY, type CspSession, withCsp } from '../../../electron/csp';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

describe('Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('has every directive with exactly the expected sources', () => {
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
      'worker-src': ["'self'", 'blob:'],
    });
  });

  it('never allows eval, inline scripts or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('applyCsp', () => {
  it('replaces any policy in the response headers with ours, keeping other headers', () => {
    let listener: Parameters<CspSession['webRequest']['onHeadersReceived']>[0] | undefined;
    applyCsp({
      webRequest: {
        onHeadersReceived: (l) => {
          listener = l;
        },
      },
    });
    expect(listener).toBeDefined();
    let response: { responseHeaders?: Record<string, string | string[]> } | undefined;
    listener?.(
      {
        responseHeaders: {
          'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
          'Content-Security-Policy-Report-Only': ['default-src *'],
          'Content-Type': ['text/html'],
        },
      },
      (r) => {
        response = r;
      },
    );
    expect(response?.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('adds the policy when the response had no headers', () => {
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
