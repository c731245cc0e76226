import { lazy, Suspense, useState } from 'react';
import { useCalendar } from './store';

const loadEditor = () => import('./PostEditor');
const PostEditor = lazy(() => loadEditor().then((m) => ({ default: m.PostEditor })));

/**
 * The editor's code (its forms, the media pickers, the contracts' checks) is
 * not what a month waits for: it is fetched once the first posts are drawn
 * and the browser is idle, or when a post is first opened, and stays mounted
 * from then on so a closed editor keeps its place.
 */
export function LazyPostEditor() {
  const wanted = useCalendar((s) => s.editor !== null);
  const [mounted, setMounted] = useState(false);
  if (wanted && !mounted) setMounted(true);
  return wanted || mounted ? (
    <Suspense fallback={null}>
      <PostEditor />
    </Suspense>
  ) : null;
}

let prefetched = false;
/** Fetch and compile the editor while the officer reads the month, so the first post opens without waiting. */
export function prefetchEditor(): void {
  if (prefetched) return;
  prefetched = true;
  requestIdleCallback(() => void loadEditor(), { timeout: 2000 });
}
