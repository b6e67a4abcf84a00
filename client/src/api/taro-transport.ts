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

async function browserAnswer(res: Response): Promise<TransportResponse> {
  return { status: res.status, body: await res.json().catch(() => null) };
}

/**
 * Uploads and downloads: `fetch` with FormData and a saved blob in H5 (fetching a blob: URL is
 * blocked by the page's CSP, so a picked File is sent as it is), Taro.uploadFile / downloadFile in
 * the mini-program.
 */
export const taroFileTransport: FileTransport = {
  async upload({ url, headers, file }) {
    if (file.kind === 'browser') {
      const form = new FormData();
      form.append('file', file.file, file.name);
      return browserAnswer(await fetch(url, { method: 'POST', body: form, headers }));
    }
    const res = await Taro.uploadFile({ url, filePath: file.path, name: 'file', header: headers });
    return { status: res.statusCode, body: jsonOrNull(res.data) };
  },
  async download({ url, headers, fileName, fileType }) {
    if (process.env.TARO_ENV === 'h5') {
      const res = await fetch(url, { headers });
      if (!res.ok) return browserAnswer(res);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await res.blob());
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return { status: res.status, body: null };
    }
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
  },
};

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
