import { AdministrativeGazetteer } from '../administrative-gazetteer';
import { open311ServiceDefinition, open311Services } from './open311-service-catalogue';
import { open311ServiceRequestOf, type PublicReportFacts } from './open311-service-request';

const gazetteer = AdministrativeGazetteer.fromReferenceData();
const facts: PublicReportFacts = {
  trackingCode: 'PA-ABCD-EFGH',
  status: 'accepted',
  pollutionType: 'wastewater',
  receivedAt: '2026-02-13T02:15:00.000Z',
  updatedAt: '2026-02-13T03:00:00.000Z',
  confidential: true,
  provinceCode: '01',
  communeCode: '00004',
  latitude: 21.03,
  longitude: 105.84,
  publicDescription: null,
};

describe('Open311 services and requests', () => {
  it('offers one realtime service per pollution type, named in Vietnamese, with English in the description', () => {
    const services = open311Services();
    expect(services.map((s) => s.service_code)).toEqual(['wastewater', 'emissions', 'solid_waste', 'noise', 'other']);
    expect(services[0]).toMatchObject({ service_name: 'Nước thải', metadata: true, type: 'realtime', description: expect.stringMatching(/^Wastewater/) });
    expect(services[0].keywords).toContain('nuoc thai');
  });

  it('defines the nature as a required single-value list', () => {
    const nature = open311ServiceDefinition('noise')?.attributes.find((a) => a.code === 'nature');
    expect(nature).toMatchObject({ datatype: 'singlevaluelist', required: true, values: [{ key: 'sudden' }, { key: 'continuous' }] });
    expect(open311ServiceDefinition('radiation')).toBeNull();
  });

  it('shows a confidential report’s service, status, dates and commune, but not its content or point', () => {
    const request = open311ServiceRequestOf(facts, gazetteer);
    expect(request).toMatchObject({
      service_request_id: 'PA-ABCD-EFGH',
      status: 'open',
      service_code: 'wastewater',
      service_name: 'Nước thải',
      requested_datetime: '2026-02-13T09:15:00+07:00',
      updated_datetime: '2026-02-13T10:00:00+07:00',
      address_id: '00004',
      description: null,
      lat: null,
      long: null,
    });
    expect(request.address).toMatch(/Ba Đình.*Hà Nội/);
  });

  it('shows the description and the point when the reporter waived confidentiality', () => {
    expect(open311ServiceRequestOf({ ...facts, confidential: false, publicDescription: 'Nước thải đen' }, gazetteer)).toMatchObject({ description: 'Nước thải đen', lat: 21.03, long: 105.84 });
  });

  it('calls rejected and closed reports closed, everything else open', () => {
    expect(['received', 'accepted', 'rejected', 'closed'].map((status) => open311ServiceRequestOf({ ...facts, status: status as PublicReportFacts['status'] }, gazetteer).status)).toEqual(['open', 'open', 'closed', 'closed']);
  });
});
