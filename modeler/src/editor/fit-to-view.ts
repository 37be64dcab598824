interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of diagram-js's canvas this needs. */
export interface ZoomableCanvas {
  getContainer(): HTMLElement;
  viewbox(): Box & { inner: Box; outer: { width: number; height: number } };
  viewbox(box: Box): void;
}

/** Space kept around the diagram, in screen pixels. */
const MARGIN = 24;

/**
 * Fits the whole diagram into the canvas, to the right of the palette when there is one (it
 * floats over the canvas's left edge), never zooming in past 100 %, centred in what is left.
 * bpmn-js's own `zoom('fit-viewport')` neither centres nor knows the palette, so a wide
 * diagram's start sat under it. `bottom` keeps that many more screen pixels free under the
 * diagram, for a legend drawn over the canvas's lower edge.
 */
export function fitToView(canvas: ZoomableCanvas, { bottom = 0 }: { bottom?: number } = {}): void {
  const container = canvas.getContainer();
  const palette = container.querySelector('.djs-palette')?.getBoundingClientRect();
  const left = palette ? palette.right - container.getBoundingClientRect().left : 0;
  const { inner, outer } = canvas.viewbox();
  if (inner.width === 0 || inner.height === 0) return;
  const width = outer.width - left - 2 * MARGIN;
  const height = outer.height - 2 * MARGIN - bottom;
  const scale = Math.min(1, width / inner.width, height / inner.height);
  const offsetX = left + MARGIN + (width - inner.width * scale) / 2;
  const offsetY = MARGIN + (height - inner.height * scale) / 2;
  canvas.viewbox({
    x: inner.x - offsetX / scale,
    y: inner.y - offsetY / scale,
    width: outer.width / scale,
    height: outer.height / scale,
  });
}
