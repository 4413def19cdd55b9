import type { BilingualText } from '@hotline/shared-contact';
import type { AdministrativeGazetteer } from '../administrative-gazetteer';
import { inVietnamTime } from '../vietnam-time';
import { open311ServiceName } from './open311-service-catalogue';
import type { Open311Status } from './open311-request-query';

/** What intake knows of a report that may be shown publicly: never the reporter (H8). */
export interface PublicReportFacts {
  trackingCode: string;
  status: 'received' | 'accepted' | 'rejected' | 'closed';
  pollutionType: string;
  receivedAt: string;
  updatedAt: string;
  confidential: boolean;
  provinceCode: string | null;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Kept only for reports whose reporter waived confidentiality. */
  publicDescription: string | null;
}

/** One service request as GET requests answers it. */
export interface Open311ServiceRequest {
  service_request_id: string;
  status: Open311Status;
  status_notes: string;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

const STATUS_NOTES: Record<PublicReportFacts['status'], BilingualText> = {
  received: { vi: 'Đã tiếp nhận, đang phân loại', en: 'Received, being classified' },
  accepted: { vi: 'Đã chuyển đơn vị có thẩm quyền xử lý', en: 'Forwarded to the competent unit' },
  rejected: { vi: 'Không thuộc phạm vi tiếp nhận', en: 'Outside the hotline’s scope' },
  closed: { vi: 'Đã xử lý xong và phản hồi', en: 'Handled and answered' },
};

export function open311StatusOf(status: PublicReportFacts['status']): Open311Status {
  return status === 'closed' || status === 'rejected' ? 'closed' : 'open';
}

/**
 * A report as the public sees it through Open311. H8 makes the reporter and the report's content
 * confidential: the service, the status, the dates and the commune are always shown; the
 * description and the coordinates only when the reporter waived confidentiality. A rejection
 * reason is an officer's free text and may name people, so it is never shown.
 */
export function open311ServiceRequestOf(facts: PublicReportFacts, gazetteer: AdministrativeGazetteer): Open311ServiceRequest {
  const open = !facts.confidential;
  const notes = STATUS_NOTES[facts.status];
  return {
    service_request_id: facts.trackingCode,
    status: open311StatusOf(facts.status),
    status_notes: `${notes.vi} (${notes.en})`,
    service_name: open311ServiceName(facts.pollutionType),
    service_code: facts.pollutionType,
    description: open ? facts.publicDescription : null,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: inVietnamTime(facts.receivedAt),
    updated_datetime: inVietnamTime(facts.updatedAt),
    expected_datetime: null,
    address: placeName(gazetteer, facts.provinceCode, facts.communeCode),
    address_id: facts.communeCode,
    zipcode: null,
    lat: open ? facts.latitude : null,
    long: open ? facts.longitude : null,
    media_url: null,
  };
}

function placeName(gazetteer: AdministrativeGazetteer, provinceCode: string | null, communeCode: string | null): string | null {
  const province = provinceCode ? gazetteer.currentProvince(provinceCode)?.fullName : undefined;
  const commune = communeCode ? gazetteer.currentCommune(communeCode)?.fullName : undefined;
  return [commune, province].filter(Boolean).join(', ') || null;
}
