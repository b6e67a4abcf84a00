import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { communityInputSchema, type CommunityRow } from '@wuxie/shared/members'
import { useEffect, useState } from 'react'
import { ApiRequestError, messageOf } from '@/api/errors'
import PageShell from '@/components/PageShell'
import { EmptyState, ListSkeleton } from '@/components/StateView'
import { useRouteGuard } from '@/hooks/use-route-guard'
import { Button } from '@/ui'
import { membersApi } from '../api'
import CompanyPicker from '../CompanyPicker'
import { TextField, firstIssues } from '../components'
import { toastError } from '@/ui/feedback'
import '../members.css'

interface Draft {
  name: string
  district: string
  address: string
  company: { id: number; name: string } | null
}

/** 新增/编辑小区 (staff): name, district, address and the managing company. */
export default function CommunityEditPage() {
  const access = useRouteGuard('memberCommunityEdit')
  const params = useRouter().params
  const id = params.id ? Number(params.id) : null
  const [draft, setDraft] = useState<Draft | null>(id === null ? { name: '', district: '', address: '', company: null } : null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (access !== 'allow') return
    if (id === null && params.companyId) {
      membersApi.company(Number(params.companyId)).then((c) => setDraft((d) => (d ? { ...d, company: { id: c.id, name: c.name } } : d)), toastError)
    }
    if (id !== null) {
      // The list runs newest first below its cursor, so the one-row page below id + 1 is this community.
      membersApi.communities({ cursor: id + 1, limit: 1 }).then((page) => {
        const row: CommunityRow | undefined = page.items.find((c) => c.id === id)
        if (row) setDraft({ name: row.name, district: row.district, address: row.address, company: row.company })
        else toastError(new Error('小区不存在'))
      }, toastError)
    }
  }, [access, id, params.companyId])

  if (access === 'forbidden') return <PageShell><EmptyState title='没有权限' description='只有协会工作人员可以维护小区' /></PageShell>
  if (access !== 'allow') return <PageShell />
  if (!draft) return <PageShell><ListSkeleton rows={2} /></PageShell>
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch })
    setErrors({})
  }
  const save = async () => {
    const body = { name: draft.name, district: draft.district, address: draft.address, companyId: draft.company?.id ?? null }
    const parsed = communityInputSchema.safeParse(body)
    if (!parsed.success) {
      setErrors(firstIssues(parsed.error.issues))
      return
    }
    setBusy(true)
    try {
      if (id === null) await membersApi.createCommunity(body)
      else await membersApi.updateCommunity(id, body)
      void Taro.showToast({ title: '已保存', icon: 'none' })
      setTimeout(() => void Taro.navigateBack(), 600)
    } catch (err) {
      if (err instanceof ApiRequestError) setErrors(err.code === 'CONFLICT' ? { name: err.message } : firstIssues(err.issues))
      void Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setBusy(false)
    }
  }
  return (
    <PageShell>
      <View className='section card'>
        <TextField name='name' label='小区名称' required value={draft.name} onChange={(v) => set({ name: v })} error={errors.name} maxlength={40} />
        <TextField name='district' label='所在区县' value={draft.district} onChange={(v) => set({ district: v })} placeholder='如 田家庵区' error={errors.district} maxlength={20} />
        <TextField name='address' label='地址' value={draft.address} onChange={(v) => set({ address: v })} error={errors.address} maxlength={120} />
        <CompanyPicker label='管理单位（物业企业）' value={draft.company} onChange={(company) => set({ company })} />
        {errors.companyId && <View className='field-error'>{errors.companyId}</View>}
      </View>
      <View className='btn-wrap'>
        <Button block type='primary' loading={busy} onClick={() => void save()}>保存</Button>
      </View>
    </PageShell>
  )
}
