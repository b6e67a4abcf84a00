export default definePageConfig({ navigationBarTitleText: '资讯统计' });
