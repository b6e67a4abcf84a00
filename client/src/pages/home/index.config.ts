export default definePageConfig({ navigationBarTitleText: '物协通', enablePullDownRefresh: true });
