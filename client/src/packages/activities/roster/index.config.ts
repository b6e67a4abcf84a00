export default definePageConfig({ navigationBarTitleText: '名单与成绩', enablePullDownRefresh: true });
