import { activityInputSchema } from '@wuxie/shared/activities';
import { describe, expect, it } from 'vitest';
import { descriptionText, emptyDraft, inputOf, toIso } from './form';

describe('the activity edit form', () => {
  it('reads Beijing wall-clock times typed by staff', () => {
    expect(toIso('2025-3-8 9:00')).toBe('2025-03-08T09:00:00+08:00');
    expect(new Date(toIso('2025-03-08 09:00')).toISOString()).toBe('2025-03-08T01:00:00.000Z');
    expect(toIso('下周一')).toBe('下周一');
  });

  it('turns a filled-in draft into input the shared schema accepts, and names what is missing', () => {
    const now = new Date('2025-03-01T02:00:00Z');
    const draft = { ...emptyDraft(now), title: '物业服务标准化培训', place: '协会三楼会议室', collectIdNumber: true };
    const parsed = activityInputSchema.safeParse(inputOf(draft));
    expect(parsed.success).toBe(true);
    expect(inputOf(draft).extraFields).toEqual([{ key: 'idNumber', label: '身份证号', kind: 'id_number', required: true }]);
    const empty = activityInputSchema.safeParse(inputOf({ ...draft, title: '', capacity: '三十' }));
    expect(empty.error?.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['title', 'capacity']));
  });

  it('shows a stored description as lines of text again', () => {
    expect(descriptionText('<p>面向项目经理</p><p>请带好&lt;身份证&gt;</p>')).toBe('面向项目经理\n请带好<身份证>');
  });
});
