// react-dom ships no types and @types/react-dom is not a dependency: this declares the one function the
// app calls on it (src/app.ts renders a page within the call that mounts it).
declare module 'react-dom' {
  /** Runs `fn`, then renders the updates it scheduled before returning. */
  export function flushSync<R>(fn: () => R): R;
}
