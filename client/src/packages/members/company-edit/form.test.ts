import { describe, expect, it } from 'vitest';
import { creditCodeFeedback } from './form';

describe('credit code as you type', () => {
  it('counts characters while short, confirms a valid code, names the problem otherwise', () => {
    expect(creditCodeFeedback('')).toEqual({});
    expect(creditCodeFeedback('9134')).toEqual({ ok: '已输入 4/18 位' });
    expect(creditCodeFeedback('91110000802100434B').error).toContain('校验位不正确');
    expect(creditCodeFeedback('91110000802100433b')).toEqual({ ok: '统一社会信用代码校验通过' });
    expect(creditCodeFeedback('91110000802100433B1').error).toBe('统一社会信用代码应为 18 位，当前为 19 位');
    expect(creditCodeFeedback('9134O400').error).toContain('第 5 位“O”不是合法字符');
  });
});
