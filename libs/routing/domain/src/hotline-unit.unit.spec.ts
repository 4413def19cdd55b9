import {
  DEFAULT_INSTITUTIONAL_EMAIL_POLICY,
  HotlineDirectory,
  Jurisdiction,
  OrganisationError,
  readInstitutionalEmail,
  validateHotlineUnit,
  type HotlineUnit,
} from './index';

const jurisdiction = Jurisdiction.fromReferenceData();
const hanoi = { unitCode: 'P01', phone: '024 3825 1234', email: 'duongdaynong@hanoi.gov.vn' };

describe('validateHotlineUnit (H2)', () => {
  it('accepts an institutional number and a *.gov.vn mailbox, normalised', () => {
    expect(validateHotlineUnit({ ...hanoi, unitCode: ' p01 ', email: ' DuongDayNong@HaNoi.gov.vn ' }, jurisdiction)).toEqual({
      ok: true,
      hotline: { unitCode: 'P01', phone: '+842438251234', phoneKind: 'landline', email: 'duongdaynong@hanoi.gov.vn' },
    });
  });

  it('refuses a Gmail mailbox on the e-mail field, in both languages', () => {
    const result = validateHotlineUnit({ ...hanoi, email: 'duongdaynong.hanoi@gmail.com' }, jurisdiction);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'email', code: 'email_personal_mailbox', message: { vi: expect.stringContaining('Không dùng hộp thư cá nhân'), en: expect.stringContaining('A personal mailbox') } }],
    });
  });

  it('reports every bad field at once', () => {
    const result = validateHotlineUnit({ unitCode: 'P99', phone: '024 3825', email: 'not an address' }, jurisdiction);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['unitCode', 'unknown_unit'],
      ['phone', 'phone_invalid_number'],
      ['email', 'email_invalid_address'],
    ]);
  });
});

describe('readInstitutionalEmail', () => {
  it.each(['a@gmail.com', 'a@yahoo.com', 'a@yahoo.com.vn', 'a@outlook.com', 'a@hotmail.com', 'a@icloud.com', 'a@live.com', 'a@zoho.com', 'a@zohomail.com', 'a@proton.me', 'a@protonmail.com'])(
    'refuses the personal mailbox %s',
    (address) => {
      expect(readInstitutionalEmail(address)).toMatchObject({ ok: false, problem: 'personal_mailbox' });
    },
  );

  it.each(['tnmt@hanoi.gov.vn', 'vanphong@monre.gov.vn', 'ubnd@phuongbadinh.hanoi.gov.vn'])('accepts the government mailbox %s', (address) => {
    expect(readInstitutionalEmail(address)).toEqual({ ok: true, address, government: true });
  });

  it('accepts another institutional domain unless the policy demands *.gov.vn', () => {
    expect(readInstitutionalEmail('hotline@vea.org.vn')).toEqual({ ok: true, address: 'hotline@vea.org.vn', government: false });
    const strict = { ...DEFAULT_INSTITUTIONAL_EMAIL_POLICY, requireGovernmentDomain: true };
    expect(readInstitutionalEmail('hotline@vea.org.vn', strict)).toMatchObject({ ok: false, problem: 'not_government', message: { en: expect.stringContaining('*.gov.vn') } });
  });

  it('takes its list of personal providers from the policy', () => {
    const policy = { ...DEFAULT_INSTITUTIONAL_EMAIL_POLICY, personalMailboxProviders: [...DEFAULT_INSTITUTIONAL_EMAIL_POLICY.personalMailboxProviders, 'vnn.vn'] };
    expect(readInstitutionalEmail('a@vnn.vn')).toMatchObject({ ok: true });
    expect(readInstitutionalEmail('a@vnn.vn', policy)).toMatchObject({ ok: false, problem: 'personal_mailbox' });
  });

  it.each([
    ['', 'required'],
    ['a@hanoi.gov.vn; b@hanoi.gov.vn', 'several_addresses'],
    ['a@hanoi.gov.vn b@hanoi.gov.vn', 'several_addresses'],
    ['nguyen van a@hanoi.gov.vn', 'invalid_address'],
    ['hanoi.gov.vn', 'invalid_address'],
    ['a@', 'invalid_address'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(readInstitutionalEmail(raw)).toMatchObject({ ok: false, problem });
  });
});

describe('HotlineDirectory', () => {
  const listing = (unitCode: HotlineUnit['unitCode'], email: string): HotlineUnit => ({ unitCode, phone: '+842438251234', phoneKind: 'landline', email });

  it('publishes one listing per unit and knows which units run a hotline', () => {
    const directory = HotlineDirectory.fromReferenceData([listing('P79', 'a@tphcm.gov.vn'), listing('P01', 'a@hanoi.gov.vn')]);
    expect(directory.runsHotline('P01')).toBe(true);
    expect(directory.runsHotline('C00004')).toBe(false);
    expect(directory.hotlines().map((h) => h.unitCode)).toEqual(['P01', 'P79']);
    const updated = directory.withHotline(listing('P01', 'b@hanoi.gov.vn'));
    expect(updated.hotlineOf('P01')?.email).toBe('b@hanoi.gov.vn');
    expect(updated.hotlines()).toHaveLength(2);
  });

  it('refuses a second listing for a unit, and a listing for an unknown unit', () => {
    expect(() => new HotlineDirectory(jurisdiction, [listing('P01', 'a@hanoi.gov.vn'), listing('P01', 'b@hanoi.gov.vn')])).toThrow(
      expect.objectContaining({ code: 'duplicate_hotline' }) as unknown as Error,
    );
    expect(() => new HotlineDirectory(jurisdiction, [listing('P99', 'a@x.gov.vn')])).toThrow(OrganisationError);
  });
});
