import { Text, View } from '@tarojs/components';
import { Input } from '@/ui';

/** One choice out of a few, as tappable chips; `null` is the "all" chip when `allLabel` is given. */
export function Chips<T extends string>(props: {
  options: readonly T[];
  labels: Record<T, string>;
  value: T | null;
  onChange: (v: T | null) => void;
  allLabel?: string;
  name: string;
}) {
  const { options, labels, value, onChange, allLabel, name } = props;
  return (
    <View className="mb-chips" data-chips={name}>
      {allLabel && (
        <Text className={`mb-chip ${value === null ? 'mb-chip--on' : ''}`} onClick={() => onChange(null)}>
          {allLabel}
        </Text>
      )}
      {options.map((o) => (
        <Text key={o} className={`mb-chip ${value === o ? 'mb-chip--on' : ''}`} data-value={o} onClick={() => onChange(o)}>
          {labels[o]}
        </Text>
      ))}
    </View>
  );
}

/** A labelled text input with its error (or a confirmation) under it. */
export function TextField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  required?: boolean;
  error?: string;
  ok?: string;
  type?: 'text' | 'number';
  maxlength?: number;
}) {
  return (
    <View className="mb-field">
      <Text className={`mb-label ${props.required ? 'mb-label--required' : ''}`}>{props.label}</Text>
      <Input
        name={props.name}
        className="mb-input"
        type={props.type ?? 'text'}
        placeholder={props.placeholder}
        value={props.value}
        maxLength={props.maxlength}
        onChange={props.onChange}
      />
      {props.error ? <Text className="field-error">{props.error}</Text> : props.ok ? <Text className="mb-ok">{props.ok}</Text> : null}
    </View>
  );
}

/** Field messages from a zod issue list or the server's issues: the first per top-level field. */
export function firstIssues(issues: readonly { path: readonly PropertyKey[] | string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = typeof issue.path === 'string' ? (issue.path.split('.')[0] ?? '') : String(issue.path[0] ?? '');
    if (key && !(key in out)) out[key] = issue.message;
  }
  return out;
}
