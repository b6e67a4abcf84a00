import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type PropsWithChildren } from 'react';
import { passwordLoginSchema, type PasswordLogin, type Session } from '@wuxie/shared/auth';
import { loginWithPassword } from '@/api/auth';
import { ApiRequestError, messageOf } from '@/api/errors';
import { serverFieldErrors, validateForm, type FieldErrors } from '@/lib/form';
import { Button, Input } from '@/ui';
import './index.css';

interface Props {
  requireConsent: () => boolean;
  onLoggedIn: (s: Session) => Promise<void>;
}

/** Account + password login; children (the consent box) go above the button. What the user typed stays put when the server refuses it. */
export default function LoginForm({ requireConsent, onLoggedIn, children }: PropsWithChildren<Props>) {
  const [values, setValues] = useState<PasswordLogin>({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<PasswordLogin>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const set = (field: keyof PasswordLogin) => (v: string) => {
    setValues((prev) => ({ ...prev, [field]: v }));
    setErrors((prev) => ({ ...prev, [field]: undefined }));
    setFormError(undefined);
  };

  const submit = async () => {
    if (busy) return;
    const checked = validateForm(passwordLoginSchema, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    if (!requireConsent()) return;
    setBusy(true);
    try {
      await onLoggedIn(await loginWithPassword(checked.data));
    } catch (err) {
      const fieldErrors = serverFieldErrors<PasswordLogin>(err, ['username', 'password']);
      setErrors(fieldErrors);
      if (!(err instanceof ApiRequestError) || Object.keys(fieldErrors).length === 0) setFormError(messageOf(err));
      else void Taro.showToast({ title: messageOf(err), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="login-form section card">
      <View className="login-form__field">
        <Text className="login-form__label">账号</Text>
        <Input
          name="username"
          className="login-form__input"
          placeholder="请输入账号"
          value={values.username}
          onChange={set('username')}
          maxLength={64}
          clearable
        />
        {errors.username && <Text className="field-error">{errors.username}</Text>}
      </View>
      <View className="login-form__field">
        <Text className="login-form__label">密码</Text>
        <Input
          name="password"
          type="password"
          className="login-form__input"
          placeholder="请输入密码"
          value={values.password}
          onChange={set('password')}
          maxLength={128}
          confirmType="go"
          onConfirm={() => void submit()}
        />
        {errors.password && <Text className="field-error">{errors.password}</Text>}
      </View>
      {children}
      {formError && <Text className="form-error login-form__error">{formError}</Text>}
      <Button type="primary" block loading={busy} className="login-form__submit" onClick={() => void submit()}>
        登录
      </Button>
    </View>
  );
}
