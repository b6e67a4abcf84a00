import { Text, View } from '@tarojs/components';
import { membersApi, type CompanyCard } from '@wuxie/shared/members';
import { useState } from 'react';
import { api } from '@/api';
import { Button, Input } from '@/ui';
import { toastError } from '@/ui/feedback';

/** Picks a member company by searching its name (for a community's managing company or a commendation). */
export default function CompanyPicker({
  value,
  onChange,
  label,
}: {
  value: { id: number; name: string } | null;
  onChange: (v: { id: number; name: string } | null) => void;
  label: string;
}) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<CompanyCard[] | null>(null);
  const search = async () => {
    try {
      setOptions((await api.call(membersApi.listCompanies, { query: { q: q.trim() || undefined, limit: 10 } })).items);
    } catch (err) {
      toastError(err);
    }
  };
  return (
    <View className="mb-field">
      <Text className="mb-label">{label}</Text>
      {value ? (
        <View className="mb-row">
          <Text className="mb-row__main">{value.name}</Text>
          <Button size="small" onClick={() => onChange(null)}>
            更换
          </Button>
        </View>
      ) : (
        <>
          <View className="mb-toolbar">
            <Input
              name="companyQuery"
              className="mb-input"
              placeholder="输入单位名称查找"
              value={q}
              onChange={setQ}
              onConfirm={() => void search()}
            />
            <Button size="small" onClick={() => void search()}>
              查找
            </Button>
          </View>
          {options?.length === 0 && <Text className="muted">没有找到，换个关键字试试</Text>}
          {options?.map((c) => (
            <View
              key={c.id}
              className="mb-pick"
              onClick={() => {
                onChange({ id: c.id, name: c.name });
                setOptions(null);
              }}
            >
              <Text>{c.name}</Text>
              <Text className="muted">{c.address}</Text>
            </View>
          ))}
        </>
      )}
    </View>
  );
}
