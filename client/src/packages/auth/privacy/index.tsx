import { Text, View } from '@tarojs/components';
import PageShell from '@/components/PageShell';
import './index.css';

const SECTIONS: ReadonlyArray<{ title: string; body: string }> = [
  {
    title: '我们收集哪些信息',
    body: '微信登录标识（用于识别您的账号）、您主动填写的姓名、经您授权后获取的手机号，以及您提交的投诉内容、照片和活动报名信息。',
  },
  { title: '用来做什么', body: '受理和转办您的投诉、联系您回访、办理活动报名与签到、核发和查验证书。不用于与上述无关的用途。' },
  {
    title: '谁能看到',
    body: '协会工作人员可以看到您提交的全部信息；被投诉的物业企业只能看到转给它的投诉，您选择匿名时看不到您的姓名和手机号，未允许联系时手机号会被隐藏中间四位。',
  },
  { title: '您的权利', body: '您可以随时查看和修改个人资料，可以退出登录；如需注销账号或删除信息，请联系协会办公室。' },
];

/** The privacy guide shown before collecting personal data. */
export default function PrivacyPage() {
  return (
    <PageShell>
      <View className="section card privacy-doc">
        <Text className="privacy-doc__lead">物协通由物业管理协会运营。我们只收集办理业务所必需的信息，并按下面的方式使用和保护。</Text>
        {SECTIONS.map((s) => (
          <View key={s.title} className="privacy-doc__section">
            <Text className="privacy-doc__title">{s.title}</Text>
            <Text className="hint">{s.body}</Text>
          </View>
        ))}
      </View>
    </PageShell>
  );
}
