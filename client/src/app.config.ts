import { ROUTES, TAB_ROUTES, mainPages, subPackages } from './routes';

export default defineAppConfig({
  pages: mainPages(),
  subPackages: subPackages(),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '物协通',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
    // Explicit so that H5 draws Taro's title bar (with a back button on non-tab pages) like WeChat does.
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#7a7e87',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TAB_ROUTES.map((name) => ({
      pagePath: ROUTES[name].path,
      text: ROUTES[name].tab.text,
      iconPath: `assets/tab/${ROUTES[name].tab.icon}.png`,
      selectedIconPath: `assets/tab/${ROUTES[name].tab.icon}-active.png`,
    })),
  },
  // Required by WeChat before collecting personal data (phone number, nickname).
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});
