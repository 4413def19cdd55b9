import type { BilingualText } from './bilingual-text';

export type PhoneNumberKind = 'landline' | 'mobile' | 'toll_free';
export type PhoneNumberProblem = 'required' | 'several_numbers' | 'invalid_characters' | 'not_vietnamese' | 'invalid_number';

export type PhoneNumberReading =
  | { readonly ok: true; readonly e164: string; readonly kind: PhoneNumberKind }
  | { readonly ok: false; readonly problem: PhoneNumberProblem; readonly message: BilingualText };

// National significant numbers since the 2017–2018 renumbering: landlines are 2 + a 2–3 digit
// area code + subscriber (10 digits in all, e.g. 24 3825 1234); mobiles are 9 digits on 3/5/7/8/9.
const NUMBER_PLANS: readonly { readonly kind: PhoneNumberKind; readonly pattern: RegExp }[] = [
  { kind: 'landline', pattern: /^2\d{9}$/ },
  { kind: 'mobile', pattern: /^[35789]\d{8}$/ },
  { kind: 'toll_free', pattern: /^1800(\d{4}|\d{6})$/ },
];

const SEVERAL_NUMBERS = /[/,;]|\s(hoặc|hoac|or)\s/i;
const ALLOWED = /^\+?[\d\s.\-()]+$/;

/**
 * Reads a Vietnamese phone number as people write it (0xx…, +84…, 84…, 0084…, with spaces, dots,
 * dashes or brackets, or with the leading 0 lost by a spreadsheet) and writes it in E.164 (+84…).
 */
export function readVietnamesePhoneNumber(raw: string): PhoneNumberReading {
  const text = raw.trim();
  if (text === '') return refused('required', raw);
  if (SEVERAL_NUMBERS.test(text)) return refused('several_numbers', raw);
  if (!ALLOWED.test(text)) return refused('invalid_characters', raw);
  const national = nationalNumberOf(text.startsWith('+'), text.replace(/\D/g, ''));
  if (national === null) return refused('not_vietnamese', raw);
  const plan = NUMBER_PLANS.find((p) => p.pattern.test(national));
  return plan ? { ok: true, e164: `+84${national}`, kind: plan.kind } : refused('invalid_number', raw);
}

function nationalNumberOf(plus: boolean, digits: string): string | null {
  if (plus) return digits.startsWith('84') ? withoutTrunkZero(digits.slice(2)) : null;
  if (digits.startsWith('0084')) return withoutTrunkZero(digits.slice(4));
  if (digits.startsWith('00')) return null;
  // 84 + 9 or 10 digits; a 9- or 10-digit number starting with 84 is a national number.
  if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) return withoutTrunkZero(digits.slice(2));
  return withoutTrunkZero(digits);
}

/** '+84 (0)24…' and '024…' both carry the trunk prefix, which E.164 drops. */
function withoutTrunkZero(digits: string): string {
  return digits.startsWith('0') ? digits.slice(1) : digits;
}

const PROBLEM_WORDING: Record<PhoneNumberProblem, BilingualText> = {
  required: { vi: 'Chưa nhập số điện thoại.', en: 'The phone number is missing.' },
  several_numbers: { vi: 'Chỉ được ghi một số điện thoại.', en: 'Give exactly one phone number.' },
  invalid_characters: {
    vi: 'Số điện thoại chỉ gồm chữ số, dấu + ở đầu, dấu cách, dấu chấm, gạch ngang hoặc ngoặc.',
    en: 'A phone number may contain only digits, a leading +, spaces, dots, dashes or brackets.',
  },
  not_vietnamese: { vi: 'Không phải số điện thoại Việt Nam (mã quốc gia +84).', en: 'Not a Vietnamese phone number (country code +84).' },
  invalid_number: {
    vi: 'Số điện thoại không hợp lệ: số cố định có 11 chữ số (vd. 024 3825 1234), số di động có 10 chữ số (vd. 0912 345 678).',
    en: 'Not a valid number: landlines have 11 digits (e.g. 024 3825 1234), mobiles 10 digits (e.g. 0912 345 678).',
  },
};

function refused(problem: PhoneNumberProblem, raw: string): PhoneNumberReading {
  const wording = PROBLEM_WORDING[problem];
  if (problem === 'required') return { ok: false, problem, message: wording };
  return { ok: false, problem, message: { vi: `“${raw}”: ${wording.vi}`, en: `“${raw}”: ${wording.en}` } };
}
