import { CURRENT_PASSWORD_PARAMETERS, hashPassword, verifyNoPassword, verifyPassword } from './password-hash';

describe('password hashing (scrypt)', () => {
  it('records the parameters and a random salt with each hash, and verifies only the right password', async () => {
    const first = await hashPassword('Trúc Bạch 2026!');
    const second = await hashPassword('Trúc Bạch 2026!');
    expect(first).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('Trúc Bạch 2026!', first)).toEqual({ matches: true, needsRehash: false });
    expect(await verifyPassword('Truc Bach 2026!', first)).toEqual({ matches: false, needsRehash: false });
  });

  it('treats composed and decomposed Vietnamese tone marks as the same password', async () => {
    const composed = 'Hồ Hoàn Kiếm xanh';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect((await verifyPassword(decomposed, await hashPassword(composed))).matches).toBe(true);
  });

  it('asks for a new hash after a sign-in with parameters weaker than today’s', async () => {
    const old = await hashPassword('mật khẩu cũ rất dài', { logN: 12, r: 8, p: 1 });
    expect(await verifyPassword('mật khẩu cũ rất dài', old, CURRENT_PASSWORD_PARAMETERS)).toEqual({ matches: true, needsRehash: true });
    expect(await verifyPassword('sai mật khẩu', old, CURRENT_PASSWORD_PARAMETERS)).toEqual({ matches: false, needsRehash: false });
  });

  it('never matches a malformed or tampered hash, nor one with absurd costs', async () => {
    const good = await hashPassword('correct horse battery');
    expect((await verifyPassword('correct horse battery', 'plaintext')).matches).toBe(false);
    expect((await verifyPassword('correct horse battery', good.replace('ln=15', 'ln=30'))).matches).toBe(false);
    expect((await verifyPassword('correct horse battery', good.slice(0, -4) + 'AAA='))).toMatchObject({ matches: false });
  });

  it('spends the time of a verification when there is no account', async () => {
    const start = process.hrtime.bigint();
    expect(await verifyNoPassword('whatever it is')).toEqual({ matches: false, needsRehash: false });
    const decoy = Number(process.hrtime.bigint() - start) / 1e6;
    const stored = await hashPassword('whatever it is');
    const startReal = process.hrtime.bigint();
    await verifyPassword('wrong guess here', stored);
    const real = Number(process.hrtime.bigint() - startReal) / 1e6;
    expect(decoy).toBeGreaterThan(real / 4);
  });
});
