import { z } from 'zod';
import type { BilingualText } from './bilingual-text';

/** Which mailboxes count as institutional (H2: no personal mailbox). An administrator's table. */
export interface InstitutionalEmailPolicy {
  /**
   * A domain ('gmail.com') matches itself and its subdomains; a bare provider name ('zoho')
   * matches any domain with a label starting with it (zoho.com, zohomail.eu, proton.me, protonmail.com).
   */
  readonly personalMailboxProviders: readonly string[];
  /** Always accepted, whatever the provider list says, e.g. 'gov.vn' for *.gov.vn. */
  readonly governmentDomains: readonly string[];
  /** When true, every other domain is refused too. */
  readonly requireGovernmentDomain: boolean;
}

export const DEFAULT_INSTITUTIONAL_EMAIL_POLICY: InstitutionalEmailPolicy = {
  personalMailboxProviders: ['gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.com.vn', 'ymail.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'live.com', 'msn.com', 'zoho', 'proton', 'pm.me'],
  governmentDomains: ['gov.vn'],
  requireGovernmentDomain: false,
};

export type EmailProblem = 'required' | 'several_addresses' | 'invalid_address' | 'personal_mailbox' | 'not_government';

export type EmailReading =
  | { readonly ok: true; readonly address: string; readonly government: boolean }
  | { readonly ok: false; readonly problem: EmailProblem; readonly message: BilingualText };

const emailAddress = z.email();

/** Checks one address against the policy; the accepted form is trimmed and lower-cased, so duplicates compare equal. */
export function readInstitutionalEmail(raw: string, policy: InstitutionalEmailPolicy = DEFAULT_INSTITUTIONAL_EMAIL_POLICY): EmailReading {
  const address = raw.trim().toLowerCase();
  if (address === '') return refused('required', raw);
  if (address.split(/[,;\s]+/).filter((part) => part.includes('@')).length > 1) return refused('several_addresses', raw);
  if (!emailAddress.safeParse(address).success) return refused('invalid_address', raw);
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if (policy.governmentDomains.some((suffix) => isWithin(domain, suffix))) return { ok: true, address, government: true };
  if (policy.personalMailboxProviders.some((provider) => isProvider(domain, provider))) return refused('personal_mailbox', raw);
  if (policy.requireGovernmentDomain) return notGovernment(raw, policy.governmentDomains);
  return { ok: true, address, government: false };
}

function isWithin(domain: string, suffix: string): boolean {
  const wanted = suffix.toLowerCase();
  return domain === wanted || domain.endsWith(`.${wanted}`);
}

function isProvider(domain: string, provider: string): boolean {
  if (provider.includes('.')) return isWithin(domain, provider);
  return domain.split('.').some((label) => label.startsWith(provider.toLowerCase()));
}

const PROBLEM_WORDING: Record<EmailProblem, BilingualText> = {
  required: { vi: 'Chưa nhập địa chỉ thư điện tử.', en: 'The e-mail address is missing.' },
  several_addresses: { vi: 'Chỉ được ghi một địa chỉ thư điện tử.', en: 'Give exactly one e-mail address.' },
  invalid_address: { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Not a valid e-mail address.' },
  personal_mailbox: {
    vi: 'Không dùng hộp thư cá nhân (Gmail, Yahoo, Outlook…); hãy dùng hộp thư công vụ, ví dụ …@….gov.vn.',
    en: 'A personal mailbox (Gmail, Yahoo, Outlook…) is not allowed; use an official mailbox, e.g. …@….gov.vn.',
  },
  not_government: { vi: 'Chỉ chấp nhận hộp thư công vụ có tên miền', en: 'Only official mailboxes are accepted, on the domains' },
};

function notGovernment(raw: string, domains: readonly string[]): EmailReading {
  const wording = PROBLEM_WORDING.not_government;
  const list = domains.map((d) => `*.${d}`).join(', ');
  return { ok: false, problem: 'not_government', message: { vi: `“${raw.trim()}”: ${wording.vi} ${list}.`, en: `“${raw.trim()}”: ${wording.en} ${list}.` } };
}

function refused(problem: EmailProblem, raw: string): EmailReading {
  const wording = PROBLEM_WORDING[problem];
  if (problem === 'required') return { ok: false, problem, message: wording };
  return { ok: false, problem, message: { vi: `“${raw.trim()}”: ${wording.vi}`, en: `“${raw.trim()}”: ${wording.en}` } };
}
