import type { BilingualText } from '@hotline/shared-contact';
import { POLLUTION_TYPES, type PollutionType } from '../report/report-submission';

/** One entry of GET services: a pollution type (H6) as an Open311 service. */
export interface Open311Service {
  service_code: PollutionType;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

export interface Open311AttributeValue {
  key: string;
  name: string;
}

export interface Open311Attribute {
  variable: boolean;
  code: Open311AttributeCode;
  datatype: 'string' | 'text' | 'datetime' | 'singlevaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: Open311AttributeValue[];
}

export interface Open311ServiceDefinition {
  service_code: PollutionType;
  attributes: Open311Attribute[];
}

export const OPEN311_ATTRIBUTE_CODES = ['nature', 'suspected_polluter', 'occurred_at', 'scope', 'confidential'] as const;
export type Open311AttributeCode = (typeof OPEN311_ATTRIBUTE_CODES)[number];

interface ServiceWording {
  name: BilingualText;
  description: string;
  keywords: readonly string[];
}

// Keywords carry both spellings because people search with and without tone marks.
const SERVICES: Record<PollutionType, ServiceWording> = {
  wastewater: {
    name: { vi: 'Nước thải', en: 'Wastewater' },
    description: 'Wastewater: untreated or polluted water discharged into rivers, lakes, canals, drains or the ground.',
    keywords: ['nước thải', 'nuoc thai', 'xả thải', 'xa thai', 'wastewater', 'sewage', 'effluent'],
  },
  emissions: {
    name: { vi: 'Khí thải, khói, bụi, mùi', en: 'Emissions, smoke, dust and odour' },
    description: 'Emissions: smoke, dust, fumes or odour from chimneys, burning, vehicles or works.',
    keywords: ['khí thải', 'khi thai', 'khói', 'khoi', 'bụi', 'bui', 'mùi hôi', 'mui hoi', 'emissions', 'smoke', 'dust', 'odour'],
  },
  solid_waste: {
    name: { vi: 'Chất thải rắn', en: 'Solid waste' },
    description: 'Solid waste: garbage, construction waste or hazardous waste dumped, burnt or left uncollected.',
    keywords: ['chất thải rắn', 'chat thai ran', 'rác thải', 'rac thai', 'đổ trộm', 'do trom', 'solid waste', 'garbage', 'dumping'],
  },
  noise: {
    name: { vi: 'Tiếng ồn, độ rung', en: 'Noise and vibration' },
    description: 'Noise and vibration from factories, construction sites, karaoke or vehicles.',
    keywords: ['tiếng ồn', 'tieng on', 'độ rung', 'do rung', 'noise', 'vibration'],
  },
  other: {
    name: { vi: 'Ô nhiễm khác', en: 'Other pollution' },
    description: 'Other pollution information that fits none of the types above.',
    keywords: ['ô nhiễm', 'o nhiem', 'môi trường', 'moi truong', 'other', 'pollution', 'environment'],
  },
};

const GROUP = 'Ô nhiễm môi trường (Environmental pollution)';

const ATTRIBUTES: readonly Open311Attribute[] = [
  {
    variable: true,
    code: 'nature',
    datatype: 'singlevaluelist',
    required: true,
    datatype_description: 'Chọn một giá trị. Choose one value.',
    order: 1,
    description: 'Tính chất (Nature): đột xuất hay kéo dài? Sudden incident or continuing?',
    values: [
      { key: 'sudden', name: 'Đột xuất, sự cố (Sudden incident)' },
      { key: 'continuous', name: 'Kéo dài, lặp lại (Continuous or recurring)' },
    ],
  },
  {
    variable: true,
    code: 'suspected_polluter',
    datatype: 'string',
    required: false,
    datatype_description: 'Tối đa 300 ký tự. At most 300 characters.',
    order: 2,
    description: 'Đối tượng nghi gây ô nhiễm, nếu biết (Suspected polluter, if known)',
  },
  {
    variable: true,
    code: 'occurred_at',
    datatype: 'datetime',
    required: false,
    datatype_description: 'ISO 8601, vd. 2026-02-13T09:15:00+07:00; không có múi giờ thì hiểu là giờ Việt Nam. Without an offset, Vietnam time.',
    order: 3,
    description: 'Thời điểm xảy ra hoặc phát hiện (When it happened or was noticed)',
  },
  {
    variable: true,
    code: 'scope',
    datatype: 'text',
    required: false,
    datatype_description: 'Tối đa 2000 ký tự. At most 2000 characters.',
    order: 4,
    description: 'Phạm vi, mức độ ảnh hưởng (Scope and severity)',
  },
  {
    variable: true,
    code: 'confidential',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: 'Mặc định: true. Default: true.',
    order: 5,
    description:
      'Giữ bí mật nội dung phản ánh (Keep the report confidential). false: mô tả và toạ độ được công khai qua GET requests; danh tính người phản ánh luôn được giữ bí mật. false: the description and coordinates become public; the reporter’s identity is never shown.',
    values: [
      { key: 'true', name: 'Giữ bí mật (Keep confidential)' },
      { key: 'false', name: 'Cho phép công khai nội dung (Content may be public)' },
    ],
  },
];

/** GET services: one service per pollution type, named in Vietnamese with English in the description. */
export function open311Services(): Open311Service[] {
  return POLLUTION_TYPES.map((code) => ({
    service_code: code,
    service_name: SERVICES[code].name.vi,
    description: SERVICES[code].description,
    metadata: true,
    type: 'realtime',
    keywords: SERVICES[code].keywords.join(', '),
    group: GROUP,
  }));
}

export function open311ServiceDefinition(serviceCode: string): Open311ServiceDefinition | null {
  const code = POLLUTION_TYPES.find((t) => t === serviceCode);
  return code ? { service_code: code, attributes: ATTRIBUTES.map((a) => ({ ...a, values: a.values?.map((v) => ({ ...v })) })) } : null;
}

export function open311ServiceName(serviceCode: string): string | null {
  const code = POLLUTION_TYPES.find((t) => t === serviceCode);
  return code ? SERVICES[code].name.vi : null;
}

export function open311AttributeValues(code: Open311AttributeCode): readonly string[] | null {
  return ATTRIBUTES.find((a) => a.code === code)?.values?.map((v) => v.key) ?? null;
}
