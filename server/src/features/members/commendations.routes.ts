import {
  commendationInputSchema,
  commendationListQuerySchema,
  commendationListSchema,
  commendationSchema,
  idParamsSchema,
  okSchema,
  personOptionListSchema,
  personSearchQuerySchema,
} from '@wuxie/shared';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['会员单位'];
const staff = ['staff'] as const;

export const listCommendations = defineRoute({
  method: 'get',
  path: '/commendations',
  tags,
  summary: '表彰记录（优秀会员单位、优秀通讯员），按年度',
  access: staff,
  request: { query: commendationListQuerySchema },
  responses: { 200: { description: '表彰', content: json(commendationListSchema) } },
});

export const createCommendation = defineRoute({
  method: 'post',
  path: '/commendations',
  tags,
  summary: '登记表彰：优秀会员单位填 companyId，优秀通讯员填 userId',
  access: staff,
  request: { body: { content: json(commendationInputSchema), required: true } },
  responses: { 201: { description: '已登记', content: json(commendationSchema) }, 409: { description: '同一年已登记过', content: errorContent } },
});

export const deleteCommendation = defineRoute({
  method: 'delete',
  path: '/commendations/{id}',
  tags,
  summary: '撤销误登记的表彰',
  access: staff,
  request: { params: idParamsSchema() },
  responses: { 200: { description: '已撤销', content: json(okSchema) }, 404: { description: '表彰记录不存在', content: errorContent } },
});

export const searchPeople = defineRoute({
  method: 'get',
  path: '/members/people',
  tags,
  summary: '按姓名、账号或手机号找人（登记优秀通讯员用）',
  access: staff,
  request: { query: personSearchQuerySchema },
  responses: { 200: { description: '最多 20 人', content: json(personOptionListSchema) } },
});

export const myCommendations = defineRoute({
  method: 'get',
  path: '/me/commendations',
  tags,
  summary: '我获得的表彰（个人主页）',
  access: 'authenticated',
  responses: { 200: { description: '表彰', content: json(commendationListSchema) } },
});
