import { Text, View } from '@tarojs/components';
import { go } from '@/lib/nav';
import { Checkbox } from '@/ui';
import './index.css';

interface Props {
  agreed: boolean;
  onChange: (agreed: boolean) => void;
  error?: string;
}

/** The consent tick box shown before any login, with a link to the full privacy guide. */
export default function PrivacyConsent({ agreed, onChange, error }: Props) {
  return (
    <View className="privacy-consent">
      <View className="privacy-consent__row">
        <Checkbox checked={agreed} onChange={onChange} className="privacy-consent__box" label="我已阅读并同意" />
        <Text className="privacy-consent__link" onClick={() => go('privacy')}>
          《隐私保护指引》
        </Text>
      </View>
      {error && <Text className="field-error privacy-consent__error">{error}</Text>}
    </View>
  );
}
