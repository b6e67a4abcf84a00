export default definePageConfig({ navigationBarTitleText: '表彰登记' });
