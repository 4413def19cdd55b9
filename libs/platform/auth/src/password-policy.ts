import type { BilingualText } from '@hotline/platform-graphql';
import { foldForComparison } from './text-folding';

export const PASSWORD_MIN_LENGTH = 12;
/** scrypt reads any length, but nobody types more; the cap bounds the work one request causes. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblemCode = 'password_too_short' | 'password_too_long' | 'password_is_user_name' | 'password_one_character';

export interface PasswordProblem {
  readonly code: PasswordProblemCode;
  readonly field: 'password';
  readonly text: BilingualText;
}

/**
 * What a new password must be: at least 12 characters, not the user name (nor its part before
 * the @), not one character repeated. Length counts characters as a person sees them (NFC),
 * and the comparison with the name ignores case and Vietnamese tone marks.
 */
export function passwordProblems(password: string, owner: { readonly username: string }): PasswordProblem[] {
  const characters = [...password.normalize('NFC')];
  const problems: PasswordProblem[] = [];
  if (characters.length < PASSWORD_MIN_LENGTH) {
    problems.push(problem('password_too_short', { vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`, en: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.` }));
  }
  if (characters.length > PASSWORD_MAX_LENGTH) {
    problems.push(problem('password_too_long', { vi: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`, en: `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.` }));
  }
  const folded = foldForComparison(password);
  const name = foldForComparison(owner.username);
  const localPart = name.includes('@') ? name.slice(0, name.lastIndexOf('@')) : name;
  if (folded === name || folded === localPart) {
    problems.push(problem('password_is_user_name', { vi: 'Mật khẩu không được trùng với tên đăng nhập.', en: 'The password must not be the user name.' }));
  } else if (characters.length > 0 && new Set(characters).size === 1) {
    problems.push(problem('password_one_character', { vi: 'Mật khẩu không được chỉ lặp lại một ký tự.', en: 'The password must not be one character repeated.' }));
  }
  return problems;
}

function problem(code: PasswordProblemCode, text: BilingualText): PasswordProblem {
  return { code, field: 'password', text };
}
