import {
  ID_NUMBER_FIELD,
  formatChinaStamp,
  type ActivityDetail,
  type ActivityInput,
  type ActivityType,
  type Audience,
  type CancelRule,
} from '@wuxie/shared/activities';

/** The edit form as typed: times as Beijing "YYYY-MM-DD HH:mm", capacity as text. */
export interface ActivityDraft {
  type: ActivityType;
  title: string;
  place: string;
  onlineUrl: string;
  description: string;
  startAt: string;
  endAt: string;
  signupStartAt: string;
  signupEndAt: string;
  capacity: string;
  waitlistEnabled: boolean;
  audience: Audience;
  cancelRule: CancelRule;
  collectIdNumber: boolean;
}

export const TIME_FIELDS = ['startAt', 'endAt', 'signupStartAt', 'signupEndAt'] as const;

/** "2025-03-08 09:00" (Beijing) → ISO with +08:00; anything else is passed on for the schema to name. */
export function toIso(text: string): string {
  const m = text.trim().match(/^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/);
  if (!m) return text;
  const pad = (s: string | undefined) => (s ?? '').padStart(2, '0');
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${m[5]}:00+08:00`;
}

export function emptyDraft(now = new Date()): ActivityDraft {
  const day = 86_400_000;
  const at = (ms: number, hh: string) => `${formatChinaStamp(new Date(now.getTime() + ms)).slice(0, 10)} ${hh}`;
  return {
    type: 'training',
    title: '',
    place: '',
    onlineUrl: '',
    description: '',
    startAt: at(7 * day, '09:00'),
    endAt: at(7 * day, '12:00'),
    signupStartAt: formatChinaStamp(now),
    signupEndAt: at(6 * day, '18:00'),
    capacity: '50',
    waitlistEnabled: true,
    audience: 'member_workers',
    cancelRule: 'until_deadline',
    collectIdNumber: false,
  };
}

/** The stored description as lines of text again (the server turns lines back into paragraphs). */
export function descriptionText(html: string): string {
  return html
    .replace(/<\/p>\s*/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

export function draftOf(a: ActivityDetail): ActivityDraft {
  const t = (iso: string) => formatChinaStamp(new Date(iso));
  return {
    type: a.type,
    title: a.title,
    place: a.place,
    onlineUrl: a.onlineUrl ?? '',
    description: descriptionText(a.description),
    startAt: t(a.startAt),
    endAt: t(a.endAt),
    signupStartAt: t(a.signupStartAt),
    signupEndAt: t(a.signupEndAt),
    capacity: String(a.capacity),
    waitlistEnabled: a.waitlistEnabled,
    audience: a.audience,
    cancelRule: a.cancelRule,
    collectIdNumber: a.extraFields.some((f) => f.kind === 'id_number'),
  };
}

/** What the API receives; the shared schema then checks it (and names each field it refuses). */
export function inputOf(d: ActivityDraft): ActivityInput {
  return {
    type: d.type,
    title: d.title,
    place: d.place,
    onlineUrl: d.onlineUrl.trim() ? d.onlineUrl.trim() : null,
    description: d.description,
    startAt: toIso(d.startAt),
    endAt: toIso(d.endAt),
    signupStartAt: toIso(d.signupStartAt),
    signupEndAt: toIso(d.signupEndAt),
    capacity: /^\d+$/.test(d.capacity.trim()) ? Number(d.capacity.trim()) : Number.NaN,
    waitlistEnabled: d.waitlistEnabled,
    audience: d.audience,
    cancelRule: d.cancelRule,
    extraFields: d.collectIdNumber ? [ID_NUMBER_FIELD] : [],
  };
}
