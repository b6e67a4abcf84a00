import Taro from '@tarojs/taro';
import { uploadsApi, type UploadInfo, type UploadPurpose } from '@wuxie/shared/uploads';
import type { PickedFile } from './client';
import { ApiRequestError } from './errors';
import { api } from './index';

export type { PickedFile } from './client';

/** Lets the user pick an .xlsx: a file input in H5, a file from a chat (chooseMessageFile) in WeChat. */
export async function pickExcel(): Promise<PickedFile> {
  if (process.env.TARO_ENV === 'h5') {
    const file = await new Promise<File>((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.xlsx';
      input.onchange = () => {
        const picked = input.files?.[0];
        if (picked) resolve(picked);
        else reject(new ApiRequestError('BAD_REQUEST', '没有选择文件', 400));
      };
      input.click();
    });
    return { kind: 'browser', file, name: file.name };
  }
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
  const first = picked.tempFiles[0];
  if (!first) throw new ApiRequestError('BAD_REQUEST', '没有选择文件', 400);
  return { kind: 'weapp', path: first.path, name: first.name };
}

/** A chosen image: the file to upload and a local address to show it by until the server's URL is known. */
export interface ChosenImage {
  file: PickedFile;
  preview: string;
}

/** Shrinks a photo on the phone before upload (WeChat); H5 uploads the file as chosen. */
async function compressed(path: string): Promise<string> {
  try {
    return (await Taro.compressImage({ src: path, quality: 70 })).tempFilePath;
  } catch {
    return path;
  }
}

/**
 * Lets the user choose up to `count` images from the album or camera. Resolves to an empty list when
 * they close the picker. In H5 the browser's File is kept (fetching a blob: URL is blocked by the page's CSP).
 */
export async function chooseImages(count: number): Promise<ChosenImage[]> {
  let res: Taro.chooseImage.SuccessCallbackResult;
  try {
    res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  } catch {
    return []; // the user closed the picker
  }
  const chosen: ChosenImage[] = [];
  for (const [i, path] of res.tempFilePaths.slice(0, count).entries()) {
    const original: unknown = (res.tempFiles[i] as { originalFileObj?: unknown } | undefined)?.originalFileObj;
    const name = `photo-${i + 1}.jpg`;
    if (typeof File !== 'undefined' && original instanceof File)
      chosen.push({ file: { kind: 'browser', file: original, name: original.name || name }, preview: path });
    else
      chosen.push({ file: { kind: 'weapp', path: process.env.TARO_ENV === 'weapp' ? await compressed(path) : path, name }, preview: path });
  }
  return chosen;
}

/** Uploads one image for a complaint, an article body or a cover. */
export function uploadImage(image: ChosenImage, purpose: UploadPurpose): Promise<UploadInfo> {
  return api.upload(uploadsApi.uploadImage, image.file, { query: { purpose } });
}
