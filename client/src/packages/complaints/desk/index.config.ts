export default definePageConfig({ navigationBarTitleText: '本单位投诉', enablePullDownRefresh: true });
