import { describe, expect, it } from 'vitest';
import {
  articleHtmlToPlainText,
  articleHtmlToText,
  articleTextToHtml,
  decodeArticleEntities,
  isArticleBodyEmpty,
  summarizeArticle,
} from './article-text';

describe('the simple editor format', () => {
  it('turns lines into paragraphs, headings, lists, images and bold', () => {
    const html = articleTextToHtml(
      ['## 活动概况', '协会于3月召开**年度会议**。', '', '- 表彰先进', '- 部署工作', '![会场](/api/uploads/abc123.jpg)', '### 下一步'].join(
        '\n',
      ),
    );
    expect(html).toBe(
      '<h2>活动概况</h2><p>协会于3月召开<strong>年度会议</strong>。</p><ul><li>表彰先进</li><li>部署工作</li></ul>' +
        '<p><img src="/api/uploads/abc123.jpg" alt="会场"></p><h3>下一步</h3>',
    );
  });

  it('escapes what the writer typed, so text never becomes markup', () => {
    expect(articleTextToHtml('<script>alert(1)</script> & "引号"')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;</p>',
    );
  });

  it('reads its own HTML back into the same text', () => {
    const text = [
      '## 活动概况',
      '协会于3月召开**年度会议**。',
      '- 表彰先进',
      '- 部署工作',
      '![会场](/api/uploads/abc123.jpg)',
      'A & B < C',
    ].join('\n');
    expect(articleHtmlToText(articleTextToHtml(text))).toBe(text);
  });

  it('reduces markup it does not know to its text', () => {
    expect(articleHtmlToText('<table><tr><td>项目</td></tr></table><p>见<a href="https://x.cn">链接</a></p>')).toBe('项目\n见链接');
  });
});

describe('plain text and summaries', () => {
  it('strips tags and decodes entities', () => {
    expect(articleHtmlToPlainText('<p>物业&amp;业主</p><p>&#x6c11;&#29983;&nbsp;工程</p>')).toBe('物业&业主 民生 工程');
  });

  it('leaves unknown entities as they are', () => {
    expect(decodeArticleEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
  });

  it('cuts a long text at the limit, counting Chinese characters as one each', () => {
    expect(summarizeArticle('一二三四五六', 4)).toBe('一二三四…');
    expect(summarizeArticle('一二三', 4)).toBe('一二三');
  });
});

describe('an empty article body', () => {
  it.each([
    ['nothing', ''],
    ['whitespace', ' \n\t '],
    ['empty tags', '<p></p><h2> </h2><ul><li></li></ul><br /><hr />'],
    ['non-breaking and zero-width spaces', '<p>&nbsp;\u3000\u200B</p>'],
    ['a script', '<script>alert(1)</script>'],
  ])('is %s', (_what, html) => {
    expect(isArticleBodyEmpty(html)).toBe(true);
  });

  it('is not a body with text, or with only an image', () => {
    expect(isArticleBodyEmpty('<p>通知</p>')).toBe(false);
    expect(isArticleBodyEmpty('<p><img src="/api/uploads/abc123.jpg" /></p>')).toBe(false);
  });
});
