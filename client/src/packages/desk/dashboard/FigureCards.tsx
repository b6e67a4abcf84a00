import { Text, View } from '@tarojs/components';
import type { DeskFigure } from '@wuxie/shared/desk';
import { openLink } from '../lib/open-link';

/** The headline figures as cards; each opens the list it was counted from. */
export default function FigureCards({ figures }: { figures: readonly DeskFigure[] }) {
  return (
    <View className="desk-figures">
      {figures.map((f) => (
        <View key={f.key} className={`desk-figure desk-figure--${f.key}`} onClick={() => openLink(f.link)}>
          <Text className="desk-figure__label">{f.label}</Text>
          <Text className="desk-figure__value">{f.display.replace(/（.*）$/, '')}</Text>
          {f.denominator !== undefined && (
            <Text className="desk-figure__ratio">
              {f.numerator} / {f.denominator}
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}
