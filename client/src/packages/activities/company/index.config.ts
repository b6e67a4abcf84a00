export default definePageConfig({ navigationBarTitleText: '为员工报名', enablePullDownRefresh: true });
