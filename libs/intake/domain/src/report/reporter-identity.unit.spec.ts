import { identityDisclosureFor } from './identity-disclosure';
import { maskAddress, maskEmail, maskFullName, maskPhone, maskReporterIdentity } from './reporter-identity-mask';

describe('masking a reporter identity (H8)', () => {
  it('keeps the family name and the initials of a Vietnamese name, with or without tone marks', () => {
    expect(maskFullName('Nguyễn Văn A')).toBe('Nguyễn V*** A');
    expect(maskFullName('Phạm Thị Diệu Linh')).toBe('Phạm T*** D*** L***');
    expect(maskFullName('Nguyen Van An')).toBe('Nguyen V*** A***');
    // Combining marks are composed first, so "Ư" is one letter, not "U" and a mark.
    expect(maskFullName('Lê \u0055\u031b\u0301ng')).toBe('Lê Ứ***');
  });

  it('shows two leading and three trailing digits of a phone, as a Vietnamese caller writes it', () => {
    expect(maskPhone('+84912345333')).toBe('09*****333');
    expect(maskPhone('+842438251234')).toBe('02******234');
    expect(maskPhone('1234')).toBe('****');
  });

  it('keeps only the first letters and the top-level domain of an e-mail', () => {
    expect(maskEmail('nguyen.an@example.com')).toBe('n***@e***.com');
    expect(maskEmail('đào@thư.vn')).toBe('đ***@t***.vn');
    expect(maskEmail('broken')).toBe('***');
  });

  it('keeps the commune and province of an address, never the house or street', () => {
    expect(maskAddress('Số 12 ngõ 34 Phố Huế, Phường Hai Bà Trưng, Hà Nội')).toBe('***, Phường Hai Bà Trưng, Hà Nội');
    expect(maskAddress('Số 5, ngõ 10, Phường Ba Đình, Hà Nội')).toBe('***, Phường Ba Đình, Hà Nội');
    expect(maskAddress('12 Lý Thường Kiệt, Hà Nội')).toBe('***, Hà Nội');
    expect(maskAddress('Nhà văn hoá thôn 3')).toBe('***');
  });

  it('masks every field given and leaves the missing ones missing', () => {
    const masked = maskReporterIdentity({ fullName: 'Trần Văn Bình', phone: '+84987654321', email: null, address: null });
    expect(masked).toEqual({ fullName: 'Trần V*** B***', phone: '09*****321', email: null, address: null });
    expect(JSON.stringify(masked)).not.toMatch(/Bình|987654/u);
  });
});

describe('who sees a reporter in clear (H8)', () => {
  it.each([
    ['operator', true, 'full'],
    ['unit_head', true, 'full'],
    ['handler', true, 'masked'],
    ['handler', false, 'full'],
    ['provincial_admin', false, 'masked'],
    ['ministry_admin', true, 'masked'],
    ['auditor', false, 'masked'],
  ] as const)('a %s, confidential %s: %s', (role, confidential, disclosure) => {
    expect(identityDisclosureFor(role, { confidential })).toBe(disclosure);
  });
});
