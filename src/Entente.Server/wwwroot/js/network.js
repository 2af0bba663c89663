// The alignment network: actors as nodes (sized by how much they appear), pairs as edges coloured from conflict
// (red) through neutral (grey) to cooperation (green) and widened by volume, over a window of months chosen
// with a slider. Clicking an edge, or a pair in the list beside the chart, opens that dyad's timeline.

import { h, show, status, errorBox, debounce, fmtInt, fmtSigned, fmtMonth } from './dom.js';
import { netColor, cell, monthsBetween, monthEnd } from './shapes.js';

let ctx;
let root;
let chart = null;
let els = {};
let months = [];
let request = 0;
let current = null;
let names = new Map();
let pending = null;

const windows = [['1', '1 month'], ['3', '3 months'], ['6', '6 months'], ['12', '12 months'], ['all', 'all months']];

export function init(section, context) {
  ctx = context;
  root = section;
  els.window = h('select', { id: 'net-window', testid: 'net-window' },
    windows.map(([v, label]) => h('option', { value: v }, label)));
  els.window.value = 'all';
  els.slider = h('input', { id: 'net-slider', type: 'range', min: '0', max: '0', value: '0', step: '1', testid: 'net-slider', 'aria-describedby': 'net-range' });
  els.range = h('span', { id: 'net-range', class: 'slider-label', testid: 'net-range', 'aria-live': 'polite' }, '…');
  els.min = h('select', { id: 'net-min', testid: 'net-min' },
    ['1', '2', '3', '5', '10'].map((v) => h('option', { value: v }, v)));
  els.min.value = '2';
  els.body = h('div', { class: 'chart-box' });
  els.chart = h('div', { class: 'chart', testid: 'network-chart', role: 'img', 'aria-label': 'Alignment network' });
  els.side = h('div', { class: 'stack', testid: 'network-side' });
  els.note = h('div', { testid: 'network-status' });
  els.caption = h('p', { class: 'chart-caption', testid: 'network-caption' });

  const reload = debounce(() => load(), 150);
  els.window.addEventListener('change', () => { updateRangeLabel(); reload(); });
  els.slider.addEventListener('input', () => { updateRangeLabel(); reload(); });
  els.min.addEventListener('change', () => load());

  show(root,
    h('h1', { id: 'h-network' }, 'Alignment network'),
    h('p', { class: 'lead' }, 'Who cooperates and who clashes over the chosen months. Each line joins two actors that acted on each other; ',
      'its colour runs from red (all conflict) through grey to green (all cooperation) and its width grows with the number of events. ',
      'Click a line, or a pair in the list, to see that pair month by month.'),
    h('div', { class: 'controls' },
      h('div', { class: 'field' }, h('label', { for: 'net-window' }, 'Window'), els.window),
      h('div', { class: 'field slider-field' }, h('label', { for: 'net-slider' }, 'Ending in month'), els.slider, els.range),
      h('div', { class: 'field' }, h('label', { for: 'net-min' }, 'Min. events per pair'), els.min)),
    els.note,
    h('div', { class: 'grid-2' },
      h('div', { class: 'panel' }, els.chart, els.caption,
        h('div', { class: 'scale', 'aria-hidden': 'true' }, 'conflict', h('span', { class: 'scale-bar' }), 'cooperation')),
      els.side));

  // Never resize into a hidden (zero-sized) box: see draw().
  window.addEventListener('resize', () => { if (chart && !root.hidden && els.chart.clientWidth > 0) chart.resize(); });
  // Test and debugging hook: where an edge is drawn, so a real mouse click can hit it on the chart.
  window.__ententeNetwork = { edgePoint, nodeNames: () => (current ? current.nodes.map((n) => n.name) : []) };
}

export async function activate(params) {
  if (pending) draw(...pending);
  if (params.min) els.min.value = params.min;
  if (months.length === 0) {
    show(els.note, status('loading', 'Reading the store…'));
    let stats;
    try {
      stats = await ctx.storeStats();
    } catch (e) {
      show(els.note, errorBox(e, 'the store summary'));
      return;
    }
    if (!stats.events) {
      clearChart();
      show(els.note, status('empty', 'No events in the store yet — run entente ingest.',
        'Code some news into the store first, e.g. `entente ingest articles/ --db entente.duckdb` and then `entente serve --db entente.duckdb`, or POST documents to /api/documents.'));
      return;
    }
    if (!stats.first) {
      show(els.note, status('empty', 'The stored events have no dates, so they cannot be placed on a time line.'));
      return;
    }
    // A big store has many one-off pairs; the API's own default (3) keeps the picture readable.
    if (!params.min && stats.events > 300) els.min.value = '3';
    months = monthsBetween(stats.first, stats.last);
    els.slider.max = String(months.length - 1);
    els.slider.value = String(months.length - 1);
  }
  if (params.to) {
    const i = months.findIndex((m) => m === `${params.to.slice(0, 7)}-01`);
    if (i >= 0) els.slider.value = String(i);
  }
  if (params.window && windows.some(([v]) => v === params.window)) els.window.value = params.window;
  updateRangeLabel();
  await load();
}

function period() {
  const end = months[Number(els.slider.value)] || months[months.length - 1];
  const w = els.window.value;
  const startIndex = w === 'all' ? 0 : Math.max(0, Number(els.slider.value) - Number(w) + 1);
  return { from: months[startIndex], to: monthEnd(end), fromMonth: months[startIndex], toMonth: end };
}

function updateRangeLabel() {
  if (!months.length) return;
  const p = period();
  els.range.textContent = p.fromMonth === p.toMonth ? fmtMonth(p.toMonth) : `${fmtMonth(p.fromMonth)} – ${fmtMonth(p.toMonth)}`;
  els.slider.setAttribute('aria-valuetext', els.range.textContent);
}

async function load() {
  if (!months.length) return;
  const p = period();
  const mine = ++request;
  show(els.note, status('loading', `Loading alignment for ${els.range.textContent}…`));
  let data;
  try {
    data = await ctx.api.alignment({ from: p.from, to: p.to, minEvents: els.min.value, trend: 'none' });
  } catch (e) {
    if (mine !== request) return;
    show(els.note, errorBox(e, 'the alignment'));
    return;
  }
  if (mine !== request) return;
  ctx.remember('network', { window: els.window.value, to: p.toMonth.slice(0, 7), min: els.min.value });
  const pairs = (data.edges || data.pairs || []).map(cell);
  names = new Map((data.nodes || []).map((n) => [n.key, n.name]));
  if (pairs.length === 0) {
    clearChart();
    show(els.side);
    show(els.note, status('empty', `No actor pairs with at least ${els.min.value} event${els.min.value === '1' ? '' : 's'} between ${fmtMonth(p.fromMonth)} and ${fmtMonth(p.toMonth)}.`,
      'Widen the window, move the slider, or lower the minimum number of events per pair.'));
    return;
  }
  show(els.note);
  draw(pairs, p);
  side(data, pairs, p);
}

function clearChart() {
  current = null;
  if (chart) chart.clear();
  root.dataset.nodes = '';
}

const maxActors = 30;

function allActors(pairs) {
  const keys = new Set();
  for (const c of pairs) { keys.add(c.a); keys.add(c.b); }
  return keys.size;
}

function draw(allPairs, p) {
  let pairs = allPairs;
  if (!window.echarts) {
    show(els.note, status('error', 'The chart library did not load.', 'vendor/echarts.min.js is missing from wwwroot; see docs/dashboard.md.'));
    return;
  }
  // A chart laid out in a hidden or zero-sized box gets a singular view transform (ECharts then throws on
  // every redraw), so an answer that arrives after the user left the view is drawn when they come back.
  if (root.hidden || els.chart.clientWidth === 0 || els.chart.clientHeight === 0) {
    pending = [allPairs, p];
    return;
  }
  pending = null;
  if (!chart) chart = window.echarts.init(els.chart, null, { renderer: 'svg' });
  else chart.resize();
  const volume = new Map();
  for (const c of pairs) {
    volume.set(c.a, (volume.get(c.a) || 0) + c.events);
    volume.set(c.b, (volume.get(c.b) || 0) + c.events);
  }
  // Past a few dozen actors a network is a hairball: keep the busiest, and say so under the chart.
  const kept = new Set([...volume.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, maxActors).map(([k]) => k));
  const shownPairs = pairs.filter((c) => kept.has(c.a) && kept.has(c.b));
  for (const k of [...volume.keys()]) if (!kept.has(k)) volume.delete(k);
  els.caption.textContent = volume.size < allActors(pairs)
    ? `The ${volume.size} busiest of ${allActors(pairs)} actors are drawn (${shownPairs.length} of ${pairs.length} pairs); the lists on the right count them all.`
    : `${volume.size} actors, ${pairs.length} pairs.`;
  pairs = shownPairs;
  const maxNode = Math.max(...volume.values());
  const maxEdge = Math.max(...pairs.map((c) => c.events));
  const nodes = [...volume.entries()].sort((x, y) => y[1] - x[1]).map(([name, v]) => ({
    name,
    value: v,
    symbolSize: 16 + 34 * Math.sqrt(v / maxNode),
    itemStyle: { color: '#2f5d9e', borderColor: '#fff', borderWidth: 1.5 },
  }));
  const links = pairs.map((c) => ({
    source: c.a,
    target: c.b,
    value: c.events,
    cell: c,
    lineStyle: { color: netColor(c.net), width: 1.5 + 10 * Math.sqrt(c.events / maxEdge), opacity: 0.9 },
  }));
  current = { nodes, links, period: p };
  root.dataset.nodes = nodes.map((n) => n.name).join(' ');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  chart.setOption({
    animation: !reduceMotion,
    tooltip: {
      formatter: (x) => {
        if (x.dataType === 'edge') {
          const c = x.data.cell;
          return `${c.a} – ${c.b}<br>${fmtInt(c.events)} events: ${fmtInt(c.cooperation)} cooperative, ${fmtInt(c.conflict)} conflictual<br>net ${fmtSigned(c.net)} · Goldstein mean ${fmtSigned(c.goldstein, 1)}<br><i>click for the timeline</i>`;
        }
        const name = names.get(x.data.name);
        return `${x.data.name}${name ? ` (${name})` : ''}: ${fmtInt(x.data.value)} events with the actors shown<br><i>click for its events</i>`;
      },
    },
    series: [{
      type: 'graph',
      // A ring reads best for a handful of actors; beyond that the force layout keeps allies close together.
      layout: nodes.length <= 12 ? 'circular' : 'force',
      circular: { rotateLabel: false },
      roam: true,
      draggable: true,
      data: nodes,
      links,
      label: { show: true, position: 'right', color: '#1b1f24', fontSize: 14, fontWeight: 700, textBorderColor: '#fff', textBorderWidth: 3 },
      // Repulsion shrinks as actors are added so that the layout stays inside the box.
      force: { repulsion: Math.max(100, Math.min(700, 7000 / nodes.length)), gravity: 0.2, edgeLength: [50, 180], layoutAnimation: false },
      center: ['50%', '50%'],
      emphasis: { focus: 'adjacency', lineStyle: { width: 8 } },
      lineStyle: { curveness: 0 },
    }],
  }, true);
  chart.off('click');
  chart.on('click', (x) => {
    if (x.dataType === 'edge') openDyad(x.data.cell.a, x.data.cell.b);
    else if (x.dataType === 'node') ctx.go('events', { actor: x.data.name, from: p.from, to: p.to });
  });
}

function openDyad(a, b) {
  const p = current ? current.period : period();
  ctx.go('timeline', { a, b, from: p.from, to: p.to });
}

function side(data, pairs, p) {
  const list = (title, cells, testid, emptyText) => h('div', { class: 'panel' },
    h('h2', null, title),
    cells.length === 0 ? h('p', { class: 'status-hint' }, emptyText) :
      h('ul', { class: 'pairs', testid },
        cells.map((c) => h('li', null,
          h('button', { class: 'pair', type: 'button', testid: 'pair', dataset: { a: c.a, b: c.b },
            'aria-label': `${c.a} and ${c.b}: ${c.events} events, net cooperation ${fmtSigned(c.net)}. Open timeline.`,
            onclick: () => openDyad(c.a, c.b) },
          h('span', { class: 'dyad' }, `${c.a} – ${c.b}`),
          h('span', { class: 'n' }, `${fmtInt(c.events)} ev.`),
          h('span', { class: `net ${c.net > 0 ? 'pos' : c.net < 0 ? 'neg' : ''}` }, fmtSigned(c.net)))))));
  const partners = (data.partnerships || []).map(cell);
  const rivals = (data.rivalries || []).map(cell);
  const busiest = [...pairs].sort((x, y) => y.events - x.events || x.a.localeCompare(y.a)).slice(0, 15);
  show(els.side,
    list('Closest partnerships', partners.slice(0, 8), 'partnerships', 'No pair leans to cooperation in this window.'),
    list('Sharpest rivalries', rivals.slice(0, 8), 'rivalries', 'No pair leans to conflict in this window.'),
    list(`Busiest pairs (${fmtInt(pairs.length)} in all)`, busiest, 'pairs', ''));
}

/** Page coordinates of the middle of the edge a–b as drawn, or null when it is not on the chart. */
function edgePoint(a, b) {
  if (!chart || !current) return null;
  const series = chart.getModel().getSeriesByIndex(0);
  const data = series.getData();
  const ia = data.indexOfName(a);
  const ib = data.indexOfName(b);
  if (ia < 0 || ib < 0) return null;
  const pa = chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(ia));
  const pb = chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(ib));
  const box = els.chart.getBoundingClientRect();
  return { x: box.left + (pa[0] + pb[0]) / 2, y: box.top + (pa[1] + pb[1]) / 2 };
}
