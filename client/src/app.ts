import type { PropsWithChildren } from 'react';
import './app.css';

/** The app root: pages render as children. */
export default function App({ children }: PropsWithChildren) {
  return children;
}
