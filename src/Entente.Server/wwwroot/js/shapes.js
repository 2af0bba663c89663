// Reading the API's JSON into the few shapes the views draw, and the date and colour arithmetic they share.
// Field names follow the CLI's JSON (`entente alignment --json`, `entente dyad --json`), the API's source of truth.

/** An alignment cell: {a, b, events, cooperation, conflict, net, goldstein}. */
export function cell(x) {
  return {
    a: x.a ?? x.source,
    b: x.b ?? x.target,
    events: x.volume ?? x.events ?? x.total ?? 0,
    cooperation: x.cooperation ?? 0,
    conflict: x.conflict ?? 0,
    net: x.net_cooperation ?? x.net ?? 0,
    goldstein: x.goldstein_mean ?? 0,
  };
}

/**
 * A stored event with its evidence: {event, sentence, sentenceStart, document}.
 * The event list may give the sentence beside the event or inside it (`evidence`, as `entente code --evidence`).
 */
export function storedEvent(x) {
  const ev = x.event ?? x;
  const evidence = x.evidence ?? ev.evidence ?? null;
  let sentence = null;
  let start = 0;
  if (evidence && typeof evidence === 'object') {
    sentence = evidence.sentence ?? evidence.text ?? null;
    start = evidence.start ?? 0;
  } else if (typeof x.sentence_text === 'string') {
    sentence = x.sentence_text;
    start = x.sentence_start ?? 0;
  } else if (x.sentence && typeof x.sentence === 'object') {
    sentence = x.sentence.text ?? null;
    start = x.sentence.start ?? 0;
  } else if (typeof x.sentence === 'string' && x.event) {
    sentence = x.sentence;
    start = x.sentence_start ?? 0;
  }
  return { event: ev, sentence, sentenceStart: start, document: x.document ?? null };
}

/** Colour of a net cooperation value in [−1, 1]: red → grey → green. */
export function netColor(net) {
  const red = [180, 35, 24];
  const grey = [154, 163, 173];
  const green = [26, 127, 55];
  const t = Math.max(-1, Math.min(1, net || 0));
  const [from, to, f] = t < 0 ? [grey, red, -t] : [grey, green, t];
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * f));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

/** First days of the months from the month of `first` to the month of `last`, as "YYYY-MM-01". */
export function monthsBetween(first, last) {
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const ly = Number(last.slice(0, 4));
  const lm = Number(last.slice(5, 7));
  const out = [];
  // A corrupt date range must not hang the page: 1,200 months is a century.
  while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}-01`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** "2017-02-01" → "2017-02-28". */
export function monthEnd(firstDay) {
  const y = Number(firstDay.slice(0, 4));
  const m = Number(firstDay.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${firstDay.slice(0, 8)}${String(days).padStart(2, '0')}`;
}
