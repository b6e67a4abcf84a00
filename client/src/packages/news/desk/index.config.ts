export default definePageConfig({ navigationBarTitleText: '采编台', enablePullDownRefresh: true });
