export default definePageConfig({ navigationBarTitleText: '本单位报名', enablePullDownRefresh: true });
