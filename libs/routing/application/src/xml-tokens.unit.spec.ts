import { XmlSyntaxError, xmlTokens } from './xml-tokens';

describe('xmlTokens', () => {
  it('reads elements, prefixed names, quoted attributes with ">" inside, entities and CDATA', () => {
    const xml = `<?xml version="1.0"?><!-- comment --><x:c r="A1" t='s' note="a>b"><x:v>1 &amp; 2 &#7879; &#x1EC7;</x:v><t><![CDATA[<raw>]]></t><br/></x:c>`;
    expect([...xmlTokens(xml)]).toEqual([
      { kind: 'open', name: 'c', attributes: { r: 'A1', t: 's', note: 'a>b' }, selfClosing: false },
      { kind: 'open', name: 'v', attributes: {}, selfClosing: false },
      { kind: 'text', text: '1 & 2 ệ ệ' },
      { kind: 'close', name: 'v' },
      { kind: 'open', name: 't', attributes: {}, selfClosing: false },
      { kind: 'text', text: '<raw>' },
      { kind: 'close', name: 't' },
      { kind: 'open', name: 'br', attributes: {}, selfClosing: true },
      { kind: 'close', name: 'c' },
    ]);
  });

  it('skips a DOCTYPE and never expands the entities it declares', () => {
    const xml = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>';
    expect([...xmlTokens(xml)].filter((t) => t.kind === 'text')).toEqual([{ kind: 'text', text: '&b;' }]);
  });

  it('refuses an unterminated tag', () => {
    expect(() => [...xmlTokens('<row r="1')]).toThrow(XmlSyntaxError);
  });
});
