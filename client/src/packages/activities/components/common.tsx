import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { messageOf } from '@/api/errors'

/** A label and a value on one line; nothing when there is no value. */
export function Kv({ k, v }: { k: string; v: string | number | null | undefined }) {
  if (v === null || v === undefined || v === '') return null
  return (
    <View className='ad-kv'>
      <Text className='ad-kv__k'>{k}</Text>
      <Text className='ad-kv__v'>{String(v)}</Text>
    </View>
  )
}

/** Says what went wrong in a toast (the server's Chinese message). */
export function toastError(err: unknown): void {
  void Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
}

/** Asks before doing something that cannot be undone. */
export async function confirm(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText, confirmColor: '#c8102e' })
  return res.confirm
}

/** The numeric `id` query parameter of the current page, or NaN. */
export function pageParam(name: string): string | undefined {
  return Taro.getCurrentInstance().router?.params[name]
}
