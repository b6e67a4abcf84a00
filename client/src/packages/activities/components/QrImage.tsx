import { Image } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/**
 * A QR code drawn on the phone (a GIF data URL, which both WeChat's and the browser's image show),
 * so the ticket needs no extra request and works with a weak signal once loaded.
 */
export default function QrImage({ text, className }: { text: string; className?: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text, /^[0-9A-Z $%*+\-./:]*$/.test(text) ? 'Alphanumeric' : 'Byte');
    qr.make();
    return qr.createDataURL(8, 2);
  }, [text]);
  return <Image className={className} src={src} mode="aspectFit" showMenuByLongpress={false} />;
}
