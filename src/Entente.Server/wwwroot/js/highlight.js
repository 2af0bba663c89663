// Marks spans of a text at character offsets. Offsets come from the API and index the document text; `base` is
// the document offset of text[0] (a sentence's start), so event offsets are used as they are, never searched for.

import { h } from './dom.js';

// When spans overlap, the piece is shown as the most specific role: the trigger names the event.
const priority = { trigger: 3, source: 2, target: 1, location: 0 };

/**
 * Renders `text` into `container` with <mark data-role=...> around each span.
 * spans: [{start, end, role: 'source'|'target'|'trigger', title?, event?}] in document offsets.
 */
export function renderHighlighted(container, text, base, spans) {
  const len = text.length;
  const clipped = [];
  const seen = new Set();
  for (const s of spans) {
    if (s == null || s.start == null || s.end == null) continue;
    const start = Math.max(0, s.start - base);
    const end = Math.min(len, s.end - base);
    if (end <= start) continue;
    const key = `${start}:${end}:${s.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    clipped.push({ ...s, start, end });
  }
  const cuts = new Set([0, len]);
  for (const s of clipped) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    let best = null;
    const roles = [];
    for (const s of clipped) {
      if (s.start <= from && s.end >= to) {
        roles.push(s.role);
        if (!best || priority[s.role] > priority[best.role]) best = s;
      }
    }
    if (!best) {
      out.push(piece);
      continue;
    }
    const titles = [...new Set(clipped.filter((s) => s.start <= from && s.end >= to && s.title).map((s) => s.title))];
    out.push(h('mark', {
      class: `hl hl-${best.role}`,
      dataset: { role: best.role, roles: [...new Set(roles)].join(' '), ...(best.event != null ? { event: String(best.event) } : {}) },
      title: titles.join('\n') || best.role,
    }, piece));
  }
  container.replaceChildren(...out);
}

/** The source/target/trigger spans of one event. */
export function eventSpans(ev, index, label) {
  const spans = [];
  const title = label ? `${label}` : undefined;
  if (ev.source) spans.push({ start: ev.source.start, end: ev.source.end, role: 'source', title: title && `source · ${title}`, event: index });
  if (ev.target) spans.push({ start: ev.target.start, end: ev.target.end, role: 'target', title: title && `target · ${title}`, event: index });
  if (ev.trigger) spans.push({ start: ev.trigger.start, end: ev.trigger.end, role: 'trigger', title: title && `trigger · ${title}`, event: index });
  if (ev.location) spans.push({ start: ev.location.start, end: ev.location.end, role: 'location', title: title && `place · ${title}`, event: index });
  return spans;
}

/** A legend for the three roles. */
export function legend() {
  return h('p', { class: 'legend', 'aria-label': 'Highlight legend' },
    h('mark', { class: 'hl hl-source' }, 'source'), ' ',
    h('mark', { class: 'hl hl-trigger' }, 'trigger'), ' ',
    h('mark', { class: 'hl hl-target' }, 'target'), ' ',
    h('mark', { class: 'hl hl-location' }, 'place'));
}
