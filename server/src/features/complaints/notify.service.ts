import type { Prisma } from '@wuxie/prisma';
import { COMPLAINT_ACTION_LABELS, COMPLAINT_STATUS_LABELS, chinaDate, type ComplaintAction, type ComplaintStatus } from '@wuxie/shared';
import { enqueueNotification } from '../notifications/notifications.service';

/** The page a complaint notification opens. */
export const complaintLink = (id: number) => `/packages/complaints/detail/index?id=${id}`;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Beijing wall-clock time as WeChat's `time` fields want it. */
function beijingTime(at: Date): string {
  const hhmm = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16);
  return `${chinaDate(at)} ${hhmm}`;
}

interface Progress {
  complaint: { id: number; number: string; title: string; residentId: number; companyId: number | null };
  action: ComplaintAction;
  to: ComplaintStatus;
  note: string;
  at: Date;
}

/**
 * Tells the resident about progress they care about, in the same transaction as the change
 * (outbox): the message is in the app whatever WeChat later says, and a push failure cannot undo
 * the transition.
 */
export async function notifyResident(tx: Prisma.TransactionClient, p: Progress): Promise<void> {
  const status = COMPLAINT_STATUS_LABELS[p.to];
  await enqueueNotification(tx, {
    userId: p.complaint.residentId,
    kind: `complaint.${p.action}`,
    title: `投诉${COMPLAINT_ACTION_LABELS[p.action]}：${cut(p.complaint.title, 20)}`,
    body: p.note ? `当前状态：${status}。${p.note}` : `当前状态：${status}`,
    link: complaintLink(p.complaint.id),
    template: {
      key: 'complaint_progress',
      data: {
        character_string1: p.complaint.number,
        thing2: cut(p.complaint.title, 20),
        phrase3: cut(status, 5),
        thing4: cut(p.note || COMPLAINT_ACTION_LABELS[p.action], 20),
        time5: beijingTime(p.at),
      },
    },
  });
}

/** In-app messages for the admins of the company a complaint is routed to (new work, reopened, urged). */
export async function notifyCompanyAdmins(tx: Prisma.TransactionClient, companyId: number, p: Progress & { title: string }): Promise<void> {
  // Filtered here rather than with `roles: { has }`: that array filter is refused by the PGlite adapter on some paths.
  const people = await tx.user.findMany({ where: { companyId, disabled: false }, select: { id: true, roles: true } });
  for (const admin of people.filter((u) => u.roles.includes('company_admin'))) {
    await enqueueNotification(tx, {
      userId: admin.id,
      kind: `complaint.company.${p.action}`,
      title: `${p.title}：${cut(p.complaint.title, 20)}`,
      body: `投诉编号 ${p.complaint.number}${p.note ? `。${p.note}` : ''}`,
      link: complaintLink(p.complaint.id),
    });
  }
}
