import {
  authApi,
  type BindPhone,
  type Me,
  type PasswordLogin,
  type Session,
  type UpdateProfile,
  type WechatLogin,
} from '@wuxie/shared/auth';
import { api, sessions } from './index';

// Session operations: each call of the auth contract that also changes the stored session.

export async function loginWithPassword(body: PasswordLogin): Promise<Session> {
  const session = await api.call(authApi.passwordLogin, { body });
  api.adoptSession(session);
  return session;
}

export async function loginWithWechat(body: WechatLogin): Promise<Session> {
  const session = await api.call(authApi.wechatLogin, { body });
  api.adoptSession(session);
  return session;
}

/** Ends the session on the server too; the local session is dropped even if the server cannot be reached. */
export async function logout(): Promise<void> {
  const current = sessions.get();
  sessions.clear();
  if (!current) return;
  try {
    await api.call(authApi.logout, { body: { refreshToken: current.refreshToken } });
  } catch {
    // The refresh token expires on its own; logging out locally is what the user asked for.
  }
}

export async function fetchMe(): Promise<Me> {
  const me = await api.call(authApi.getMe);
  sessions.updateUser(me);
  return me;
}

export async function updateProfile(body: UpdateProfile): Promise<Me> {
  const me = await api.call(authApi.updateMe, { body });
  sessions.updateUser(me);
  return me;
}

export async function bindPhone(body: BindPhone): Promise<Me> {
  const me = await api.call(authApi.bindPhone, { body });
  sessions.updateUser(me);
  return me;
}
