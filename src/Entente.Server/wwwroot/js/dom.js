// Small DOM helpers shared by the views: element building without innerHTML (no injection from event text),
// and the three states every panel can be in besides "showing data": loading, empty (with a reason), error.

/** Builds an element: h('td', {class: 'x', dataset: {testid: 'y'}}, 'text', child). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key === 'testid') el.dataset.testid = value;
      else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (key === 'text') el.textContent = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the content of a container. */
export function show(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

/** A status box: kind is 'loading', 'empty' or 'error'. Errors are announced to screen readers at once. */
export function status(kind, message, hint) {
  return h('div', {
    class: `status status-${kind}`,
    role: kind === 'error' ? 'alert' : 'status',
    testid: `${kind}`,
  },
  kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
  h('p', { class: 'status-message' }, message),
  hint ? h('p', { class: 'status-hint' }, hint) : null);
}

/** The status box for a failed request, with the API's problem detail when it sent one. */
export function errorBox(err, what) {
  const title = what ? `Could not load ${what}.` : 'The request failed.';
  const detail = err && err.detail ? err.detail : (err && err.message) || String(err);
  const box = status('error', title, detail);
  if (err && err.status) box.dataset.status = String(err.status);
  return box;
}

/** Runs fn at most once per `ms` of quiet. */
export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

const numberFormat = new Intl.NumberFormat('en');
/** 12,345 */
export const fmtInt = (n) => numberFormat.format(n);
/** +0.42 / −0.42, with a real minus sign. */
export function fmtSigned(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  const s = Math.abs(x).toFixed(digits);
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : s;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2017-03-01" → "Mar 2017". */
export function fmtMonth(iso) {
  const [y, m] = iso.split('-');
  return `${monthNames[Number(m) - 1]} ${y}`;
}
