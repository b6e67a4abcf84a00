import { passwordLoginSchema, updateProfileSchema } from '@wuxie/shared/auth';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '@/api/errors';
import { serverFieldErrors, validateForm } from './form';
import { CONSENT_REQUIRED, afterLogin, consentError } from './login-rules';

describe('login form rules', () => {
  it('names each field that is wrong, in Chinese, one message per field', () => {
    const r = validateForm(passwordLoginSchema, { username: 'a', password: '123' });
    expect(r).toEqual({ ok: false, errors: { username: '账号至少 2 个字符', password: '密码至少 6 位' } });
  });

  it('accepts a valid login and trims the account name', () => {
    expect(validateForm(passwordLoginSchema, { username: '  resident ', password: 'demo1234' })).toEqual({
      ok: true,
      data: { username: 'resident', password: 'demo1234' },
    });
  });

  it('refuses an empty display name on the profile form', () => {
    expect(validateForm(updateProfileSchema, { name: '  ' })).toEqual({ ok: false, errors: { name: '姓名不能为空' } });
  });

  it('requires agreeing to the privacy guide before any login', () => {
    expect(consentError(false)).toBe(CONSENT_REQUIRED);
    expect(consentError(true)).toBeUndefined();
  });

  it('picks up the field messages the server attached, only for the form’s own fields', () => {
    const err = new ApiRequestError('VALIDATION_FAILED', '请检查填写的内容', 400, [
      { path: 'password', message: '密码至少 6 位' },
      { path: 'other', message: '不相关' },
    ]);
    expect(serverFieldErrors(err, ['username', 'password'])).toEqual({ password: '密码至少 6 位' });
    expect(serverFieldErrors(new Error('x'), ['username'])).toEqual({});
  });
});

describe('after login', () => {
  it('returns to the members-only page that sent the user to login, keeping its query', () => {
    expect(afterLogin(encodeURIComponent('/packages/me/complaints/index?tab=open'), true)).toEqual({
      kind: 'page',
      url: '/packages/me/complaints/index?tab=open',
    });
  });

  it('switches tab when the page was a tab', () => {
    expect(afterLogin('/pages/complaints/index', true)).toEqual({ kind: 'tab', url: '/pages/complaints/index' });
  });

  it('ignores a redirect that is not one of our routes', () => {
    expect(afterLogin('https://evil.example/phish', false)).toEqual({ kind: 'tab', url: '/pages/me/index' });
    expect(afterLogin('https://evil.example/phish', true)).toEqual({ kind: 'back' });
  });
});
