import { Text, View } from '@tarojs/components';
import type { DeskFigure } from '@wuxie/shared/desk';
import { openLink } from '../lib/open-link';

/** Every figure with the list and query behind it (the same numbers the cards and charts show). */
export default function FigureTable({ figures }: { figures: readonly DeskFigure[] }) {
  return (
    <View className="desk-table desk-table--figures">
      <View className="desk-table__row desk-table__row--head">
        <Text className="desk-table__cell desk-table__cell--name">指标</Text>
        <Text className="desk-table__cell desk-table__cell--num">数值</Text>
        <Text className="desk-table__cell desk-table__cell--source">数据来源</Text>
      </View>
      {figures.map((f) => (
        <View key={f.key} className="desk-table__row desk-table__row--link" onClick={() => openLink(f.link)}>
          <Text className="desk-table__cell desk-table__cell--name">{f.label}</Text>
          <Text className="desk-table__cell desk-table__cell--num">{f.display}</Text>
          <Text className="desk-table__cell desk-table__cell--source muted">{f.link.list}</Text>
        </View>
      ))}
    </View>
  );
}
