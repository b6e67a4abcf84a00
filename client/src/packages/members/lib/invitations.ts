import { membersApi, type RedeemResult } from '@wuxie/shared/members';
import { api } from '@/api';

/**
 * Binds the user to a company with an invitation code, then refreshes the session at once: the
 * access token carries roles and company, so the new worker role only counts from the new token.
 */
export async function redeemInvitation(code: string): Promise<RedeemResult> {
  const result = await api.call(membersApi.redeemInvitation, { body: { code } });
  // The answer always says so (refreshSession: true); the new token carries the worker role and company.
  await api.refreshSession();
  return result;
}
