import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UploadPurpose } from '@wuxie/shared/uploads';
import { useState } from 'react';
import { messageOf } from '@/api/errors';
import { chooseImages, uploadImage } from '@/api/files';
import './photos.css';

export interface PickedPhoto {
  key: string;
  /** What to show: the local file while the session lasts, or the server's signed URL. */
  preview: string;
}

interface Props {
  value: PickedPhoto[];
  onChange: (photos: PickedPhoto[]) => void;
  purpose: UploadPurpose;
  max?: number;
}

/** Choose up to `max` photos; each is compressed on the phone and uploaded at once, so submitting only sends keys. */
export default function PhotoPicker({ value, onChange, purpose, max = 9 }: Props) {
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<string>();

  const choose = async () => {
    setError(undefined);
    const chosen = await chooseImages(max - value.length);
    let photos = value;
    setUploading(chosen.length);
    for (const image of chosen) {
      try {
        const info = await uploadImage(image, purpose);
        photos = [...photos, { key: info.key, preview: image.preview }];
        onChange(photos);
      } catch (err) {
        setError(messageOf(err));
      } finally {
        setUploading((n) => n - 1);
      }
    }
  };

  return (
    <View className="photo-picker">
      <View className="photo-grid">
        {value.map((p, i) => (
          <View key={p.key} className="photo-grid__item">
            <Image
              className="photo-grid__img"
              src={p.preview}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls: value.map((v) => v.preview), current: p.preview })}
            />
            <Text className="photo-grid__remove" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              ×
            </Text>
          </View>
        ))}
        {value.length < max && (
          <View className="photo-grid__add" onClick={() => void choose()}>
            <Text className="photo-grid__plus">{uploading > 0 ? '上传中' : '+'}</Text>
            <Text className="muted">
              {value.length}/{max}
            </Text>
          </View>
        )}
      </View>
      {error && <Text className="field-error photo-picker__error">{error}</Text>}
    </View>
  );
}
