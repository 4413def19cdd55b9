import { CASE_SEVERITIES, parseUnitCode, type CaseSeverity, type FieldError, type UnitCode } from '@hotline/routing-domain';
import { CaseInputError } from './case-input-error';

/** Reasons are read by auditors later: long enough to explain, short enough to read. */
export const REASON_LIMITS = { min: 5, max: 1000 } as const;
/** Findings, measures and the message to the reporter may run to a page or two. */
export const DETAILS_LIMITS = { min: 5, max: 5000 } as const;

/**
 * Collects every field problem of one input before anything runs, so an officer fixes the form
 * once. `read*` return the cleaned value; `done()` throws when anything was wrong.
 */
export class CaseInput {
  private readonly errors: FieldError<string>[] = [];

  text(field: string, value: unknown, limits: { readonly min: number; readonly max: number }): string {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text.length < limits.min) {
      this.errors.push({
        field,
        code: text === '' ? 'required' : 'too_short',
        message: text === '' ? { vi: 'Bắt buộc nhập.', en: 'Required.' } : { vi: `Cần ít nhất ${limits.min} ký tự.`, en: `At least ${limits.min} characters.` },
      });
    } else if (text.length > limits.max) {
      this.errors.push({ field, code: 'too_long', message: { vi: `Tối đa ${limits.max} ký tự.`, en: `At most ${limits.max} characters.` } });
    }
    return text;
  }

  caseId(value: unknown): string {
    return this.text('caseId', value, { min: 1, max: 200 });
  }

  unitCode(field: string, value: unknown): UnitCode {
    const code = typeof value === 'string' ? parseUnitCode(value) : null;
    if (code === null) {
      this.errors.push({ field, code: 'invalid_unit_code', message: { vi: 'Mã đơn vị không hợp lệ (ví dụ BTNMT, P01, C00004).', en: 'Not a unit code (e.g. BTNMT, P01, C00004).' } });
    }
    return code ?? 'BTNMT';
  }

  unitCodes(field: string, values: unknown): UnitCode[] {
    const list = Array.isArray(values) ? values : [];
    if (list.length === 0) this.errors.push({ field, code: 'required', message: { vi: 'Chọn ít nhất một đơn vị.', en: 'Choose at least one unit.' } });
    return list.map((value, index) => this.unitCode(`${field}[${index}]`, value));
  }

  flag(field: string, value: unknown): boolean {
    if (typeof value !== 'boolean') this.errors.push({ field, code: 'required', message: { vi: 'Chọn có hoặc không.', en: 'Choose yes or no.' } });
    return value === true;
  }

  severity(field: string, value: unknown): CaseSeverity {
    if (CASE_SEVERITIES.includes(value as CaseSeverity)) return value as CaseSeverity;
    this.errors.push({ field, code: 'invalid_choice', message: { vi: `Chọn một trong: ${CASE_SEVERITIES.join(', ')}.`, en: `Choose one of: ${CASE_SEVERITIES.join(', ')}.` } });
    return 'minor';
  }

  done(): void {
    if (this.errors.length > 0) throw new CaseInputError(this.errors);
  }
}
