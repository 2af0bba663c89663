// Entry point: a hash router over the four views (#network, #timeline?a=PAK&b=IND, #events?actor=PAK, #paste),
// so that every view state can be linked and the browser's back button works. Each view module exports
// init(section, ctx) once and activate(params) on every visit.

import * as api from './api.js';
import { fmtInt } from './dom.js';
import * as network from './network.js';
import * as timeline from './timeline.js';
import * as eventsView from './events.js';
import * as paste from './paste.js';

const views = { network, timeline, events: eventsView, paste };
const started = new Set();

/** Navigates to a view with parameters (used by views to link to each other). */
function go(view, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  const hash = `#${view}${query.toString() ? `?${query}` : ''}`;
  if (window.location.hash === hash) route();
  else window.location.hash = hash;
}

/** Replaces the current view's parameters without a new history entry (filters typed into a form). */
function remember(view, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  history.replaceState(null, '', `#${view}${query.toString() ? `?${query}` : ''}`);
}

const ctx = { api, go, remember, stats: null, statsPromise: null };

/** What the store holds overall: {events, first, last}; asked once and shared by the views. */
ctx.storeStats = () => {
  if (!ctx.statsPromise) {
    ctx.statsPromise = loadStats().catch((e) => { ctx.statsPromise = null; throw e; });
  }
  return ctx.statsPromise;
};

async function loadStats() {
  // Events are ordered by date then id: the first and the last row bound the store's dates.
  const first = await api.events({ limit: 1, offset: 0 });
  const total = first.total ?? 0;
  if (total === 0) return { events: 0, first: null, last: null };
  const last = total > 1 ? await api.events({ limit: 1, offset: total - 1 }) : first;
  const firstDate = firstDated(first.events);
  const lastDate = firstDated(last.events) || firstDate;
  return { events: total, first: firstDate, last: lastDate };
}

function firstDated(list) {
  for (const item of list || []) {
    const ev = item.event || item;
    if (ev.date) return ev.date;
  }
  return null;
}

function route() {
  const raw = window.location.hash.replace(/^#/, '');
  const [name, query] = raw.split('?');
  const view = views[name] ? name : 'network';
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  for (const key of Object.keys(views)) {
    const section = document.getElementById(`view-${key}`);
    section.hidden = key !== view;
    const tab = document.querySelector(`.tabs a[data-view="${key}"]`);
    if (key === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  const section = document.getElementById(`view-${view}`);
  if (!started.has(view)) {
    views[view].init(section, ctx);
    started.add(view);
  }
  views[view].activate(params);
  document.body.dataset.view = view;
}

async function checkHealth() {
  const el = document.getElementById('health');
  try {
    const h = await api.health();
    const n = h && (h.events ?? h.event_count ?? (h.store && h.store.events));
    el.textContent = typeof n === 'number' ? `server ok · ${fmtInt(n)} events stored` : 'server ok';
    el.classList.remove('bad');
  } catch (e) {
    el.textContent = `server problem: ${e.detail}`;
    el.classList.add('bad');
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  route();
  checkHealth();
});
