import { Text } from '@tarojs/components';

/** The chevron at the end of a tappable cell (kept as text: no icon font to ship). */
export default function CellArrow() {
  return <Text className="cell-arrow">›</Text>;
}
