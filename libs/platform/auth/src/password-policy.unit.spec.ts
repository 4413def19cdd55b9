import { passwordProblems } from './password-policy';

describe('password policy', () => {
  const owner = { username: 'nguyen.van.duc@hanoi.gov.vn' };

  it('accepts a long password that is not the user name', () => {
    expect(passwordProblems('sông Tô Lịch sạch hơn', owner)).toEqual([]);
  });

  it('refuses fewer than 12 characters, counted as a person sees them, in Vietnamese and English', () => {
    expect(passwordProblems('ngắn quá', owner)).toEqual([
      { code: 'password_too_short', field: 'password', text: { vi: expect.stringContaining('ít nhất 12 ký tự'), en: expect.stringContaining('at least 12') } },
    ]);
    // 12 characters with decomposed tone marks are still 12 characters, not 15 code points.
    expect(passwordProblems('Đức Hà Nội 1'.normalize('NFD'), { username: 'x' })).toEqual([]);
  });

  it('refuses the user name, or its part before the @, whatever the case and tone marks', () => {
    expect(passwordProblems('Nguyễn.Văn.Đức', owner).map((p) => p.code)).toEqual(['password_is_user_name']);
    expect(passwordProblems('NGUYEN.VAN.DUC@HANOI.GOV.VN', owner).map((p) => p.code)).toEqual(['password_is_user_name']);
    expect(passwordProblems('quantri-bo-2026', { username: 'quantri-bo-2026' }).map((p) => p.code)).toEqual(['password_is_user_name']);
  });

  it('refuses one character repeated and an unreasonably long password', () => {
    expect(passwordProblems('aaaaaaaaaaaaaaaa', owner).map((p) => p.code)).toEqual(['password_one_character']);
    expect(passwordProblems('x'.repeat(100) + 'y'.repeat(200), owner).map((p) => p.code)).toEqual(['password_too_long']);
  });
});
