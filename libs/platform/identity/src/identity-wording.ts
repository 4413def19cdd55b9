import type { BilingualText } from '@hotline/platform-graphql';
import { IdentityRefusal } from './identity-refusal';

const VIETNAM_TIME = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });

/** Shown in Vietnam time, as officers read the clock. */
function vietnamTime(at: Date): string {
  return `${VIETNAM_TIME.format(at)} (giờ Việt Nam, UTC+7)`;
}

/** The refusals of the identity endpoints; one place, so the same situation always reads the same. */
export const refuse = {
  missingField: (field: string, label: BilingualText) =>
    new IdentityRefusal('invalid_request', 'missing_field', { vi: `Thiếu ${label.vi} (${field}).`, en: `${label.en} (${field}) is missing.` }, field),
  // One text for an unknown name and a wrong password: the answer must not tell which names exist.
  badCredentials: () =>
    new IdentityRefusal('invalid_grant', 'bad_credentials', { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'The user name or the password is wrong.' }),
  locked: (until: Date) =>
    new IdentityRefusal('invalid_grant', 'locked', {
      vi: `Tên đăng nhập này tạm bị khóa do nhập sai nhiều lần; thử lại sau ${vietnamTime(until)}.`,
      en: `This user name is locked after repeated failures; try again after ${until.toISOString()} (${vietnamTime(until).replace('giờ Việt Nam', 'Vietnam time')}).`,
    }),
  totpRequired: () =>
    new IdentityRefusal('invalid_grant', 'totp_required', { vi: 'Cần nhập mã xác thực 6 chữ số từ ứng dụng xác thực (totp).', en: 'Enter the 6-digit code from your authenticator app (totp).' }, 'totp'),
  badTotp: () => new IdentityRefusal('invalid_grant', 'bad_totp', { vi: 'Mã xác thực không đúng hoặc đã được dùng.', en: 'The authenticator code is wrong or was already used.' }, 'totp'),
  badRefreshToken: () =>
    new IdentityRefusal('invalid_grant', 'bad_refresh_token', { vi: 'Phiên đăng nhập đã hết hạn hoặc bị thu hồi; hãy đăng nhập lại.', en: 'The session has expired or was revoked; sign in again.' }, 'refresh_token'),
  badClient: () =>
    new IdentityRefusal('invalid_client', 'bad_client', { vi: 'Mã ứng dụng hoặc khóa bí mật không đúng, hoặc ứng dụng đã bị thu hồi.', en: 'The client id or secret is wrong, or the client was revoked.' }),
  scopeNotGranted: (scope: string) =>
    new IdentityRefusal('invalid_scope', 'scope_not_granted', { vi: `Ứng dụng không được cấp phạm vi “${scope}”.`, en: `The client was not granted the scope “${scope}”.` }, 'scope'),
  unsupportedGrant: (grant: string) =>
    new IdentityRefusal('unsupported_grant_type', 'unsupported_grant_type', {
      vi: `Không hỗ trợ grant_type “${grant.slice(0, 50)}” (dùng password, refresh_token hoặc client_credentials).`,
      en: `grant_type “${grant.slice(0, 50)}” is not supported (use password, refresh_token or client_credentials).`,
    }, 'grant_type'),
  signInRequired: () => new IdentityRefusal('invalid_token', 'sign_in_required', { vi: 'Cần đăng nhập (Authorization: Bearer …).', en: 'Sign-in required (Authorization: Bearer …).' }),
  notAllowed: (what: BilingualText) => new IdentityRefusal('access_denied', 'not_allowed', { vi: `Bạn không có quyền ${what.vi}.`, en: `You may not ${what.en}.` }),
  ministryUnitRequired: (unitCode: string, ministryUnitCode: string) =>
    new IdentityRefusal('access_denied', 'ministry_unit_required', {
      vi: `Vai trò quản trị cấp Bộ chỉ có hiệu lực ở đơn vị ${ministryUnitCode}, còn tài khoản này thuộc ${unitCode}: tài khoản bị cấu hình sai, hãy đề nghị quản trị cấp Bộ sửa lại.`,
      en: `The ministry administrator’s role holds only at ${ministryUnitCode}, and this account belongs to ${unitCode}: the account is misconfigured; ask the ministry’s administrator to correct it.`,
    }),
  outsideJurisdiction: () =>
    new IdentityRefusal('access_denied', 'outside_jurisdiction', { vi: 'Tài khoản này thuộc đơn vị ngoài phạm vi quản lý của bạn.', en: 'This account belongs to a unit outside your jurisdiction.' }),
  noSuchAccount: () => new IdentityRefusal('not_found', 'no_such_account', { vi: 'Không có tài khoản với tên đăng nhập này.', en: 'There is no account with this user name.' }, 'username'),
  badActivationCode: () =>
    new IdentityRefusal('invalid_grant', 'bad_activation_code', { vi: 'Tên đăng nhập hoặc mã kích hoạt không đúng, hoặc mã đã hết hạn.', en: 'The user name or the activation code is wrong, or the code has expired.' }, 'code'),
  alreadyBootstrapped: () =>
    new IdentityRefusal('conflict', 'already_bootstrapped', { vi: 'Hệ thống đã có quản trị Bộ; mã khởi tạo không còn dùng được.', en: 'A ministry administrator exists already; the bootstrap code is no longer usable.' }),
  badBootstrapCode: () => new IdentityRefusal('invalid_grant', 'bad_bootstrap_code', { vi: 'Mã khởi tạo không đúng.', en: 'The bootstrap code is wrong.' }, 'code'),
  badUsername: () =>
    new IdentityRefusal('invalid_request', 'bad_username', {
      vi: 'Tên đăng nhập gồm 3–100 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới hoặc @.',
      en: 'A user name has 3–100 characters: unaccented letters, digits, dots, dashes, underscores or @.',
    }, 'username'),
  usernameTaken: () => new IdentityRefusal('conflict', 'username_taken', { vi: 'Tên đăng nhập này đã có người dùng.', en: 'This user name is taken.' }, 'username'),
  totpAlreadyOn: () =>
    new IdentityRefusal('conflict', 'totp_already_enabled', {
      vi: 'Xác thực hai lớp đã bật; để đổi thiết bị, nhờ quản trị cấp mã kích hoạt mới.',
      en: 'Two-factor sign-in is on already; to change devices, ask an administrator for a new activation code.',
    }),
  noPendingTotp: () =>
    new IdentityRefusal('conflict', 'no_pending_totp', { vi: 'Chưa có đăng ký xác thực hai lớp nào đang chờ xác nhận.', en: 'No two-factor enrolment is waiting for confirmation.' }),
  localAccountOnly: () =>
    new IdentityRefusal('access_denied', 'local_account_only', {
      vi: 'Chỉ tài khoản của hệ thống (không phải đăng nhập một lần) mới dùng được chức năng này.',
      en: 'Only platform accounts (not single sign-on) can use this.',
    }),
  badClientName: () =>
    new IdentityRefusal('invalid_request', 'bad_client_name', { vi: 'Tên ứng dụng gồm 1–200 ký tự, không có ký tự điều khiển.', en: 'A client name has 1–200 characters and no control characters.' }, 'name'),
  unknownScope: (scope: string, known: readonly string[]) =>
    new IdentityRefusal('invalid_scope', 'unknown_scope', {
      vi: `Phạm vi “${scope.slice(0, 50)}” không tồn tại (có: ${known.join(', ')}).`,
      en: `There is no scope “${scope.slice(0, 50)}” (known: ${known.join(', ')}).`,
    }, 'scopes'),
  noSuchClient: () => new IdentityRefusal('not_found', 'no_such_client', { vi: 'Không có ứng dụng với mã này.', en: 'There is no client with this id.' }, 'client_id'),
};
