export default definePageConfig({ navigationBarTitleText: '编辑会员单位' });
