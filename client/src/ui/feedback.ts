import Taro from '@tarojs/taro';
import { messageOf } from '@/api/errors';

/** Says what went wrong in a toast (the server's Chinese message). */
export function toastError(err: unknown): void {
  void Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 });
}

/** Asks before doing something that cannot be undone (Taro's H5 dialog takes at most 4 characters of button text). */
export async function confirm(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText, confirmColor: '#c8102e' });
  return res.confirm;
}
