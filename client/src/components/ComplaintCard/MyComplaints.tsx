import { complaintsApi } from '@wuxie/shared/complaints';
import { api } from '@/api';
import PagedListView from '@/components/PagedListView';
import { usePagedList } from '@/hooks/use-paged-list';
import { go } from '@/lib/nav';
import ComplaintCard from './index';

interface Props {
  /** Whose list it is: a different account loads afresh. */
  userId: number;
  /** What the empty list says. */
  description: string;
  /** Offer 我要投诉 in the empty list (where the page has no such button of its own). */
  offerFiling?: boolean;
}

/**
 * The caller's own complaints, newest first, each opening its detail; reloaded when the page shows
 * again (back from filing or rating). Used by the 投诉 tab and by 我的 → 我的投诉.
 */
export default function MyComplaints({ userId, description, offerFiling = false }: Props) {
  const list = usePagedList(
    async (cursor) => {
      const page = await api.call(complaintsApi.listMine, { query: { cursor: cursor ?? undefined } });
      return { items: page.items, next: page.nextCursor };
    },
    [userId],
    { reloadOnShow: true },
  );
  return (
    <PagedListView
      list={list}
      empty={{
        title: '还没有投诉记录',
        description,
        action: offerFiling ? { text: '我要投诉', onClick: () => go('complaintNew') } : undefined,
      }}
      renderItem={(item) => <ComplaintCard key={item.id} item={item} />}
    />
  );
}
