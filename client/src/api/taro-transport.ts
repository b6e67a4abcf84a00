import Taro from '@tarojs/taro';
import type { FileTransport, Transport, TransportResponse } from './client';
import type { KeyValueStorage } from './storage';

const TIMEOUT_MS = 15000;

/** Sends requests with Taro.request, which resolves for every HTTP status and rejects only on network failure. */
export const taroTransport: Transport = async (req) => {
  const res = await Taro.request({
    url: req.url,
    method: req.method,
    header: req.headers,
    data: req.body as TaroGeneral.IAnyObject | undefined,
    dataType: 'json',
    timeout: TIMEOUT_MS,
  });
  return { status: res.statusCode, body: res.data as unknown };
};

function jsonOrNull(text: unknown): unknown {
  if (typeof text !== 'string') return text ?? null;
  try {
    return JSON.parse(text);
  } catch {
    return null; // a proxy's HTML error page: reported by status
  }
}

export async function browserAnswer(res: Response): Promise<TransportResponse> {
  return { status: res.status, body: await res.json().catch(() => null) };
}

type UploadRequest = Parameters<FileTransport['upload']>[0];
type DownloadRequest = Parameters<FileTransport['download']>[0];

// The functions are top-level declarations and the choice below is a constant expression (Taro defines
// TARO_ENV at build time), so webpack drops the other platform's functions and what they import: in H5,
// the mini-program's previewImage would otherwise bring Taro's swiper-based image viewer onto the first screen.

/** H5: `fetch` with FormData (fetching a blob: URL is blocked by the page's CSP, so a picked File is sent as it is). */
async function browserUpload(req: UploadRequest): Promise<TransportResponse> {
  const { url, headers, file } = req;
  if (file.kind !== 'browser') return miniUpload(req); // a picker that gave no File: Taro's H5 uploadFile
  const form = new FormData();
  form.append('file', file.file, file.name);
  return browserAnswer(await fetch(url, { method: 'POST', body: form, headers }));
}

/** The mini-program: Taro.uploadFile of a temporary file path. */
async function miniUpload({ url, headers, file }: UploadRequest): Promise<TransportResponse> {
  if (file.kind === 'browser') throw new Error('the mini-program uploads a temporary file path, not a File');
  const res = await Taro.uploadFile({ url, filePath: file.path, name: 'file', header: headers });
  return { status: res.statusCode, body: jsonOrNull(res.data) };
}

/** The mini-program: Taro.downloadFile, then the image preview or the document viewer. */
async function miniDownload({ url, headers, fileType }: DownloadRequest): Promise<TransportResponse> {
  const res = await Taro.downloadFile({ url, header: headers });
  if (res.statusCode < 200 || res.statusCode >= 300) {
    // The error contract's JSON is in the downloaded file.
    let text: unknown = null;
    try {
      text = Taro.getFileSystemManager().readFileSync(res.tempFilePath, 'utf8');
    } catch {
      // unreadable: reported by status
    }
    return { status: res.statusCode, body: jsonOrNull(text) };
  }
  if (fileType === 'image') await Taro.previewImage({ urls: [res.tempFilePath] });
  else await Taro.openDocument({ filePath: res.tempFilePath, fileType, showMenu: true });
  return { status: res.statusCode, body: null };
}

/** Uploads and downloads for the platform being built. */
export const taroFileTransport: FileTransport =
  process.env.TARO_ENV === 'h5'
    ? { upload: browserUpload, download: (req) => import('./browser-download').then((m) => m.browserDownload(req)) }
    : { upload: miniUpload, download: miniDownload };

/** Taro's synchronous storage; failures (full quota, private mode) degrade to "not stored". */
export const taroStorage: KeyValueStorage = {
  get(key) {
    try {
      const v: unknown = Taro.getStorageSync(key);
      return typeof v === 'string' && v !== '' ? v : undefined;
    } catch {
      return undefined;
    }
  },
  set(key, value) {
    try {
      Taro.setStorageSync(key, value);
    } catch {
      // Storage is a convenience; the app keeps working in memory.
    }
  },
  remove(key) {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // same as above
    }
  },
};
