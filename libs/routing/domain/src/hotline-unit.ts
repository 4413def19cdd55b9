import type { FieldError } from './field-error';
import { DEFAULT_INSTITUTIONAL_EMAIL_POLICY, readInstitutionalEmail, type InstitutionalEmailPolicy } from './institutional-email-policy';
import { type Jurisdiction, parseUnitCode, type UnitCode } from '@hotline/shared-organisation';
import { readVietnamesePhoneNumber, type PhoneNumberKind } from '@hotline/shared-contact';

/** H2: the one institutional phone number and the one e-mail address a unit publishes for its hotline. */
export interface HotlineUnit {
  readonly unitCode: UnitCode;
  /** E.164, e.g. '+842438251234'. */
  readonly phone: string;
  readonly phoneKind: PhoneNumberKind;
  readonly email: string;
}

export interface HotlineUnitInput {
  readonly unitCode: string;
  readonly phone: string;
  readonly email: string;
}

export type HotlineUnitField = keyof HotlineUnitInput;

export type HotlineUnitValidation =
  | { readonly ok: true; readonly hotline: HotlineUnit }
  | { readonly ok: false; readonly errors: readonly FieldError<HotlineUnitField>[] };

/** Checks a hotline listing field by field, reporting every problem at once. */
export function validateHotlineUnit(
  input: HotlineUnitInput,
  jurisdiction: Jurisdiction,
  emailPolicy: InstitutionalEmailPolicy = DEFAULT_INSTITUTIONAL_EMAIL_POLICY,
): HotlineUnitValidation {
  const errors: FieldError<HotlineUnitField>[] = [];
  const unitCode = parseUnitCode(input.unitCode);
  if (unitCode === null || !jurisdiction.has(unitCode)) {
    errors.push({
      field: 'unitCode',
      code: 'unknown_unit',
      message: { vi: `Không có đơn vị mã “${input.unitCode}” trong danh mục.`, en: `There is no unit with code “${input.unitCode}”.` },
    });
  }
  const phone = readVietnamesePhoneNumber(input.phone);
  if (!phone.ok) errors.push({ field: 'phone', code: `phone_${phone.problem}`, message: phone.message });
  const email = readInstitutionalEmail(input.email, emailPolicy);
  if (!email.ok) errors.push({ field: 'email', code: `email_${email.problem}`, message: email.message });
  // The second half only narrows the types: any failure has already added its error.
  if (errors.length > 0 || unitCode === null || !phone.ok || !email.ok) return { ok: false, errors };
  return { ok: true, hotline: { unitCode, phone: phone.e164, phoneKind: phone.kind, email: email.address } };
}
