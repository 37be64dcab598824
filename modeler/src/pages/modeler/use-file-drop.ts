import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** A file dropped anywhere on the element opens, as in Camunda Modeler. */
export function useFileDrop(ref: RefObject<HTMLElement>, onFile: (file: File) => void): void {
  useEffect(() => {
    const root = ref.current!;
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    root.addEventListener('dragover', over);
    root.addEventListener('drop', drop);
    return () => {
      root.removeEventListener('dragover', over);
      root.removeEventListener('drop', drop);
    };
  });
}
