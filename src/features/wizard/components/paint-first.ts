import { afterNextPaint } from '@/components/ui/after-next-paint';

/**
 * Work that follows an input but is not needed to show it: run right after the browser has painted the frame
 * with the typed character or the ticked box, so a key or a click is answered on screen first. Whatever is
 * still queued runs at once when `flush` is called: before the form is submitted, and when the page is hidden,
 * closed or the form goes, so nothing typed is ever left behind.
 */
export interface PaintFirstQueue {
  push(task: () => void): void;
  flush(): void;
}

export function paintFirstQueue(): PaintFirstQueue {
  let queue: (() => void)[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const tasks = queue;
    queue = [];
    for (const task of tasks) task();
  };
  return {
    push(task) {
      queue.push(task);
      if (scheduled) return;
      scheduled = true;
      afterNextPaint(flush);
    },
    flush,
  };
}
