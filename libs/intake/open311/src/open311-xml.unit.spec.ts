import { toOpen311Xml } from './open311-xml';

describe('Open311 XML', () => {
  it('writes lists with the spec’s item names, empty elements for nulls, and escapes every text', () => {
    const xml = toOpen311Xml('service_requests', [{ service_request_id: 'PA-1', description: `a < b & "c" 'd' <script>`, lat: null, values: [{ key: 'k' }] }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request><service_request_id>PA-1</service_request_id>' +
        '<description>a &lt; b &amp; &quot;c&quot; &apos;d&apos; &lt;script&gt;</description><lat/><values><value><key>k</key></value></values></request></service_requests>',
    );
  });

  it('drops characters XML 1.0 cannot carry instead of writing a broken document', () => {
    expect(toOpen311Xml('errors', [{ code: 400, description: 'x\u0000y\u0007z\ufffe' }])).toContain('<description>xyz</description>');
  });
});
