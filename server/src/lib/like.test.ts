import { describe, expect, it } from 'vitest';
import { containsPattern, escapeLike } from './like';

describe('LIKE escape', () => {
  it('takes %, _ and \\ literally and leaves other text alone', () => {
    expect(escapeLike('100%')).toBe('100\\%');
    expect(escapeLike('a_b')).toBe('a\\_b');
    expect(escapeLike('C:\\dir')).toBe('C:\\\\dir');
    expect(escapeLike('物业 费')).toBe('物业 费');
  });

  it('wraps the escaped text for a contains match in raw SQL', () => {
    expect(containsPattern('5%_')).toBe('%5\\%\\_%');
  });
});
