// The NutUI components the app uses, each with only its own stylesheet (the full one is ~230 KB).
// See docs/decisions/003-client-ui-library.md.
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/avatar/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/checkbox/style/style.css';

export { Avatar, Button, Cell, CellGroup, Checkbox, Empty, Input, Skeleton, Switch } from '@nutui/nutui-react-taro';
export { Kv } from './Kv';
