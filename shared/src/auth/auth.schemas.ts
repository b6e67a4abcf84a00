import { z } from 'zod';
import { roleSchema } from './roles';

export const passwordLoginSchema = z
  .object({
    username: z
      .string({ error: '请填写账号' })
      .trim()
      .min(2, { message: '账号至少 2 个字符' })
      .max(64, { message: '账号不能超过 64 个字符' }),
    password: z.string({ error: '请填写密码' }).min(6, { message: '密码至少 6 位' }).max(128, { message: '密码不能超过 128 位' }),
  })
  .meta({ id: 'PasswordLogin' });
export type PasswordLogin = z.infer<typeof passwordLoginSchema>;

export const wechatLoginSchema = z
  .object({
    code: z
      .string({ error: '缺少微信登录凭证 code' })
      .min(1, { message: '缺少微信登录凭证 code' })
      .max(128, { message: '微信登录凭证 code 过长' }),
  })
  .meta({ id: 'WechatLogin' });
export type WechatLogin = z.infer<typeof wechatLoginSchema>;

export const refreshSchema = z
  .object({ refreshToken: z.string({ error: '缺少刷新令牌' }).min(20, { message: '刷新令牌格式不对' }).max(200) })
  .meta({ id: 'RefreshRequest' });
export type RefreshRequest = z.infer<typeof refreshSchema>;

export const bindPhoneSchema = z
  .object({
    code: z.string({ error: '缺少手机号授权 code' }).min(1, { message: '缺少手机号授权 code' }).max(128),
  })
  .meta({ id: 'BindPhone' });
export type BindPhone = z.infer<typeof bindPhoneSchema>;

export const companyRefSchema = z.object({ id: z.number().int(), name: z.string() }).meta({ id: 'CompanyRef' });

export const meSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    username: z.string().nullable(),
    phone: z.string().nullable(),
    avatarUrl: z.string().nullable(),
    roles: z.array(roleSchema),
    company: companyRefSchema.nullable(),
    hasWechat: z.boolean(),
    privacyAgreed: z.boolean(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

export const sessionSchema = z
  .object({
    accessToken: z.string(),
    /** Seconds until the access token expires. */
    expiresIn: z.number().int(),
    refreshToken: z.string(),
    user: meSchema,
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

export const demoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  label: z.string(),
  roles: z.array(roleSchema),
});
export const demoAccountsSchema = z.object({ enabled: z.boolean(), accounts: z.array(demoAccountSchema) }).meta({ id: 'DemoAccounts' });
export type DemoAccounts = z.infer<typeof demoAccountsSchema>;

export const updateProfileSchema = z
  .object({
    name: z.string().trim().min(1, { message: '姓名不能为空' }).max(32, { message: '姓名不能超过 32 个字' }).optional(),
    privacyAgreed: z.literal(true).optional(),
  })
  .meta({ id: 'UpdateProfile' });
export type UpdateProfile = z.infer<typeof updateProfileSchema>;

export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
