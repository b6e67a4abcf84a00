import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dateOnlySchema, isRealDate } from './date-only';
import { decodeCursor, encodeCursor, idParamsSchema, idSchema, idTextSchema, isRowId, keysetCursorSchema, MAX_ID } from './ids';
import { searchTextSchema } from './search-text';

const firstMessage = (result: z.ZodSafeParseResult<unknown>) => result.error?.issues[0]?.message;

describe('row ids', () => {
  it('takes an id from a path or query string, up to the largest 32-bit integer', () => {
    expect(idTextSchema('小区').parse('12')).toBe(12);
    expect(idTextSchema('小区').parse(String(MAX_ID))).toBe(2_147_483_647);
    expect(idParamsSchema('投诉').parse({ id: '7' })).toEqual({ id: 7 });
  });

  it('refuses an id no row can have, in Chinese, naming the thing', () => {
    expect(firstMessage(idTextSchema('小区').safeParse('99999999999'))).toBe('小区编号不正确');
    expect(firstMessage(idTextSchema('小区').safeParse(String(MAX_ID + 1)))).toBe('小区编号不正确');
    expect(firstMessage(idTextSchema('小区').safeParse('0'))).toBe('小区编号不正确');
    expect(firstMessage(idTextSchema('小区').safeParse('-1'))).toBe('小区编号不正确');
    expect(firstMessage(idTextSchema('小区').safeParse('1.5'))).toBe('小区编号应为整数');
    for (const junk of ['abc', 'NaN', '1e999', 'Infinity', '１２'])
      expect(firstMessage(idTextSchema('小区').safeParse(junk)), junk).toBe('小区编号应为数字');
    expect(firstMessage(idParamsSchema('投诉').safeParse({ id: '99999999999' }))).toBe('投诉编号不正确');
  });

  it('takes a body id as a number only, bounded the same way', () => {
    expect(idSchema('物业企业').parse(3)).toBe(3);
    expect(firstMessage(idSchema('物业企业').safeParse('3'))).toBe('请选择物业企业');
    expect(firstMessage(idSchema('物业企业').safeParse(99_999_999_999))).toBe('物业企业编号不正确');
    expect([1, MAX_ID, 0, MAX_ID + 1, 1.5].map(isRowId)).toEqual([true, true, false, false, false]);
  });

  it('checks both parts of a keyset cursor', () => {
    const cursor = keysetCursorSchema('翻页游标不正确');
    expect(cursor.parse('1718150400000_42')).toBe('1718150400000_42');
    for (const bad of ['1_9999999999', '1_0', '999999999999999_1', '1.2', '1_2_3', '_42', 'abc', ''])
      expect(firstMessage(cursor.safeParse(bad)), bad).toBe('翻页游标不正确');
    expect(keysetCursorSchema('x', { keyMayBeMissing: true }).safeParse('_42').success).toBe(true);
    expect(keysetCursorSchema('x', { maxKey: 3 }).safeParse('3_42').success).toBe(true);
    expect(keysetCursorSchema('x', { maxKey: 3 }).safeParse('4_42').success).toBe(false);
  });

  it('writes and reads a keyset as one text, a missing key included', () => {
    for (const keyset of [
      { key: 1718150400000, id: 42 },
      { key: 0, id: 1 },
      { key: null, id: MAX_ID },
    ]) {
      expect(decodeCursor(encodeCursor(keyset))).toEqual(keyset);
    }
    expect(encodeCursor({ key: 2, id: 7 })).toBe('2_7');
    expect(decodeCursor('not a cursor')).toBeNull();
  });
});

describe('search text', () => {
  const q = searchTextSchema('搜索词', 10);

  it('trims and keeps what people type, Chinese and emoji included', () => {
    expect(q.parse('  物业 费 ')).toBe('物业 费');
    expect(q.parse('电梯💩')).toBe('电梯💩');
  });

  it('refuses control characters (a NUL must not reach PostgreSQL), in Chinese', () => {
    for (const bad of ['\u0000', 'a\u0000b', '电\u0007梯', 'x\u007fy', 'x\u0085y', 'a\nb'])
      expect(firstMessage(q.safeParse(bad)), JSON.stringify(bad)).toBe('搜索词含有不可见字符，请重新输入');
  });

  it('limits the length and names a missing or non-text value', () => {
    expect(firstMessage(q.safeParse('一二三四五六七八九十一'))).toBe('搜索词最多 10 个字');
    expect(firstMessage(q.safeParse(undefined))).toBe('请填写搜索词');
    expect(firstMessage(q.safeParse(['a', 'b']))).toBe('搜索词应为文字');
  });
});

describe('date-only filters', () => {
  const day = dateOnlySchema('开始日期');

  it('takes days that exist, leap days included', () => {
    for (const good of ['2024-02-29', '2000-02-29', '2024-12-31', '1900-01-01', '2999-12-31']) expect(day.parse(good)).toBe(good);
  });

  it('refuses days that do not exist, with one Chinese message', () => {
    for (const bad of ['9999-99-99', '2024-02-30', '2023-02-29', '1900-02-29', '0000-00-00', '2024-13-45', '2024-04-31', '2024-00-10']) {
      const result = day.safeParse(bad);
      expect(
        result.error?.issues.map((i) => i.message),
        bad,
      ).toEqual(['开始日期不是有效的日期（年份应在 1900–2999 之间）']);
    }
  });

  it('refuses years the day arithmetic cannot carry', () => {
    expect(isRealDate('0000-01-01')).toBe(false);
    expect(isRealDate('1899-12-31')).toBe(false);
    expect(isRealDate('3000-01-01')).toBe(false);
  });

  it('asks for the YYYY-MM-DD shape first, and only once', () => {
    for (const bad of ['2024-1-5', '20240105', '2024-01-05T00:00:00Z', ' 2024-01-05', '２０２４-01-05']) {
      expect(
        day.safeParse(bad).error?.issues.map((i) => i.message),
        bad,
      ).toEqual(['开始日期应为 YYYY-MM-DD 格式的日期']);
    }
    expect(firstMessage(day.safeParse(undefined))).toBe('请填写开始日期');
  });
});
