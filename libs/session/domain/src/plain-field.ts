import { readPlainText, type BilingualText, type FieldError } from '@hotline/shared-contact';

/**
 * Collects the field errors of one form: every field is read, so the caller learns about all of
 * them at once, and a form with any error is refused as a whole.
 */
export class FieldReader {
  readonly errors: FieldError[] = [];

  text(field: string, raw: unknown, label: BilingualText, limits: { min: number; max: number }): string {
    const reading = readPlainText(raw, label, limits);
    if (reading.ok) return reading.text;
    this.errors.push({ field, message: reading.message });
    return '';
  }

  optionalText(field: string, raw: unknown, label: BilingualText, limits: { min: number; max: number }): string | null {
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
    return this.text(field, raw, label, limits);
  }

  refuse(field: string, message: BilingualText): void {
    this.errors.push({ field, message });
  }

  list(field: string, raw: unknown, label: BilingualText, limits: { min: number; max: number }): readonly unknown[] {
    if (raw === undefined || raw === null) raw = [];
    if (!Array.isArray(raw)) {
      this.refuse(field, { vi: `${label.vi}: phải là danh sách.`, en: `${label.en}: must be a list.` });
      return [];
    }
    if (raw.length < limits.min || raw.length > limits.max) {
      this.refuse(field, { vi: `${label.vi}: từ ${limits.min} đến ${limits.max} mục.`, en: `${label.en}: ${limits.min} to ${limits.max} items.` });
      return [];
    }
    return raw;
  }
}
