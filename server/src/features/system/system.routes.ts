import { healthSchema, systemApi as api } from '@wuxie/shared';
import { defineRoute, jsonResponse } from '../../lib/route';

export const health = defineRoute(api.health, {
  tags: ['系统'],
  summary: '健康检查（含数据库连通性）',
  ok: '正常',
  responses: { 503: jsonResponse('数据库不可用', healthSchema) },
});
