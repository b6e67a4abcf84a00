import { z } from 'zod';
import { mobilePhoneSchema } from '../common/phone';
import { hasControlCharacter } from '../common/search-text';
import { idNumberProblem, idNumberTypingProblem, normalizeIdNumber } from './id-number';

/** Kinds of extra sign-up fields an activity can ask for. */
export const EXTRA_FIELD_KINDS = ['text', 'id_number', 'phone', 'choice'] as const;
export const extraFieldKindSchema = z.enum(EXTRA_FIELD_KINDS, { error: '附加信息类型只能是文本、身份证号、手机号或单选' });
export type ExtraFieldKind = z.infer<typeof extraFieldKindSchema>;
export const EXTRA_FIELD_KIND_LABELS: Record<ExtraFieldKind, string> = {
  text: '文本',
  id_number: '身份证号',
  phone: '手机号',
  choice: '单选',
};

export const EXTRA_TEXT_MAX = 100;

export const extraFieldSchema = z
  .object({
    key: z
      .string({ error: '请填写附加信息的字段名' })
      .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,31}$/, { message: '附加信息字段名只能用字母开头，由字母、数字和下划线组成（最多 32 个字符）' }),
    label: z
      .string({ error: '请填写附加信息的名称' })
      .trim()
      .min(1, { message: '请填写附加信息的名称' })
      .max(20, { message: '附加信息名称不能超过 20 个字' }),
    kind: extraFieldKindSchema,
    required: z.boolean({ error: '请说明附加信息是否必填' }).default(true),
    options: z
      .array(z.string().trim().min(1, { message: '选项不能为空' }).max(20, { message: '选项不能超过 20 个字' }))
      .max(20, { message: '选项最多 20 个' })
      .optional(),
  })
  .superRefine((field, ctx) => {
    if (field.kind === 'choice' && (field.options?.length ?? 0) < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `单选项“${field.label}”至少需要 2 个选项` });
    }
  })
  .meta({ id: 'ExtraField' });
export type ExtraField = z.infer<typeof extraFieldSchema>;

export const extraFieldsSchema = z
  .array(extraFieldSchema)
  .max(10, { message: '附加信息最多 10 项' })
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      if (seen.has(f.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `附加信息字段名“${f.key}”重复了` });
      seen.add(f.key);
    });
  });

/** The ID-number field exams ask for; what staff get when they tick “收集身份证号”. */
export const ID_NUMBER_FIELD: ExtraField = { key: 'idNumber', label: '身份证号', kind: 'id_number', required: true };

/** Values a person typed for the extra fields, keyed by field key. */
export type ExtraValues = Record<string, string>;

/** Normalizes one value the way it will be stored (ID numbers upper-cased, spaces dropped). */
export function normalizeExtraValue(field: ExtraField, raw: string): string {
  if (field.kind === 'id_number') return normalizeIdNumber(raw);
  if (field.kind === 'phone') return raw.replace(/[\s-]+/g, '');
  return raw.trim();
}

/** What is wrong with one (normalized) value, naming the field; null when it is fine. */
export function extraValueProblem(field: ExtraField, value: string | undefined): string | null {
  if (value === undefined || value === '') return field.required ? `请填写${field.label}` : null;
  switch (field.kind) {
    case 'id_number': {
      const problem = idNumberProblem(value);
      return problem ? problem.replace(/^身份证号/, field.label) : null;
    }
    case 'phone': {
      const parsed = mobilePhoneSchema.safeParse(value);
      return parsed.success ? null : `${field.label}应为 11 位手机号，以 13–19 开头`;
    }
    case 'choice':
      return field.options?.includes(value) ? null : `${field.label}请从给出的选项中选择`;
    case 'text':
      if (hasControlCharacter(value)) return `${field.label}含有不可见字符，请重新输入`;
      return value.length > EXTRA_TEXT_MAX ? `${field.label}不能超过 ${EXTRA_TEXT_MAX} 个字` : null;
  }
}

/** For live feedback while typing: only problems that more typing cannot fix. */
export function extraValueTypingProblem(field: ExtraField, raw: string): string | null {
  const value = normalizeExtraValue(field, raw);
  if (field.kind === 'id_number') {
    if (value.length < 18) return idNumberTypingProblem(value)?.replace(/^身份证号/, field.label) ?? null;
    return extraValueProblem(field, value);
  }
  if (field.kind === 'phone') return value.length < 11 ? null : extraValueProblem(field, value);
  return extraValueProblem(field, value === '' ? undefined : value);
}

export type ExtraValuesCheck = { ok: true; values: ExtraValues } | { ok: false; issues: { path: string; message: string }[] };

/**
 * Checks a sign-up's extra values against the activity's fields: every field validated, values
 * normalized, keys the activity does not ask for dropped.
 */
export function checkExtraValues(fields: readonly ExtraField[], input: Readonly<Record<string, unknown>>): ExtraValuesCheck {
  const values: ExtraValues = {};
  const issues: { path: string; message: string }[] = [];
  for (const field of fields) {
    const raw = input[field.key];
    if (raw !== undefined && raw !== null && typeof raw !== 'string') {
      issues.push({ path: `extra.${field.key}`, message: `${field.label}应为文字` });
      continue;
    }
    const value = raw == null ? undefined : normalizeExtraValue(field, raw);
    const problem = extraValueProblem(field, value);
    if (problem) issues.push({ path: `extra.${field.key}`, message: problem });
    else if (value) values[field.key] = value;
  }
  return issues.length ? { ok: false, issues } : { ok: true, values };
}

/** Reads an activity's stored extraFields JSON; anything malformed is ignored rather than trusted. */
export function readExtraFields(json: unknown): ExtraField[] {
  const parsed = extraFieldsSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}
