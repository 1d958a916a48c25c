// Where the prompt goes: never over the chat's message box (issue "In-page protection": "never
// covering the chat's input"). Chats put the box at the bottom, so the prompt sits at the top and
// stops short of the box; if a page puts its box in the upper half, the prompt goes below it.
// Pixels are CSS pixels, which already follow the page's zoom: at 200 % the viewport is half as
// tall, the box keeps its place at the bottom, and the prompt scrolls inside what is left.

/** Distances from the window's top or bottom edge, and the most height the prompt may take. */
export type Placement = { top: number; maxHeight: number } | { bottom: number; maxHeight: number };

export interface FieldBox {
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** Space kept between the prompt, the message box and the window's edges. */
export const MARGIN = 16;
/** Below this the prompt would be unreadable; it may then reach towards the box, never cover the window. */
export const MIN_HEIGHT = 120;

export function placeAwayFrom(field: FieldBox | null, viewportHeight: number): Placement {
  const whole = Math.max(MIN_HEIGHT, viewportHeight - 2 * MARGIN);
  if (!field || field.width === 0 || field.height === 0 || field.bottom <= 0 || field.top >= viewportHeight) return { top: MARGIN, maxHeight: whole };
  if (field.top >= viewportHeight / 2) return { top: MARGIN, maxHeight: Math.max(MIN_HEIGHT, field.top - 2 * MARGIN) };
  const top = Math.min(field.bottom + MARGIN, viewportHeight - MIN_HEIGHT - MARGIN);
  return { top, maxHeight: Math.max(MIN_HEIGHT, viewportHeight - top - MARGIN) };
}

/**
 * Just above the message box, for "are you sure?": the question appears where the child is looking
 * (the message they typed) and still covers nothing of the box. Elsewhere as placeAwayFrom.
 */
export function placeJustAbove(field: FieldBox | null, viewportHeight: number): Placement {
  const away = placeAwayFrom(field, viewportHeight);
  if (!field || !('top' in away) || away.top !== MARGIN || away.maxHeight === viewportHeight - 2 * MARGIN) return away;
  return { bottom: viewportHeight - field.top + MARGIN, maxHeight: away.maxHeight };
}
