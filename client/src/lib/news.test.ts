import { describe, expect, it } from 'vitest';
import { beijingDate, beijingToIso, bylineText, readCountText, richTextHtml } from './news';

describe('news display helpers', () => {
  it('shows dates in Beijing time', () => {
    expect(beijingDate('2024-03-31T16:30:00.000Z')).toBe('2024-04-01');
    expect(beijingToIso('2024-04-01', '00:30')).toBe('2024-03-31T16:30:00.000Z');
  });

  it('writes the byline with only the roles that are filled in', () => {
    expect(bylineText({ bylineCorrespondent: '王芳', bylineReporter: '李强' })).toBe('通讯员 王芳  记者 李强');
    expect(bylineText({ bylineCorrespondent: '', bylineReporter: '李强' })).toBe('记者 李强');
  });

  it('abbreviates large read counts', () => {
    expect(readCountText(9_999)).toBe('9999');
    expect(readCountText(12_345)).toBe('1.2万');
  });

  it('styles body tags inline and makes upload URLs absolute, leaving text alone', () => {
    const html = richTextHtml('<p>写<strong>p</strong></p><img src="/api/uploads/a.jpg" alt="图" /><pre>x</pre>', 'https://api.example.cn');
    expect(html).toContain('<p style="margin:0 0 14px;');
    expect(html).toContain('<strong>p</strong>');
    expect(html).toContain('<img style="max-width:100%;');
    expect(html).toContain('src="https://api.example.cn/api/uploads/a.jpg"');
    expect(html).toContain('<pre>x</pre>');
  });
});
