// Short names for codes shown in the dashboard (our own wording of the CAMEO root categories and quad classes).

const roots = {
  '01': 'make a public statement', '02': 'appeal', '03': 'express intent to cooperate', '04': 'consult',
  '05': 'cooperate diplomatically', '06': 'cooperate materially', '07': 'provide aid', '08': 'yield',
  '09': 'investigate', '10': 'demand', '11': 'disapprove', '12': 'reject', '13': 'threaten', '14': 'protest',
  '15': 'show force', '16': 'reduce relations', '17': 'coerce', '18': 'assault', '19': 'fight',
  '20': 'use mass violence',
};

/** "04" → "consult"; unknown roots give "". */
export const rootName = (root) => roots[root] || '';

/** All roots as [code, name], for filter menus. */
export const rootList = () => Object.entries(roots);

const quads = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
/** 1 → "verbal cooperation". */
export const quadName = (q) => quads[q] || '';

/** Display name of an event's actor: its code, plus the name when the dictionary knows one. */
export function actorLabel(actor) {
  if (!actor) return '—';
  return actor.code || actor.country || actor.org || '?';
}

/** One-line description of an event: "PAKMIL → RUSGOV · 040 consult". */
export function eventLine(ev) {
  const target = ev.target ? actorLabel(ev.target) : '—';
  const name = rootName(ev.cameo_root);
  return `${actorLabel(ev.source)} → ${target} · ${ev.cameo}${name ? ` ${name}` : ''}`;
}

/** PLOVER contexts (the domains the store counts per dyad and month), with the labels the timeline shows. */
export const domains = [
  ['military', 'Defence'],
  ['natural_resource', 'Energy & resources'],
  ['economic', 'Economy'],
  ['diplomatic', 'Diplomacy'],
  ['political_institutions', 'Politics'],
  ['intelligence', 'Intelligence'],
  ['terrorism', 'Terrorism'],
  ['territory', 'Territory'],
  ['peacekeeping', 'Peacekeeping'],
  ['legal', 'Law'],
  ['rights_freedoms', 'Rights'],
  ['human_security', 'Humanitarian'],
  ['cbrn', 'CBRN weapons'],
];

/** "natural_resource" → "Energy & resources"; unknown contexts keep their name. */
export function domainName(context) {
  for (const [key, label] of domains) if (key === context) return label;
  return context;
}
