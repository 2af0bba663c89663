// Dyad timelines: for one pair, month by month, the mean Goldstein value in each direction, the events by quad
// class, and the events by domain (PLOVER context). The pair comes from the network (a click) or the form.

import { h, show, status, errorBox, debounce, fmtInt, fmtSigned, fmtMonth } from './dom.js';
import { monthsBetween } from './shapes.js';
import { domains, domainName } from './labels.js';

let ctx;
let els = {};
let charts = {};
let request = 0;
let section;
let pending = null;

const quadSeries = [
  ['verbal_cooperation', 'Verbal cooperation', '#6cc08b'],
  ['material_cooperation', 'Material cooperation', '#1a7f37'],
  ['verbal_conflict', 'Verbal conflict', '#f08c7e'],
  ['material_conflict', 'Material conflict', '#b42318'],
];
const domainColours = ['#2f5d9e', '#b26b00', '#6b4fa3', '#1a7f77', '#a33d6b', '#5a6b1f', '#7a4a2a', '#3d7fbf', '#8f8f8f', '#c2410c', '#0f766e', '#9d174d', '#4b5563'];

export function init(view, context) {
  ctx = context;
  section = view;
  const field = (id, label, input) => h('div', { class: 'field' }, h('label', { for: id }, label), input);
  els.a = h('input', { id: 'tl-a', type: 'text', list: 'tl-actors', autocomplete: 'off', placeholder: 'PAK', testid: 'tl-a', size: '8' });
  els.b = h('input', { id: 'tl-b', type: 'text', list: 'tl-actors', autocomplete: 'off', placeholder: 'CHN', testid: 'tl-b', size: '8' });
  els.from = h('input', { id: 'tl-from', type: 'text', placeholder: 'YYYY-MM-DD', inputmode: 'numeric', testid: 'tl-from', size: '11' });
  els.to = h('input', { id: 'tl-to', type: 'text', placeholder: 'YYYY-MM-DD', inputmode: 'numeric', testid: 'tl-to', size: '11' });
  els.domain = h('select', { id: 'tl-domain', testid: 'tl-domain' },
    h('option', { value: '' }, 'All domains'),
    domains.map(([v, label]) => h('option', { value: v }, label)));
  els.actors = h('datalist', { id: 'tl-actors' });
  els.title = h('h2', { testid: 'timeline-title' });
  els.summary = h('p', { class: 'chart-caption', testid: 'timeline-summary' });
  els.note = h('div', { testid: 'timeline-status' });
  els.goldstein = h('div', { class: 'chart small', testid: 'timeline-goldstein', role: 'img', 'aria-label': 'Mean Goldstein value per month' });
  els.quads = h('div', { class: 'chart small', testid: 'timeline-quads', role: 'img', 'aria-label': 'Events per month by quad class' });
  els.domains = h('div', { class: 'chart small', testid: 'timeline-domains', role: 'img', 'aria-label': 'Events per month by domain' });
  els.domainCaption = h('h3', { class: 'chart-caption' }, 'Events by domain (both directions)');
  els.charts = h('div', { class: 'stack', hidden: true },
    h('div', { class: 'panel' }, els.title, els.summary,
      h('h3', { class: 'chart-caption' }, 'Mean Goldstein value (−10 hostile … +10 cooperative), each direction'), els.goldstein),
    h('div', { class: 'grid-halves' },
      h('div', { class: 'panel' }, h('h3', { class: 'chart-caption' }, 'Events by quad class (both directions)'), els.quads),
      h('div', { class: 'panel' }, els.domainCaption, els.domains)));
  els.eventsLink = h('button', { type: 'button', class: 'secondary', testid: 'tl-events',
    onclick: () => ctx.go('events', { actor: els.a.value.trim().toUpperCase(), from: els.from.value.trim(), to: els.to.value.trim() }) }, 'Events of the first actor');

  const form = h('form', { class: 'controls', testid: 'timeline-form', onsubmit: (e) => { e.preventDefault(); submit(); } },
    field('tl-a', 'Actor A', els.a), field('tl-b', 'Actor B', els.b),
    field('tl-from', 'From', els.from), field('tl-to', 'To', els.to),
    field('tl-domain', 'Domain', els.domain),
    h('button', { type: 'submit', testid: 'tl-show' }, 'Show'), els.eventsLink, els.actors);
  const suggest = debounce((q) => suggestActors(q), 200);
  els.a.addEventListener('input', () => suggest(els.a.value));
  els.b.addEventListener('input', () => suggest(els.b.value));
  els.domain.addEventListener('change', () => { if (els.a.value && els.b.value) submit(); });

  show(section,
    h('h1', { id: 'h-timeline' }, 'Dyad timeline'),
    h('p', { class: 'lead' }, 'How one pair of actors treated each other, month by month. Actor keys are countries (PAK, CHN) or organisations (NATO).'),
    form, els.note, els.charts);
  // A hidden view has zero-sized boxes; resizing into them breaks ECharts' view transforms.
  window.addEventListener('resize', () => { if (!section.hidden && !els.charts.hidden) Object.values(charts).forEach((c) => c.resize()); });
}

export function activate(params) {
  if (pending) { draw(...pending); pending = null; }
  if (params.a) els.a.value = params.a;
  if (params.b) els.b.value = params.b;
  if ('from' in params || params.a) els.from.value = params.from || '';
  if ('to' in params || params.a) els.to.value = params.to || '';
  if ('domain' in params) els.domain.value = params.domain || '';
  if (els.a.value && els.b.value) load();
  else if (!els.charts.hidden) { /* keep what is shown */ } else {
    show(els.note, status('empty', 'Choose two actors to see their timeline.', 'Or click a line in the network.'));
  }
}

function submit() {
  ctx.remember('timeline', params());
  load();
}

function params() {
  return {
    a: els.a.value.trim().toUpperCase(),
    b: els.b.value.trim().toUpperCase(),
    from: els.from.value.trim(),
    to: els.to.value.trim(),
    domain: els.domain.value,
  };
}

async function suggestActors(q) {
  if (!q || q.length < 1) return;
  try {
    const found = await ctx.api.actors(q);
    const list = Array.isArray(found) ? found : (found.actors || []);
    show(els.actors, list.slice(0, 20).map((x) => {
      const key = typeof x === 'string' ? x : (x.key ?? x.code ?? x.actor);
      const label = typeof x === 'string' ? x : [x.name, x.events != null ? `${x.events} events` : null].filter(Boolean).join(' · ');
      return h('option', { value: key }, label);
    }));
  } catch {
    // Suggestions are a convenience: a failure here must not hide the form.
  }
}

function rangeText(from, to) {
  if (!from && !to) return 'in the store';
  if (from && to && from.slice(0, 4) === to.slice(0, 4) && from.slice(5) === '01-01' && to.slice(5) === '12-31') return `in ${from.slice(0, 4)}`;
  if (from && to) return `between ${from} and ${to}`;
  return from ? `from ${from} on` : `up to ${to}`;
}

async function load() {
  const p = params();
  if (!p.a || !p.b) {
    show(els.note, status('empty', 'Choose two actors to see their timeline.'));
    return;
  }
  if (p.a === p.b) {
    show(els.note, status('error', 'Choose two different actors.', `Both fields say ${p.a}.`));
    return;
  }
  const mine = ++request;
  show(els.note, status('loading', `Loading ${p.a} – ${p.b}…`));
  let data;
  try {
    data = await ctx.api.dyad(p.a, p.b, { from: p.from, to: p.to });
  } catch (e) {
    if (mine !== request) return;
    els.charts.hidden = true;
    show(els.note, errorBox(e, `the timeline of ${p.a} and ${p.b}`));
    return;
  }
  if (mine !== request) return;
  const periods = data.periods || [];
  const combined = periods.filter((x) => x.direction === 'combined');
  const total = combined.reduce((s, x) => s + (x.events ?? 0), 0);
  const inDomain = p.domain ? combined.reduce((s, x) => s + ((x.contexts && x.contexts[p.domain]) || 0), 0) : total;
  const domainNote = p.domain ? ` in ${domainName(p.domain).toLowerCase()}` : '';
  if (total === 0 || inDomain === 0) {
    els.charts.hidden = true;
    show(els.note, status('empty', `No events between ${p.a} and ${p.b}${domainNote} ${rangeText(p.from, p.to)}.`,
      total === 0
        ? 'Only asserted events count here. Try a wider date range, or check the actor keys (countries are ISO codes such as PAK, IND, CHN).'
        : `There are ${fmtInt(total)} events between them in other domains: choose “All domains”.`));
    return;
  }
  show(els.note);
  els.charts.hidden = false;
  const names = data.names || {};
  const label = (k) => (names[k] ? `${k} (${names[k]})` : k);
  els.title.textContent = `${label(p.a)} – ${label(p.b)}`;
  const monthsWith = combined.filter((x) => x.events > 0).length;
  const mean = combined.reduce((s, x) => s + (x.goldstein_sum ?? 0), 0) / total;
  const unit = data.counting === 'happenings' ? 'happenings' : 'reports';
  els.summary.textContent = `${fmtInt(total)} ${unit} in ${monthsWith} month${monthsWith === 1 ? '' : 's'} ${rangeText(p.from, p.to)}`
    + `${p.domain ? `, ${fmtInt(inDomain)} of them${domainNote} (the domain chart shows only these; Goldstein and quad classes count every domain)` : ''} · mean Goldstein ${fmtSigned(mean, 1)} · asserted events only`;
  if (section.hidden) {
    pending = [p, periods];
    return;
  }
  pending = null;
  draw(p, periods);
}

function chartOf(key, el) {
  if (!charts[key]) charts[key] = window.echarts.init(el, null, { renderer: 'svg' });
  else charts[key].resize();
  return charts[key];
}

function draw(p, periods) {
  if (!window.echarts) {
    show(els.note, status('error', 'The chart library did not load.', 'vendor/echarts.min.js is missing from wwwroot; see docs/dashboard.md.'));
    return;
  }
  const dates = periods.map((x) => x.period).sort();
  const months = monthsBetween(dates[0], dates[dates.length - 1]);
  const labels = months.map(fmtMonth);
  const by = (dir) => {
    const m = new Map();
    for (const x of periods) if (x.direction === dir) m.set(x.period.slice(0, 7), x);
    return months.map((mo) => m.get(mo.slice(0, 7)) || null);
  };
  const ab = by('a_to_b');
  const ba = by('b_to_a');
  const both = by('combined');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const base = {
    animation: !reduceMotion,
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
  };
  const point = (x) => (x && x.events ? x.goldstein_mean : null);
  chartOf('goldstein', els.goldstein).setOption({
    ...base,
    yAxis: { type: 'value', min: -10, max: 10, name: 'Goldstein' },
    series: [
      { name: `${p.a} → ${p.b}`, type: 'line', data: ab.map(point), connectNulls: true, symbolSize: 7, color: '#2f5d9e' },
      { name: `${p.b} → ${p.a}`, type: 'line', data: ba.map(point), connectNulls: true, symbolSize: 7, color: '#b26b00', lineStyle: { type: 'dashed' } },
      { name: 'both', type: 'bar', data: both.map(point), color: 'rgba(110,118,129,0.35)', barMaxWidth: 28 },
    ],
  }, true);
  chartOf('quads', els.quads).setOption({
    ...base,
    grid: { left: 48, right: 16, top: 28, bottom: 72 },
    legend: { bottom: 0, type: 'scroll' },
    yAxis: { type: 'value', minInterval: 1, name: 'events' },
    series: quadSeries.map(([key, name, colour]) => ({
      name, type: 'bar', stack: 'q', color: colour, barMaxWidth: 28,
      data: both.map((x) => (x ? x[key] ?? 0 : 0)),
    })),
  }, true);
  const contexts = new Map();
  for (const x of both) {
    if (!x || !x.contexts) continue;
    for (const [k, n] of Object.entries(x.contexts)) contexts.set(k, (contexts.get(k) || 0) + n);
  }
  const keys = [...contexts.keys()].filter((k) => !p.domain || k === p.domain).sort((x, y) => contexts.get(y) - contexts.get(x));
  chartOf('domains', els.domains).setOption({
    ...base,
    grid: { left: 48, right: 16, top: 28, bottom: 72 },
    legend: { bottom: 0, type: 'scroll' },
    yAxis: { type: 'value', minInterval: 1, name: 'events' },
    graphic: keys.length ? [] : [{ type: 'text', left: 'center', top: 'middle', style: { text: 'These events have no domain.', fill: '#565f6b' } }],
    series: keys.map((k, i) => ({
      name: domainName(k), type: 'bar', stack: 'd', color: domainColours[i % domainColours.length], barMaxWidth: 28,
      data: both.map((x) => (x && x.contexts ? x.contexts[k] ?? 0 : 0)),
    })),
  }, true);
}
