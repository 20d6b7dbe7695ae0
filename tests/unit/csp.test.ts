import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name ?? '', values];
    }),
  );
}

describe('content security policy', () => {
  it('allows scripts only from the app itself: no inline script, no eval, no remote origin', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('leaves frame-ancestors out of the meta-tag form, where browsers ignore it', () => {
    expect(contentSecurityPolicy({ delivery: 'meta' })).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ delivery: 'meta' })).toContain("script-src 'self'");
  });

  it('opens only the dev server websocket while developing, nothing else', () => {
    const csp = directives(contentSecurityPolicy({ devServerOrigin: 'http://127.0.0.1:5173' }));
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:5173',
      'ws://127.0.0.1:5173',
    ]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });
});
