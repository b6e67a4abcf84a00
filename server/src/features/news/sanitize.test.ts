import { describe, expect, it } from 'vitest';
import { referencedUploadKeys, sanitizeArticleHtml } from './sanitize.rules';

const OUR_IMAGE = '/api/uploads/0123456789abcdef0123456789abcdef.jpg';

describe('sanitizeArticleHtml', () => {
  it('keeps the allow-listed formatting as written', () => {
    const html =
      '<h2>标题</h2><p><strong>粗</strong><em>斜</em><u>下</u><s>删</s><br></p><blockquote>引</blockquote>' +
      '<ul><li>一</li></ul><ol><li>二</li></ol><hr><table><thead><tr><th colspan="2">表</th></tr></thead><tbody><tr><td>格</td></tr></tbody></table>';
    expect(sanitizeArticleHtml(html)).toBe(html.replace('<br>', '<br />').replace('<hr>', '<hr />'));
  });

  it('removes script elements with their content, in any letter case and nested', () => {
    const out = sanitizeArticleHtml('<p>前</p><SCRIPT>alert(1)</SCRIPT><scr<script>ipt>alert(2)</script><p>后</p>');
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain('alert(1)');
    expect(out).toContain('<p>前</p>');
    expect(out).toContain('<p>后</p>');
  });

  it('drops every event handler attribute', () => {
    const out = sanitizeArticleHtml('<p onclick="alert(1)" ONMOUSEOVER="x()">文</p><a href="https://a.cn" onfocus="y()">链</a>');
    expect(out).toBe('<p>文</p><a href="https://a.cn" rel="noopener noreferrer">链</a>');
  });

  it('drops svg with onload and its payload', () => {
    const out = sanitizeArticleHtml('<svg onload="alert(1)"><script>alert(2)</script><circle/></svg><p>留下</p>');
    expect(out).toBe('<p>留下</p>');
  });

  it('keeps http(s) links and marks them noopener', () => {
    expect(sanitizeArticleHtml('<a href="http://www.hnwyxh.cn/a?b=1&amp;c=2" rel="opener">协会</a>')).toBe(
      '<a href="http://www.hnwyxh.cn/a?b=1&amp;c=2" rel="noopener noreferrer">协会</a>',
    );
  });

  it.each([
    ['plain', 'javascript:alert(1)'],
    ['upper case', 'JAVASCRIPT:alert(1)'],
    ['tab entity inside', 'jav&#x09;ascript:alert(1)'],
    ['newline entity inside', 'java&#10;script:alert(1)'],
    ['leading spaces', '   javascript:alert(1)'],
    ['fully encoded', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)'],
    ['data URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example/x'],
    ['relative path', '/api/auth/logout'],
  ])('strips a %s href', (_name, href) => {
    const out = sanitizeArticleHtml(`<a href="${href}">点我</a>`);
    expect(out).toBe('<a>点我</a>');
  });

  it('keeps images from our uploads and drops every other source', () => {
    expect(sanitizeArticleHtml(`<img src="${OUR_IMAGE}" alt="会场" width="9" style="x">`)).toBe(`<img src="${OUR_IMAGE}" alt="会场" />`);
    for (const src of [
      'https://evil.example/x.jpg',
      `https://evil.example${OUR_IMAGE}`,
      'data:image/png;base64,iVBORw0KGgo=',
      'javascript:alert(1)',
      '/api/uploads/../secret.jpg',
      `${OUR_IMAGE}?x=1`,
      '/api/uploads/a.gif',
      '/api/uploads/a.svg',
    ]) {
      expect(sanitizeArticleHtml(`<p>图<img src="${src}" onerror="alert(1)"></p>`)).toBe('<p>图</p>');
    }
  });

  it('drops an upper-case IMG with an onerror handler', () => {
    expect(sanitizeArticleHtml('<IMG SRC=x ONERROR=alert(1)>')).toBe('');
  });

  it('drops style attributes and style elements, so no CSS expressions get through', () => {
    const out = sanitizeArticleHtml(
      '<style>p{background:url(javascript:alert(1))}</style><p style="width:expression(alert(1))">文</p><span style="color:red" class="x">红</span>',
    );
    expect(out).toBe('<p>文</p><span>红</span>');
  });

  it('unwraps unknown tags but keeps their text, and removes iframes, objects and forms', () => {
    const out = sanitizeArticleHtml(
      '<div><font>字</font></div><iframe src="https://x"></iframe><object data="x"></object><form><input value="1"></form>',
    );
    expect(out).toBe('字');
  });

  it('escapes text that looks like markup after decoding', () => {
    const out = sanitizeArticleHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(out).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('drops comments and CDATA tricks', () => {
    expect(sanitizeArticleHtml('<!--<script>alert(1)</script>--><p>文</p><![CDATA[<script>alert(2)</script>]]>')).not.toMatch(
      /<script|alert\(1\)/i,
    );
  });

  it('keeps only small numeric table spans', () => {
    expect(sanitizeArticleHtml('<table><tr><td colspan="2" rowspan="x" onclick="y">a</td></tr></table>')).toBe(
      '<table><tr><td colspan="2">a</td></tr></table>',
    );
  });
});

describe('referencedUploadKeys', () => {
  it('lists the upload keys of body images and the cover once each', () => {
    const body = sanitizeArticleHtml(`<p><img src="${OUR_IMAGE}"></p><p><img src="${OUR_IMAGE}"></p>`);
    expect(referencedUploadKeys(body, '/api/uploads/cover_1.png')).toEqual(['0123456789abcdef0123456789abcdef.jpg', 'cover_1.png']);
  });
});

describe('attribute escaping', () => {
  it('re-escapes quotes inside kept attributes, so a value cannot break out into a new attribute', () => {
    const out = sanitizeArticleHtml(
      '<a href="https://x.cn/&quot;onmouseover=&quot;alert(1)">x</a><img src="/api/uploads/a.jpg" alt="&quot;><script>">',
    );
    expect(out).toBe(
      '<a href="https://x.cn/&quot;onmouseover=&quot;alert(1)" rel="noopener noreferrer">x</a><img src="/api/uploads/a.jpg" alt="&quot;&gt;&lt;script&gt;" />',
    );
  });
});
