import { uploadQuerySchema, uploadSchema } from '@wuxie/shared';
import { z } from 'zod';
import { defineRoute, errorContent } from '../../lib/route';

const tags = ['上传'];

export const uploadImage = defineRoute({
  method: 'post',
  path: '/uploads',
  tags,
  summary: '上传图片（multipart/form-data 字段 file；按内容识别 JPG/PNG/WebP，≤5 MB，去除位置等元数据）',
  access: 'authenticated',
  request: { query: uploadQuerySchema },
  responses: {
    201: { description: '已保存（存储名由服务器生成）', content: { 'application/json': { schema: uploadSchema } } },
    413: { description: '超过 5 MB', content: errorContent },
    415: { description: '不是 JPG/PNG/WebP 图片', content: errorContent },
    429: { description: '上传过于频繁', content: errorContent },
  },
});

export const getUpload = defineRoute({
  method: 'get',
  path: '/uploads/{key}',
  tags,
  summary: '读取图片（公开的资讯图片，或有权查看所属投诉的人；图片标签用带签名的地址）',
  access: 'public',
  request: {
    params: z.object({ key: z.string().regex(/^[a-f0-9]{32}\.(jpg|png|webp)$/, { message: '图片地址不正确' }) }),
    query: z.object({ exp: z.string().max(12).optional(), sig: z.string().max(64).optional() }),
  },
  responses: {
    200: { description: '图片内容', content: { 'image/jpeg': { schema: z.string().meta({ format: 'binary' }) } } },
    404: { description: '不存在或无权查看', content: errorContent },
  },
});
