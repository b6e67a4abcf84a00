import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

/** The numeric `id` query parameter of the current page, or NaN. */
export function pageParam(name: string): string | undefined {
  return Taro.getCurrentInstance().router?.params[name]
}
