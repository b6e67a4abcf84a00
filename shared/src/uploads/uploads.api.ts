import { z } from 'zod';
import { endpoint, imageFile, multipartFile } from '../common/endpoint';
import { uploadQuerySchema, uploadSchema } from './uploads.schemas';
/** A stored file's name as the server generated it. */
export const uploadKeyParamsSchema = z.object({ key: z.string().regex(/^[a-f0-9]{32}\.(jpg|png|webp)$/, { message: '图片地址不正确' }) });

/** 上传: images for complaints and articles. */
export const uploadsApi = {
  uploadImage: endpoint({
    method: 'post',
    path: '/uploads',
    query: uploadQuerySchema,
    body: multipartFile('请选择要上传的图片'),
    response: uploadSchema,
    status: 201,
    access: 'authenticated',
  }),
  getUpload: endpoint({
    method: 'get',
    path: '/uploads/{key}',
    params: uploadKeyParamsSchema,
    query: z.object({ exp: z.string().max(12).optional(), sig: z.string().max(64).optional() }),
    response: imageFile,
    access: 'public',
  }),
};
