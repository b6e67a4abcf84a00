export default definePageConfig({ navigationBarTitleText: '邀请码与员工', enablePullDownRefresh: true });
