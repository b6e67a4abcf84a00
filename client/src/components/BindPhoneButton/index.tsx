import { Button as TaroButton } from '@tarojs/components';
import type { BaseEventOrig, ButtonProps } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { bindPhone } from '@/api/auth';
import { messageOf } from '@/api/errors';
import './index.css';

/**
 * WeChat's phone-number button (mini-program only): WeChat shows its own consent sheet and gives us a
 * one-time code that the server exchanges for the number.
 */
export default function BindPhoneButton({ text = '绑定手机号' }: { text?: string }) {
  if (process.env.TARO_ENV !== 'weapp') return null;
  const onGetPhoneNumber = (e: BaseEventOrig<ButtonProps.onGetPhoneNumberEventDetail>) => {
    const code = e.detail.code;
    if (!code) {
      void Taro.showToast({ title: '未授权手机号，可稍后在“我的”里绑定', icon: 'none' });
      return;
    }
    bindPhone({ code })
      .then(() => Taro.showToast({ title: '手机号已绑定', icon: 'success' }))
      .catch((err: unknown) => Taro.showToast({ title: messageOf(err), icon: 'none' }));
  };
  return (
    <TaroButton className="bind-phone-btn" size="mini" openType="getPhoneNumber" onGetPhoneNumber={onGetPhoneNumber}>
      {text}
    </TaroButton>
  );
}
