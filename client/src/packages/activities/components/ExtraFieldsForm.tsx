import { Text, View } from '@tarojs/components';
import { extraValueTypingProblem, type ExtraField } from '@wuxie/shared/activities';
import { Input } from '@/ui';

interface Props {
  fields: readonly ExtraField[];
  values: Record<string, string>;
  /** Problems to show (from submitting, or from the server), keyed by field key. */
  errors: Record<string, string | undefined>;
  onChange: (key: string, value: string) => void;
  /** Prefix for input names, so several people's forms on one page stay apart. */
  namePrefix?: string;
}

/**
 * The extra fields an activity asks for. Each is checked as it is typed with the shared rule
 * (an ID number's wrong character or check digit shows at once); a tick when it is complete.
 */
export default function ExtraFieldsForm({ fields, values, errors, onChange, namePrefix = '' }: Props) {
  return (
    <View>
      {fields.map((f) => {
        const value = values[f.key] ?? '';
        const typing = value ? extraValueTypingProblem(f, value) : null;
        const complete = f.kind === 'id_number' ? value.replace(/\s/g, '').length === 18 : value.length > 0;
        const problem = errors[f.key] ?? typing;
        return (
          <View key={f.key} className="ad-field">
            <Text className={`ad-label ${f.required ? 'ad-label--required' : ''}`}>{f.label}</Text>
            {f.kind === 'choice' ? (
              <View className="ad-chips">
                {(f.options ?? []).map((o) => (
                  <Text key={o} className={`ad-chip ${value === o ? 'ad-chip--on' : ''}`} onClick={() => onChange(f.key, o)}>
                    {o}
                  </Text>
                ))}
              </View>
            ) : (
              <Input
                name={`${namePrefix}${f.key}`}
                className="ad-input"
                type={f.kind === 'phone' ? 'digit' : f.kind === 'id_number' ? 'idcard' : 'text'}
                maxLength={f.kind === 'id_number' ? 18 : f.kind === 'phone' ? 11 : 100}
                placeholder={f.kind === 'id_number' ? '18 位居民身份证号' : f.kind === 'phone' ? '11 位手机号' : `请填写${f.label}`}
                value={value}
                onChange={(v) => onChange(f.key, v)}
              />
            )}
            {problem ? <Text className="field-error">{problem}</Text> : complete && value && <Text className="ad-ok">✓ 格式正确</Text>}
          </View>
        );
      })}
    </View>
  );
}
