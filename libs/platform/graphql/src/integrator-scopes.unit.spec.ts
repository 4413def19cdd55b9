import { INTEGRATOR_SCOPE_NAMES, isIntegratorScope, requireScope } from './integrator-scopes';
import type { RequestActor } from './request-actor';

const integrator = (...scopes: string[]): RequestActor => ({ kind: 'integrator', id: 'portal', scopes });

describe('integrator scopes', () => {
  it('names every scope a client may be granted, and nothing else', () => {
    expect(INTEGRATOR_SCOPE_NAMES).toEqual(['reports:submit', 'reports:track', 'directory:read', 'sessions:read', 'questions:submit']);
    expect(INTEGRATOR_SCOPE_NAMES.every(isIntegratorScope)).toBe(true);
    for (const other of ['reports:*', 'REPORTS:SUBMIT', 'toString', '', 42]) expect(isIntegratorScope(other)).toBe(false);
  });

  it('lets a client with the scope through, and the public and officers, whom scopes do not concern', () => {
    expect(() => requireScope(integrator('reports:track', 'reports:submit'), 'reports:submit')).not.toThrow();
    expect(() => requireScope({ kind: 'anonymous' }, 'reports:submit')).not.toThrow();
    expect(() => requireScope({ kind: 'officer', id: 'op', role: 'operator', unitCode: 'P01' }, 'sessions:read')).not.toThrow();
  });

  it('refuses a client without the scope, naming the scope and what it opens, in Vietnamese and English', () => {
    let refusal: unknown;
    try {
      requireScope(integrator('reports:submit'), 'sessions:read');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'missing_scope',
      text: { vi: expect.stringContaining('“sessions:read” (xem lịch và hỏi đáp'), en: expect.stringContaining('“sessions:read” (read online sessions') },
    });
  });
});
