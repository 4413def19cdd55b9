import { textOfHtml } from './html-text';

describe('the text of an HTML mail', () => {
  it('turns blocks and line breaks into lines and drops every tag', () => {
    expect(textOfHtml('<div>Dòng một</div><div>Dòng <b>hai</b><br/>Dòng ba</div>')).toBe('Dòng một\nDòng hai\nDòng ba');
    expect(textOfHtml('<ul><li>nước thải</li><li>khí thải</li></ul>')).toBe('- nước thải\n- khí thải');
  });

  it('drops what a reader never sees: scripts, styles, comments, the head', () => {
    expect(textOfHtml('<head><title>t</title></head><!-- <p>hidden</p> --><script>document.cookie</script><style>a{}</style><p>Thấy được</p>')).toBe('Thấy được');
    expect(textOfHtml('<SCRIPT type="x">alert(1)</SCRIPT >Còn lại')).toBe('Còn lại');
  });

  it('decodes character references once, so an escaped tag stays text', () => {
    expect(textOfHtml('&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;')).toBe('<script>alert(1)</script> &lt;');
    expect(textOfHtml('Kh&oacute;i &#273;en &#x1EDF; H&agrave; N&ocirc;&#803;i&nbsp;!')).toBe('Khói đen ở Hà Nội !');
    expect(textOfHtml('bad &#xD800; &#0; ref')).toBe('bad ref');
    expect(textOfHtml('&unknown; stays')).toBe('&unknown; stays');
  });

  it('keeps a lone "<" of ordinary text', () => {
    expect(textOfHtml('<p>pH < 5 và > 9</p>')).toBe('pH < 5 và > 9');
  });
});
