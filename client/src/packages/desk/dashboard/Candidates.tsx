import { Text, View } from '@tarojs/components';
import type { CompanyCandidate, CorrespondentCandidate } from '@wuxie/shared/desk';
import { openLink } from '../lib/open-link';

/** 优秀会员单位 candidates with the reasons and what speaks against them. */
export function CompanyCandidates({ items }: { items: readonly CompanyCandidate[] }) {
  if (items.length === 0) return <Text className="muted">本期没有会员单位参加活动</Text>;
  return (
    <View className="desk-candidates">
      {items.map((c) => (
        <View key={c.companyId} className="desk-candidate">
          <Text className="desk-candidate__rank">{c.rank}</Text>
          <View className="desk-candidate__body">
            <View className="row">
              <Text className="desk-candidate__name">{c.companyName}</Text>
              {c.commended && <Text className="chip">已表彰</Text>}
            </View>
            {c.reasons.map((r) => (
              <Text key={r} className="desk-candidate__reason">
                {r}
              </Text>
            ))}
            {c.cautions.map((r) => (
              <Text key={r} className="desk-candidate__reason desk-warn">
                ⚠ {r}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}

/** 优秀通讯员 candidates: correspondents ranked by published articles. */
export function CorrespondentCandidates({ items }: { items: readonly CorrespondentCandidate[] }) {
  if (items.length === 0) return <Text className="muted">本期没有通讯员发表稿件</Text>;
  return (
    <View className="desk-candidates">
      {items.map((c) => (
        <View key={c.userId} className="desk-candidate" onClick={() => openLink(c.link)}>
          <Text className="desk-candidate__rank">{c.rank}</Text>
          <View className="desk-candidate__body">
            <View className="row">
              <Text className="desk-candidate__name">{c.name}</Text>
              {c.companyName && <Text className="muted">{c.companyName}</Text>}
              {c.commended && <Text className="chip">已表彰</Text>}
            </View>
            {c.reasons.map((r) => (
              <Text key={r} className="desk-candidate__reason">
                {r}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
