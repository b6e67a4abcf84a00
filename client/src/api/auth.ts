import { demoAccountsSchema, meSchema, okSchema, sessionSchema, type BindPhone, type DemoAccounts, type Me, type PasswordLogin, type Session, type UpdateProfile, type WechatLogin } from '@wuxie/shared/auth/auth.schemas'
import { api, sessions } from './index'

/** Which demo accounts the server offers (an empty list when demo login is off). */
export function fetchDemoAccounts(): Promise<DemoAccounts> {
  return api.request({ path: '/api/auth/demo-accounts', schema: demoAccountsSchema, auth: false })
}

export async function loginWithPassword(body: PasswordLogin): Promise<Session> {
  const session = await api.request({ method: 'POST', path: '/api/auth/login/password', body, schema: sessionSchema, auth: false })
  api.adoptSession(session)
  return session
}

export async function loginWithWechat(body: WechatLogin): Promise<Session> {
  const session = await api.request({ method: 'POST', path: '/api/auth/login/wechat', body, schema: sessionSchema, auth: false })
  api.adoptSession(session)
  return session
}

/** Ends the session on the server too; the local session is dropped even if the server cannot be reached. */
export async function logout(): Promise<void> {
  const current = sessions.get()
  sessions.clear()
  if (!current) return
  try {
    await api.request({ method: 'POST', path: '/api/auth/logout', body: { refreshToken: current.refreshToken }, schema: okSchema, auth: false })
  } catch {
    // The refresh token expires on its own; logging out locally is what the user asked for.
  }
}

export async function fetchMe(): Promise<Me> {
  const me = await api.request({ path: '/api/me', schema: meSchema })
  sessions.updateUser(me)
  return me
}

export async function updateProfile(body: UpdateProfile): Promise<Me> {
  const me = await api.request({ method: 'PATCH', path: '/api/me', body, schema: meSchema })
  sessions.updateUser(me)
  return me
}

export async function bindPhone(body: BindPhone): Promise<Me> {
  const me = await api.request({ method: 'POST', path: '/api/me/phone', body, schema: meSchema })
  sessions.updateUser(me)
  return me
}
