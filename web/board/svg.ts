// The frame of every chart on the board: an SVG drawn on the server, readable without script and
// printable, announced as one image with its title (role="img", aria-labelledby) and a
// description of what it shows, so a screen reader gets the figures the colours carry.
import { html, type SafeHtml } from '../html';

export interface TSvgFrame {
  /** Unique on the page: the id of the title and description elements. */
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  /** Empty strings (nothing to draw) render nothing. */
  body: SafeHtml | (SafeHtml | string)[];
}

export function svgFrame(frame: TSvgFrame): SafeHtml {
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" id="${frame.id}" role="img" aria-labelledby="${frame.id}-title ${frame.id}-desc" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}"><title id="${frame.id}-title">${frame.title}</title><desc id="${frame.id}-desc">${frame.description}</desc>${frame.body}</svg>`;
}

/** A number rounded for SVG coordinates: one decimal is finer than a screen pixel. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Text cut to `length` characters with an ellipsis: agency names are long, the full name stays in the title. */
export function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
