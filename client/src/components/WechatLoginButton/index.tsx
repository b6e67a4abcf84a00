import { Button as TaroButton } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Session } from '@wuxie/shared/auth';
import { loginWithWechat } from '@/api/auth';
import { messageOf } from '@/api/errors';
import './index.css';

interface Props {
  agreed: boolean;
  onAgree: () => void;
  requireConsent: () => boolean;
  onLoggedIn: (s: Session) => Promise<void>;
}

/**
 * 微信一键登录. While the user has not ticked the consent box, the button doubles as WeChat's
 * agreePrivacyAuthorization button, so one tap both agrees to the privacy guide and logs in.
 */
export default function WechatLoginButton({ agreed, onAgree, requireConsent, onLoggedIn }: Props) {
  const [busy, setBusy] = useState(false);

  const login = async (justAgreed = false) => {
    if (busy || (!justAgreed && !requireConsent())) return;
    setBusy(true);
    try {
      const { code } = await Taro.login();
      if (!code) throw new Error('no code');
      await onLoggedIn(await loginWithWechat({ code }));
    } catch (err) {
      void Taro.showToast({ title: messageOf(err) === '出了点问题，请稍后重试' ? '微信登录失败，请重试' : messageOf(err), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <TaroButton
      className="wechat-login-btn"
      loading={busy}
      openType={agreed ? undefined : 'agreePrivacyAuthorization'}
      onAgreePrivacyAuthorization={() => {
        onAgree();
        void login(true);
      }}
      onClick={() => void (agreed ? login() : undefined)}
    >
      微信一键登录
    </TaroButton>
  );
}
