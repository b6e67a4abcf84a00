import { membersApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['会员单位'];
export const listCommendations = defineRoute(api.listCommendations, {
  tags,
  summary: '表彰记录（优秀会员单位、优秀通讯员），按年度',
  ok: '表彰',
});

export const createCommendation = defineRoute(api.createCommendation, {
  tags,
  summary: '登记表彰：优秀会员单位填 companyId，优秀通讯员填 userId',
  ok: '已登记',
  responses: { 409: errorResponse('同一年已登记过') },
});

export const deleteCommendation = defineRoute(api.deleteCommendation, {
  tags,
  summary: '撤销误登记的表彰',
  ok: '已撤销',
  responses: { 404: errorResponse('表彰记录不存在') },
});

export const searchPeople = defineRoute(api.searchPeople, {
  tags,
  summary: '按姓名、账号或手机号找人（登记优秀通讯员用）',
  ok: '最多 20 人',
});

export const myCommendations = defineRoute(api.myCommendations, { tags, summary: '我获得的表彰（个人主页）', ok: '表彰' });
