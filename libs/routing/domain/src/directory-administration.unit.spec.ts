import { authorizeDirectoryChange, DirectoryRuleViolation, Jurisdiction } from './index';

const jurisdiction = Jurisdiction.fromReferenceData();
const refusal = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DirectoryRuleViolation ? error.code : error;
  }
};

describe('who administers the directory', () => {
  it('lets a provincial administrator act on their province and its communes, and the ministry’s anywhere', () => {
    expect(refusal(() => authorizeDirectoryChange('set_hotline_contact', { role: 'provincial_admin', unitCode: 'P01' }, 'C00004', jurisdiction))).toBeNull();
    expect(refusal(() => authorizeDirectoryChange('import_roster', { role: 'provincial_admin', unitCode: 'P01' }, 'P01', jurisdiction))).toBeNull();
    expect(refusal(() => authorizeDirectoryChange('import_roster', { role: 'ministry_admin', unitCode: 'BTNMT' }, 'C26740', jurisdiction))).toBeNull();
  });

  it('refuses other roles, other provinces, unknown units, and rules published below the ministry', () => {
    expect(refusal(() => authorizeDirectoryChange('import_roster', { role: 'unit_head', unitCode: 'P01' }, 'P01', jurisdiction))).toBe('forbidden_role');
    expect(refusal(() => authorizeDirectoryChange('set_hotline_contact', { role: 'provincial_admin', unitCode: 'P01' }, 'P79', jurisdiction))).toBe('outside_jurisdiction');
    expect(refusal(() => authorizeDirectoryChange('set_hotline_contact', { role: 'provincial_admin', unitCode: 'P01' }, 'BTNMT', jurisdiction))).toBe('outside_jurisdiction');
    expect(refusal(() => authorizeDirectoryChange('set_hotline_contact', { role: 'ministry_admin', unitCode: 'BTNMT' }, 'P98', jurisdiction))).toBe('unknown_unit');
    expect(refusal(() => authorizeDirectoryChange('publish_assignment_rules', { role: 'provincial_admin', unitCode: 'P01' }, 'BTNMT', jurisdiction))).toBe('forbidden_role');
  });

  it('publishes the national assignment rules from the ministry’s unit only: its administrator’s role elsewhere is a misconfigured account', () => {
    expect(refusal(() => authorizeDirectoryChange('publish_assignment_rules', { role: 'ministry_admin', unitCode: 'BTNMT' }, 'BTNMT', jurisdiction))).toBeNull();
    for (const unitCode of ['P01', 'C00070'] as const) {
      let refused: unknown;
      try {
        authorizeDirectoryChange('publish_assignment_rules', { role: 'ministry_admin', unitCode }, 'BTNMT', jurisdiction);
      } catch (error) {
        refused = error;
      }
      expect(refused).toMatchObject({
        code: 'ministry_unit_required',
        refusal: 'FORBIDDEN',
        text: { vi: expect.stringContaining(`tài khoản này thuộc ${unitCode}`), en: expect.stringContaining(`this account belongs to ${unitCode}`) },
      });
    }
  });
});

describe('the unit an administrator names', () => {
  it('is read as typed in a form and answered as a unit code', () => {
    expect(authorizeDirectoryChange('import_roster', { role: 'provincial_admin', unitCode: 'P01' }, ' 00004 ', jurisdiction)).toBe('C00004');
    expect(refusal(() => authorizeDirectoryChange('import_roster', { role: 'provincial_admin', unitCode: 'P01' }, 'Hà Nội', jurisdiction))).toBe('unknown_unit');
  });
});
