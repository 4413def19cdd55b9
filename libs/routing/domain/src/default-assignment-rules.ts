import { AssignmentRules } from './assignment-rules';
import type { AssignmentRulesDefinition } from './assignment-rules-schema';

/**
 * Version 1, effective with the two-level local government (1 July 2025).
 * - Complaints and denunciations go to the province first, whatever else holds: they follow
 *   their own legal clock (H7), and the provincial department is the unit that receives them
 *   for the People's Committee and can pass them to the body the law makes competent; a commune
 *   cannot accept a complaint about a province's decision.
 * - A severe incident that crosses a province border goes to the ministry, which coordinates
 *   provinces; a lesser inter-provincial case stays with the province where it was reported,
 *   which brings the others in as co-handlers.
 * - A severe case goes to the province, which has the inspectors and the monitoring.
 * - Otherwise the commune where it happened, if it runs a hotline; else its province.
 */
const DEFAULT_ASSIGNMENT_RULES_DEFINITION: AssignmentRulesDefinition = {
  version: 1,
  effectiveFrom: '2025-07-01',
  rules: [
    {
      id: 'complaint-or-denunciation-to-province',
      when: { legalTrack: ['complaint', 'denunciation'] },
      target: { kind: 'province' },
      reason: {
        vi: 'Khiếu nại, tố cáo: chuyển cấp tỉnh thụ lý theo trình tự và thời hạn của Luật Khiếu nại, Luật Tố cáo.',
        en: 'Complaint or denunciation: sent to the province, which handles it under the complaint and denunciation laws and their time limits.',
      },
    },
    {
      id: 'severe-inter-provincial-to-central',
      when: { severity: ['severe'], interProvincial: true },
      target: { kind: 'central' },
      reason: {
        vi: 'Ô nhiễm nghiêm trọng, phạm vi liên tỉnh: chuyển Trung ương chủ trì, phối hợp các tỉnh.',
        en: 'Severe pollution spanning provinces: sent to the central level to lead and coordinate the provinces.',
      },
    },
    {
      id: 'inter-provincial-to-province',
      when: { interProvincial: true },
      target: { kind: 'province' },
      reason: {
        vi: 'Phạm vi liên tỉnh: tỉnh nơi tiếp nhận chủ trì, phối hợp các tỉnh liên quan.',
        en: 'Spans provinces: the province where it was reported leads, with the other provinces as co-handlers.',
      },
    },
    {
      id: 'severe-to-province',
      when: { severity: ['severe'] },
      target: { kind: 'province' },
      reason: { vi: 'Ô nhiễm nghiêm trọng: chuyển cấp tỉnh xử lý.', en: 'Severe pollution: sent to the province.' },
    },
    {
      id: 'commune-with-hotline',
      when: {},
      target: { kind: 'commune' },
      reason: { vi: 'Chuyển cấp xã nơi xảy ra ô nhiễm.', en: 'Sent to the commune where the pollution happened.' },
    },
    {
      id: 'province-fallback',
      when: {},
      target: { kind: 'province' },
      reason: {
        vi: 'Chưa xác định được xã hoặc xã chưa có đường dây nóng: chuyển cấp tỉnh.',
        en: 'The commune is unknown or runs no hotline: sent to the province.',
      },
    },
  ],
};

export function defaultAssignmentRules(): AssignmentRules {
  return AssignmentRules.parse(DEFAULT_ASSIGNMENT_RULES_DEFINITION);
}
