import type { PollutionType } from '../report/report-submission';
import { unreachable } from '../unreachable';
import { foldToAscii } from '../vietnamese-text';

/** What a citizen filled in of the bilingual template the hotline publishes for e-mail reports. */
export interface MailTemplateFields {
  location: string | null;
  pollutionType: PollutionType | null;
  nature: 'sudden' | 'continuous' | null;
  suspectedPolluter: string | null;
  phone: string | null;
}

type Field = keyof MailTemplateFields;

// Labels as they read without tone marks, lower case: "Địa điểm", "Dia diem" and "ĐỊA ĐIỂM" all fold to "dia diem".
const LABELS: Record<string, Field> = {
  'dia diem': 'location',
  'dia diem xay ra': 'location',
  'noi xay ra': 'location',
  location: 'location',
  'loai o nhiem': 'pollutionType',
  'pollution type': 'pollutionType',
  type: 'pollutionType',
  'tinh chat': 'nature',
  nature: 'nature',
  'doi tuong': 'suspectedPolluter',
  'doi tuong gay o nhiem': 'suspectedPolluter',
  polluter: 'suspectedPolluter',
  'suspected polluter': 'suspectedPolluter',
  'dien thoai': 'phone',
  'so dien thoai': 'phone',
  phone: 'phone',
};

const POLLUTION_WORDS: Record<string, PollutionType> = {
  'nuoc thai': 'wastewater',
  wastewater: 'wastewater',
  'waste water': 'wastewater',
  'khi thai': 'emissions',
  'khoi bui': 'emissions',
  emissions: 'emissions',
  emission: 'emissions',
  'chat thai ran': 'solid_waste',
  'rac thai': 'solid_waste',
  'solid waste': 'solid_waste',
  'tieng on': 'noise',
  noise: 'noise',
  khac: 'other',
  other: 'other',
};

const NATURE_WORDS: Record<string, 'sudden' | 'continuous'> = {
  'dot xuat': 'sudden',
  sudden: 'sudden',
  'su co': 'sudden',
  'thuong xuyen': 'continuous',
  'lien tuc': 'continuous',
  'keo dai': 'continuous',
  continuous: 'continuous',
};

/**
 * Reads the template lines of a mail body ("Địa điểm: …", "Loại ô nhiễm: nước thải", "Tính chất:
 * đột xuất", "Đối tượng: …"), with or without tone marks, in Vietnamese or English. The first line
 * of each label counts; quoted lines of an earlier mail ("> …") do not. A type or nature written
 * in other words is left for the officer who classifies the report.
 */
export function readMailTemplate(body: string): MailTemplateFields {
  const fields: MailTemplateFields = { location: null, pollutionType: null, nature: null, suspectedPolluter: null, phone: null };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*>/.test(line)) continue;
    const colon = line.search(/[:：]/);
    if (colon < 0) continue;
    const label = words(line.slice(0, colon).replace(/^\s*[-*•+]\s*/, ''));
    const field = LABELS[label];
    const value = line.slice(colon + 1).trim();
    if (!field || value === '' || fields[field] !== null) continue;
    assign(fields, field, value);
  }
  return fields;
}

function assign(fields: MailTemplateFields, field: Field, value: string): void {
  switch (field) {
    case 'pollutionType':
      fields.pollutionType = onlyKnown(value, POLLUTION_WORDS);
      return;
    case 'nature':
      fields.nature = onlyKnown(value, NATURE_WORDS);
      return;
    case 'location':
    case 'suspectedPolluter':
    case 'phone':
      fields[field] = value;
      return;
    default:
      unreachable(field);
  }
}

/**
 * The one known word of a line. A line still listing several ("nước thải|khí thải|…", the
 * template as published) chose nothing.
 */
function onlyKnown<T>(value: string, known: Record<string, T>): T | null {
  const found = new Set(value.split(/[|/,;]/).flatMap((choice) => (words(choice) in known ? [known[words(choice)]!] : [])));
  return found.size === 1 ? [...found][0]! : null;
}

const words = (text: string) =>
  foldToAscii(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
