// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { uploadsApi } from '@wuxie/shared/uploads';
import { afterEach, describe, expect, it, vi } from 'vitest';

// What H5's chooseImage gives: a blob: address to show, and the browser's File behind it.
const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'IMG_0001.jpg', { type: 'image/jpeg' });
const taro = vi.hoisted(() => ({ uploadFile: vi.fn(), showToast: vi.fn() }));
vi.mock('@tarojs/taro', () => {
  const Taro = {
    chooseImage: () =>
      Promise.resolve({
        tempFilePaths: ['blob:http://localhost/1'],
        tempFiles: [{ path: 'blob:http://localhost/1', size: 3, originalFileObj: photo }],
      }),
    uploadFile: taro.uploadFile,
    showToast: taro.showToast,
    getStorageSync: () => '',
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  return { default: Taro, ...Taro };
});
const upload = vi.hoisted(() => vi.fn());
vi.mock('@/api', () => ({ api: { upload } }));
// NutUI needs a canvas jsdom lacks; plain stand-ins keep the buttons and fields.
vi.mock('@/ui', () => ({
  Button: ({ children, onClick }: { children: string; onClick: () => void }) => <button onClick={onClick}>{children}</button>,
  Input: ({ name, value }: { name: string; value: string }) => <input name={name} value={value} readOnly />,
}));

const { default: DraftForm } = await import('./DraftForm');

const values = {
  title: '',
  category: 'industry' as const,
  summary: '',
  coverUrl: null,
  text: '第一段',
  bylineCorrespondent: '',
  bylineReporter: '',
};

afterEach(() => {
  cleanup();
  upload.mockReset();
  taro.uploadFile.mockClear();
});

describe('the draft editor’s images', () => {
  it('uploads the chosen File (not its blob: address) and inserts the image as a line of the body', async () => {
    upload.mockResolvedValue({ key: 'k1', url: '/api/uploads/k1', previewUrl: '/api/uploads/k1?sig=s' });
    const onChange = vi.fn();
    render(<DraftForm values={values} errors={{}} onChange={onChange} />);
    await act(async () => screen.getByText('插入图片').click());
    expect(upload).toHaveBeenCalledWith(
      uploadsApi.uploadImage,
      { kind: 'browser', file: photo, name: 'IMG_0001.jpg' },
      { query: { purpose: 'article_image' } },
    );
    expect(taro.uploadFile).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledWith({ text: '第一段\n![图片](/api/uploads/k1)\n' });
  });

  it('sets the cover from an upload for the cover', async () => {
    upload.mockResolvedValue({ key: 'k2', url: '/api/uploads/k2', previewUrl: '/api/uploads/k2?sig=s' });
    const onChange = vi.fn();
    render(<DraftForm values={values} errors={{}} onChange={onChange} />);
    await act(async () => screen.getByText('上传封面').click());
    expect(upload).toHaveBeenCalledWith(uploadsApi.uploadImage, expect.objectContaining({ kind: 'browser' }), {
      query: { purpose: 'cover' },
    });
    expect(onChange).toHaveBeenCalledWith({ coverUrl: '/api/uploads/k2' });
  });
});
