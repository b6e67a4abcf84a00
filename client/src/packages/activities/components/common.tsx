import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

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

export { confirm, toastError } from '@/ui/feedback'

/** The numeric `id` query parameter of the current page, or NaN. */
export function pageParam(name: string): string | undefined {
  return Taro.getCurrentInstance().router?.params[name]
}
