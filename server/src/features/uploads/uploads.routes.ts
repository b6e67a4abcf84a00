import { uploadsApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['上传'];
export const uploadImage = defineRoute(api.uploadImage, {
  tags,
  summary: '上传图片（multipart/form-data 字段 file；按内容识别 JPG/PNG/WebP，≤5 MB，去除位置等元数据）',
  ok: '已保存（存储名由服务器生成）',
  responses: { 413: errorResponse('超过 5 MB'), 415: errorResponse('不是 JPG/PNG/WebP 图片'), 429: errorResponse('上传过于频繁') },
});

export const getUpload = defineRoute(api.getUpload, {
  tags,
  summary: '读取图片（公开的资讯图片，或有权查看所属投诉的人；图片标签用带签名的地址）',
  ok: '图片内容',
  responses: { 404: errorResponse('不存在或无权查看') },
});
