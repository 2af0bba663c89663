// The event table: filters (actor, CAMEO code or root, modality, dates, text), paged; each row opens to the
// sentence it came from with source, target and trigger marked at their offsets, and the rule and dictionary
// entries that produced it.

import { h, show, status, errorBox, fmtInt, fmtSigned } from './dom.js';
import { storedEvent } from './shapes.js';
import { renderHighlighted, eventSpans, legend } from './highlight.js';
import { rootName, quadName, actorLabel } from './labels.js';

let ctx;
let els = {};
let request = 0;
let offset = 0;
const pageSize = 25;

export function init(section, context) {
  ctx = context;
  const field = (id, label, input, cls) => h('div', { class: `field ${cls || ''}` }, h('label', { for: id }, label), input);
  els.actor = h('input', { id: 'ev-actor', type: 'text', placeholder: 'PAK, NATO, PAKMIL', testid: 'ev-actor', size: '10' });
  els.code = h('input', { id: 'ev-code', type: 'text', placeholder: '04 or 043', inputmode: 'numeric', testid: 'ev-code', size: '6' });
  els.modality = h('select', { id: 'ev-modality', testid: 'ev-modality' },
    h('option', { value: '' }, 'any'),
    ['asserted', 'future', 'hypothetical', 'negated'].map((m) => h('option', { value: m }, m)));
  els.from = h('input', { id: 'ev-from', type: 'text', placeholder: 'YYYY-MM-DD', testid: 'ev-from', size: '11' });
  els.to = h('input', { id: 'ev-to', type: 'text', placeholder: 'YYYY-MM-DD', testid: 'ev-to', size: '11' });
  els.text = h('input', { id: 'ev-text', type: 'search', placeholder: 'words in the sentence', testid: 'ev-text' });
  els.note = h('div', { testid: 'events-status' });
  els.table = h('div', { class: 'table-wrap' });
  els.pager = h('div', { class: 'pager', testid: 'events-pager' });
  const form = h('form', { class: 'controls', testid: 'events-form', onsubmit: (e) => { e.preventDefault(); offset = 0; remember(); load(); } },
    field('ev-actor', 'Actor', els.actor), field('ev-code', 'CAMEO code/root', els.code),
    field('ev-modality', 'Modality', els.modality), field('ev-from', 'From', els.from), field('ev-to', 'To', els.to),
    field('ev-text', 'Text', els.text, 'grow'),
    h('button', { type: 'submit', testid: 'ev-apply' }, 'Apply'),
    h('button', { type: 'button', class: 'secondary', testid: 'ev-clear', onclick: () => { form.reset(); offset = 0; remember(); load(); } }, 'Clear'));
  show(section,
    h('h1', { id: 'h-events' }, 'Events'),
    h('p', { class: 'lead' }, 'Every coded event in the store, by date. Open a row to see the sentence it came from and why it was coded so.'),
    form, els.note, els.table, els.pager);
}

export function activate(params) {
  els.actor.value = params.actor || '';
  els.code.value = params.code || '';
  els.modality.value = params.modality || '';
  els.from.value = params.from || '';
  els.to.value = params.to || '';
  els.text.value = params.text || '';
  offset = Number(params.offset) || 0;
  load();
}

function filter() {
  return {
    actor: els.actor.value.trim().toUpperCase(),
    code: els.code.value.trim(),
    modality: els.modality.value,
    from: els.from.value.trim(),
    to: els.to.value.trim(),
    text: els.text.value.trim(),
  };
}

function remember() {
  ctx.remember('events', { ...filter(), offset: offset || '' });
}

function filtered(f) {
  return Object.values(f).some((v) => v);
}

async function load() {
  const f = filter();
  const mine = ++request;
  show(els.note, status('loading', 'Loading events…'));
  let page;
  try {
    page = await ctx.api.events({ ...f, offset, limit: pageSize });
  } catch (e) {
    if (mine !== request) return;
    show(els.table);
    show(els.pager);
    show(els.note, errorBox(e, 'the events'));
    return;
  }
  if (mine !== request) return;
  const total = page.total ?? 0;
  const rows = (page.events || []).map(storedEvent);
  if (total === 0) {
    show(els.table);
    show(els.pager);
    show(els.note, filtered(f)
      ? status('empty', `No events match ${describe(f)}.`, 'Loosen a filter or clear them all.')
      : status('empty', 'No events in the store yet — run entente ingest.', 'Code some news first: `entente ingest FILES --db entente.duckdb`, then `entente serve --db entente.duckdb`.'));
    return;
  }
  if (rows.length === 0 && offset > 0) {
    offset = 0;
    load();
    return;
  }
  show(els.note);
  renderTable(rows);
  renderPager(total, rows.length);
}

function describe(f) {
  const parts = [];
  if (f.actor) parts.push(`actor ${f.actor}`);
  if (f.code) parts.push(`code ${f.code}`);
  if (f.modality) parts.push(`modality ${f.modality}`);
  if (f.from && f.to) parts.push(`dates ${f.from} to ${f.to}`);
  else if (f.from) parts.push(`dates from ${f.from}`);
  else if (f.to) parts.push(`dates up to ${f.to}`);
  if (f.text) parts.push(`text “${f.text}”`);
  return parts.join(', ');
}

function renderTable(rows) {
  const head = h('thead', null, h('tr', null,
    h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Details')),
    ['Date', 'Source', 'Event', 'Target', 'Modality', 'Goldstein', 'Conf.'].map((t) => h('th', { scope: 'col' }, t))));
  const body = h('tbody');
  rows.forEach((row, i) => {
    const ev = row.event;
    const detailId = `ev-detail-${offset + i}`;
    const detail = h('tr', { class: 'detail-row', id: detailId, hidden: true, testid: 'event-detail' },
      h('td', { colspan: '8' }));
    const toggle = h('button', {
      type: 'button', class: 'expand', 'aria-expanded': 'false', 'aria-controls': detailId, testid: 'event-expand',
      'aria-label': `Show the sentence of ${actorLabel(ev.source)} ${ev.cameo} ${ev.target ? actorLabel(ev.target) : ''}`,
    }, '+');
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? '−' : '+';
      detail.hidden = !open;
      if (open && !detail.dataset.filled) {
        detail.firstChild.append(details(row));
        detail.dataset.filled = '1';
      }
    });
    const quad = ev.quad_class;
    body.append(h('tr', { class: 'event-row', testid: 'event-row', dataset: { id: ev.id } },
      h('td', null, toggle),
      h('td', { 'data-label': 'Date', class: 'mono' }, ev.date || 'undated'),
      h('td', { 'data-label': 'Source', title: ev.source && ev.source.text }, actorLabel(ev.source)),
      h('td', { 'data-label': 'Event', title: quadName(quad) },
        h('span', { class: `mono q${quad}` }, ev.cameo), ' ', rootName(ev.cameo_root)),
      h('td', { 'data-label': 'Target', title: ev.target ? ev.target.text : 'no target' }, ev.target ? actorLabel(ev.target) : '—'),
      h('td', { 'data-label': 'Modality' }, h('span', { class: `badge ${ev.modality}` }, ev.modality)),
      h('td', { 'data-label': 'Goldstein', class: `num q${quad}` }, fmtSigned(ev.goldstein, 1)),
      h('td', { 'data-label': 'Conf.', class: 'num' }, ev.confidence != null ? ev.confidence.toFixed(2) : '–')));
    body.append(detail);
  });
  show(els.table, h('table', { class: 'events', testid: 'events-table' }, head, body));
}

function details(row) {
  const ev = row.event;
  const sentence = h('p', { class: 'sentence', testid: 'event-sentence' });
  if (row.sentence) renderHighlighted(sentence, row.sentence, row.sentenceStart, eventSpans(ev));
  else sentence.append(h('em', null, 'The sentence of this event is not in the store.'));
  const actor = (a) => (a ? `${a.code} — “${a.text}”${a.name ? ` (${a.name})` : ''}` : 'none');
  const doc = row.document || {};
  const fact = (k, v) => [h('dt', null, k), h('dd', null, v)];
  return h('div', { class: 'stack' },
    sentence, legend(),
    h('dl', { class: 'facts', testid: 'event-facts' },
      fact('Source', actor(ev.source)),
      fact('Target', actor(ev.target)),
      fact('Event', `${ev.cameo} ${rootName(ev.cameo_root)} · ${quadName(ev.quad_class)} · Goldstein ${fmtSigned(ev.goldstein, 1)}${ev.plover ? ` · PLOVER ${ev.plover.type}${ev.plover.mode ? `/${ev.plover.mode}` : ''}` : ''}`),
      fact('Trigger', ev.trigger ? `“${ev.trigger.text}”` : '—'),
      fact('Modality', ev.modality),
      fact('Place', ev.location ? `${ev.location.name}${ev.location.country ? ` (${ev.location.country})` : ''}` : '—'),
      fact('Date', `${ev.date || 'undated'} (basis: ${ev.date_basis})`),
      fact('Confidence', ev.confidence != null ? ev.confidence.toFixed(2) : '–'),
      fact('Rule', h('code', { testid: 'event-rule' }, ev.rule || '—')),
      fact('Dictionary entries', (ev.entries && ev.entries.length) ? h('code', { testid: 'event-entries' }, ev.entries.join(', ')) : 'none'),
      fact('Domains', ev.plover && ev.plover.context && ev.plover.context.length ? ev.plover.context.join(', ') : '—'),
      fact('Document', [h('span', { class: 'mono' }, ev.doc_id), doc.title ? ` — ${doc.title}` : '', doc.source ? ` (${doc.source})` : '',
        doc.url ? [' ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : ''])));
}

function renderPager(total, shown) {
  const prev = h('button', { type: 'button', class: 'secondary', testid: 'ev-prev', disabled: offset === 0,
    onclick: () => { offset = Math.max(0, offset - pageSize); remember(); load(); } }, '← Previous');
  const next = h('button', { type: 'button', class: 'secondary', testid: 'ev-next', disabled: offset + shown >= total,
    onclick: () => { offset += pageSize; remember(); load(); } }, 'Next →');
  show(els.pager, prev,
    h('span', { testid: 'events-count', 'aria-live': 'polite' }, `${fmtInt(offset + 1)}–${fmtInt(offset + shown)} of ${fmtInt(total)}`),
    next);
}
