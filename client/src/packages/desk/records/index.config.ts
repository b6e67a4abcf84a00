export default definePageConfig({ navigationBarTitleText: '调研与建议', enablePullDownRefresh: true });
