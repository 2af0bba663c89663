// Paste and code: the text is sent to POST /api/code as it is typed (after a pause) or on demand, and the events
// come back marked in the text itself, with one card per event saying what was coded and by which rule.

import { h, show, status, errorBox, debounce, fmtSigned } from './dom.js';
import { renderHighlighted, eventSpans, legend } from './highlight.js';
import { rootName, quadName, actorLabel } from './labels.js';

let ctx;
let els = {};
let request = 0;
let lastSent = null;

const example = 'Pakistani army chief Qamar Javed Bajwa met the Russian ambassador in Rawalpindi on Monday to discuss joint exercises.';

export function init(section, context) {
  ctx = context;
  els.text = h('textarea', { id: 'paste-text', testid: 'paste-text', spellcheck: 'false', placeholder: example });
  els.date = h('input', { id: 'paste-date', type: 'text', placeholder: 'YYYY-MM-DD', testid: 'paste-date', size: '11',
    'aria-describedby': 'paste-date-help' });
  els.live = h('input', { id: 'paste-live', type: 'checkbox', checked: true, testid: 'paste-live' });
  els.note = h('div', { testid: 'paste-status' });
  els.output = h('div', { class: 'coded-text panel', testid: 'paste-output', 'aria-live': 'polite', hidden: true });
  els.cards = h('ol', { class: 'event-cards', testid: 'paste-events' });
  const button = h('button', { type: 'submit', testid: 'paste-code' }, 'Code this text');
  const auto = debounce(() => { if (els.live.checked) run(); }, 600);
  els.text.addEventListener('input', auto);
  els.date.addEventListener('change', auto);
  const form = h('form', { class: 'stack', testid: 'paste-form', onsubmit: (e) => { e.preventDefault(); run(true); } },
    h('div', { class: 'field' }, h('label', { for: 'paste-text' }, 'News text'), els.text),
    h('div', { class: 'controls' },
      h('div', { class: 'field' }, h('label', { for: 'paste-date' }, 'Publication date'), els.date,
        h('span', { id: 'paste-date-help', class: 'status-hint' }, 'resolves “on Monday”, “last year”')),
      h('label', { class: 'check', for: 'paste-live' }, els.live, 'Code as I type'),
      button,
      h('button', { type: 'button', class: 'secondary', testid: 'paste-example', onclick: () => { els.text.value = example; run(true); } }, 'Try an example')));
  show(section,
    h('h1', { id: 'h-paste' }, 'Paste & code'),
    h('p', { class: 'lead' }, 'Paste a news paragraph: the engine codes it on the server (nothing is stored) and marks each event’s source, trigger and target in the text.'),
    h('div', { class: 'grid-halves' },
      h('div', { class: 'panel' }, form),
      h('div', { class: 'stack' }, els.note, els.output, els.cards)));
}

export function activate() {
  if (!els.date.value) els.date.value = new Date().toISOString().slice(0, 10);
  if (!els.text.value) show(els.note, status('empty', 'Nothing coded yet.', 'Paste or type some text on the left, or try the example.'));
}

async function run(force) {
  const text = els.text.value;
  const date = els.date.value.trim();
  if (!text.trim()) {
    els.output.hidden = true;
    show(els.cards);
    show(els.note, status('empty', 'Nothing coded yet.', 'Paste or type some text on the left, or try the example.'));
    return;
  }
  const key = `${date}\u0000${text}`;
  if (!force && key === lastSent) return;
  lastSent = key;
  const mine = ++request;
  show(els.note, status('loading', 'Coding…'));
  let result;
  try {
    result = await ctx.api.code(text, date);
  } catch (e) {
    if (mine !== request) return;
    lastSent = null;
    show(els.note, errorBox(e));
    return;
  }
  if (mine !== request) return;
  const list = (result.events || []).map((x) => x.event ?? x);
  els.output.hidden = false;
  const spans = [];
  list.forEach((ev, i) => spans.push(...eventSpans(ev, i + 1, `event ${i + 1}: ${actorLabel(ev.source)} ${ev.cameo} ${ev.target ? actorLabel(ev.target) : ''}`)));
  // Offsets index the text the server read; it is the textarea's text, so it is marked in place.
  renderHighlighted(els.output, text, 0, spans);
  if (list.length === 0) {
    show(els.cards);
    show(els.note, status('empty', 'No events in this text.',
      'The coder found no actor acting on another here (or only discarded phrases). `entente explain "sentence"` shows why.'));
    return;
  }
  show(els.note, h('p', { class: 'status-hint', testid: 'paste-count' }, `${list.length} event${list.length === 1 ? '' : 's'} coded.`), legend());
  show(els.cards, list.map((ev, i) => card(ev, i + 1)));
}

function card(ev, n) {
  const what = `${actorLabel(ev.source)} → ${ev.target ? actorLabel(ev.target) : '(no target)'}: ${ev.cameo} ${rootName(ev.cameo_root)}`;
  return h('li', { class: `event-card q${ev.quad_class}`, testid: 'paste-event', dataset: { cameo: ev.cameo, root: ev.cameo_root } },
    h('div', { class: 'what' }, `${n}. ${what}`),
    h('p', { class: 'why' },
      `“${ev.trigger ? ev.trigger.text : ''}” · ${ev.modality} · ${quadName(ev.quad_class)} · Goldstein ${fmtSigned(ev.goldstein, 1)} · `,
      `${ev.date || 'undated'} (${ev.date_basis}) · confidence ${ev.confidence != null ? ev.confidence.toFixed(2) : '–'}`),
    h('p', { class: 'why' }, 'rule ', h('code', null, ev.rule), ev.entries && ev.entries.length ? [' · entries ', h('code', null, ev.entries.join(', '))] : ''));
}
