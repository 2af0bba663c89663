#!/usr/bin/env python3
"""Drafts `example=` sentences for event patterns that lack one, and keeps only those the engine codes as intended.

Usage (from the repository root):
  python3 tools/pattern-examples/draft.py run  [--work DIR]   # draft, code with ./entente, select -> DIR/kept.jsonl
  python3 tools/pattern-examples/draft.py apply [--work DIR] [--files a.txt,b.txt]   # write kept examples into data/patterns

See README.md beside this file. Standard library only.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
PATTERN_DIR = os.path.join(ROOT, 'data', 'patterns')
DATE = '2024-06-01'  # the date PatternExampleTests codes examples with

# --- actors: (name as written, possessive). Their codes are learned from the engine, never assumed.
ACTOR_PAIRS = {
    # cooperative statements, appeals, intents, consultations, diplomatic and material cooperation, aid, yielding
    'coop': [('Japan', 'China'), ('France', 'Germany'), ('Turkey', 'Sweden'), ('India', 'Vietnam'),
             ('the European Union', 'Ukraine'), ('Egypt', 'Qatar'), ('Brazil', 'Argentina'), ('Saudi Arabia', 'Iran'),
             ('Armenia', 'Azerbaijan'), ('Indonesia', 'Malaysia'), ('Kenya', 'Ethiopia'), ('Canada', 'Mexico')],
    'appeal': [('the UN', 'Sudan'), ('the European Union', 'Russia'), ('Egypt', 'Israel'), ('Qatar', 'Hamas'),
               ('Japan', 'North Korea'), ('Germany', 'Serbia'), ('Pope Francis', 'Ukraine'), ('the African Union', 'Ethiopia')],
    'aid': [('Japan', 'Ukraine'), ('the European Union', 'Sudan'), ('Germany', 'Jordan'), ('Saudi Arabia', 'Pakistan'),
            ('the World Bank', 'Kenya'), ('China', 'Sri Lanka'), ('France', 'Lebanon'), ('Australia', 'Indonesia')],
    'yield': [('Israel', 'Hamas'), ('Russia', 'Ukraine'), ('Serbia', 'Kosovo'), ('Venezuela', 'Colombia'),
              ('Ethiopia', 'Eritrea'), ('Armenia', 'Azerbaijan'), ('Sudan', 'South Sudan'), ('Pakistan', 'India')],
    # promised reforms, resignations, elections, rights, transitions: a government about its own country
    'domestic': [("Pakistan's prime minister", 'Pakistan'), ("Kenya's government", 'Kenya'), ("Sri Lanka's president", 'Sri Lanka'),
                 ("Myanmar's junta", 'Myanmar'), ("Mali's interim president", 'Mali'), ("Tunisia's president", 'Tunisia'),
                 ("Bangladesh's interim government", 'Bangladesh'), ("Serbia's government", 'Serbia')],
    'investigate': [('the UN', 'Sudan'), ('the European Union', 'China'), ('Poland', 'Russia'), ('the ICC', 'Israel'),
                    ('Indonesia', 'Malaysia'), ('Nigeria', 'Niger'), ('Brazil', 'Venezuela'), ('Kenya', 'Somalia')],
    'hostile': [('China', 'the Philippines'), ('Iran', 'Israel'), ('Russia', 'the United States'), ('India', 'Pakistan'),
                ('North Korea', 'South Korea'), ('Turkey', 'Greece'), ('Serbia', 'Kosovo'), ('China', 'Japan'),
                ('Venezuela', 'Guyana'), ('Ethiopia', 'Egypt'), ('Poland', 'Belarus'), ('Azerbaijan', 'Armenia')],
    'protest': [('Kenyan protesters', 'President William Ruto'), ('Israeli protesters', 'Benjamin Netanyahu'),
                ('Serbian students', 'Aleksandar Vucic'), ('Georgian protesters', 'Russia'),
                ('Pakistani protesters', 'India'), ('Bangladeshi students', 'Sheikh Hasina')],
    'force': [('China', 'Taiwan'), ('Russia', 'Ukraine'), ('India', 'Pakistan'), ('North Korea', 'South Korea'),
              ('Turkey', 'Sweden'), ('Russia', 'Poland'), ('Iran', 'Israel'), ('Venezuela', 'Guyana')],
    'coerce': [('Kenyan police', 'protesters'), ('Russia', 'Ukraine'), ('Israeli troops', 'Palestinians'),
               ('Iranian security forces', 'protesters'), ('China', 'the Philippines'), ('Turkish police', 'journalists')],
    'violence': [('Israeli troops', 'Hamas'), ('Russian forces', 'Ukraine'), ('Sudan\'s army', 'the RSF'),
                 ('Hezbollah', 'Israel'), ('the Taliban', 'Pakistan'), ('Houthi rebels', 'Saudi Arabia'),
                 ('al-Shabaab', 'Somali troops'), ('Myanmar\'s military', 'rebels')],
}
ROOT_GROUP = {
    '01': 'coop', '02': 'appeal', '03': 'coop', '04': 'coop', '05': 'coop', '06': 'coop', '07': 'aid', '08': 'yield',
    '09': 'investigate', '10': 'hostile', '11': 'hostile', '12': 'hostile', '13': 'hostile', '14': 'protest',
    '15': 'force', '16': 'force', '17': 'coerce', '18': 'violence', '19': 'violence', '20': 'violence',
}

PREPOSITIONS = {'to', 'with', 'for', 'of', 'on', 'in', 'into', 'against', 'at', 'from', 'by', 'off', 'out', 'up',
                'down', 'over', 'about', 'between', 'near', 'around', 'along', 'through', 'toward', 'towards', 'outside',
                'inside', 'among', 'after', 'as', 'that', 'than', 'under', 'across'}
DETERMINERS = {'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'our'}
MODAL_BEFORE_BASE = {'to', 'must', 'should', 'will', 'would', 'can', 'cannot', 'could', 'may', 'might', 'not', "n't",
                     'did', 'does', 'do', 'shall'}
PARTICIPLE_BEFORE = {'the', 'a', 'an', 'of', 'in', 'been', 'being', 'was', 'were', 'is', 'are', 'be', 'has', 'have', 'had'}
DOUBLING = {'commit', 'expel', 'compel', 'patrol', 'control', 'rebel', 'propel', 'repel', 'admit', 'submit', 'permit',
            'omit', 'regret', 'refer', 'prefer', 'occur', 'transfer', 'confer', 'deter', 'incur', 'equip', 'ship',
            'kidnap', 'signal', 'cancel', 'label', 'travel', 'model', 'fuel', 'total', 'level', 'quarrel', 'dispel',
            'embed', 'outstrip', 'abet', 'ban', 'bar', 'stop', 'plan', 'drop', 'rob', 'grab', 'jam', 'ram', 'tap',
            'nab', 'mob', 'tug', 'drag', 'plot', 'spot', 'trap', 'scrap', 'step', 'snub', 'slam', 'clip', 'veto'}


def load_irregular():
    """Past forms of irregular verbs from the engine's own table, so drafts use the forms the engine matches."""
    path = os.path.join(ROOT, 'src', 'Entente', 'Coding', 'IrregularVerbs.cs')
    table = {}
    with open(path, encoding='utf-8') as f:
        for m in re.finditer(r'\["([a-z-]+)"\]\s*=\s*\[([^\]]*)\]', f.read()):
            forms = re.findall(r'"([^"]+)"', m.group(2))
            if forms:
                table[m.group(1)] = forms
    return table


IRREGULAR = load_irregular()


# nouns a government reviews or opens as its own
ITS_NOUNS = {'policy', 'policies', 'economy', 'market', 'markets', 'sector', 'constitution', 'laws', 'law', 'borders',
             'border', 'airspace', 'decision', 'stance', 'position'}


def one_syllable(word):
    return len(re.findall(r'[aeiouy]+', word.lower().replace('qu', 'q'))) == 1


def past(verb, given):
    if given:
        return given[0]
    if verb == 'be':
        return 'was'
    if verb in IRREGULAR:
        return IRREGULAR[verb][0]
    if verb == 'veto':
        return 'vetoed'
    if verb.endswith('e'):
        return verb + 'd'
    if re.search(r'[^aeiou]y$', verb):
        return verb[:-1] + 'ied'
    if verb in DOUBLING or (one_syllable(verb) and re.search(r'[^aeiou][aeiou][bdgmnprt]$', verb)):
        return verb + verb[-1] + 'ed'
    if verb.endswith('c'):
        return verb + 'ked'
    return verb + 'ed'


def participle(verb, given):
    if len(given) > 1:
        return given[1]
    if verb in IRREGULAR:
        return IRREGULAR[verb][-1] if verb != 'be' else 'been'
    return past(verb, given)


def gerund(verb):
    if verb == 'be':
        return 'being'
    if verb.endswith('ie'):
        return verb[:-2] + 'ying'
    if verb.endswith('e') and not verb.endswith('ee') and len(verb) > 2:
        return verb[:-1] + 'ing'
    if verb in DOUBLING or (one_syllable(verb) and re.search(r'[^aeiou][aeiou][bdgmnprt]$', verb)):
        return verb + verb[-1] + 'ing'
    return verb + 'ing'


def third(verb):
    if verb == 'be':
        return 'is'
    if re.search(r'[^aeiou]y$', verb):
        return verb[:-1] + 'ies'
    if re.search(r'(s|x|z|ch|sh)$', verb):
        return verb + 'es'
    return verb + 's'


def article(word):
    return 'an' if word[:1].lower() in 'aeiou' and not word.lower().startswith(('uni', 'eu', 'one', 'us')) else 'a'


def possessive(name):
    return name + "'" if name.endswith('s') and not name.endswith('ss') else name + "'s"


MASS = {'aid', 'assistance', 'funding', 'support', 'cooperation', 'calm', 'restraint', 'democracy', 'trade', 'money',
        'access', 'evidence', 'fire', 'gunfire', 'artillery', 'information', 'intelligence', 'equipment', 'weaponry',
        'territory', 'sovereignty', 'independence', 'peace', 'dialogue', 'violence', 'force', 'pressure', 'asylum',
        'protection', 'security', 'debt', 'credit', 'shelter', 'food', 'fuel', 'oil', 'gas', 'grain', 'wheat', 'energy',
        'corruption', 'fraud', 'bribery', 'graft', 'embezzlement', 'torture', 'genocide', 'war', 'relief', 'compensation',
        'reparations', 'justice', 'power', 'control', 'custody', 'police', 'law', 'rule'}


def is_mass(word):
    w = word.lower()
    return w in MASS or (w.endswith('ing') and len(w) > 5 and w not in COUNT_ING)


COUNT_ING = {'warning', 'meeting', 'hearing', 'building', 'ruling', 'briefing', 'offering', 'uprising', 'crossing',
             'gathering', 'bombing', 'shooting', 'killing', 'sitting', 'signing', 'opening', 'crackdown', 'landing',
             'posting', 'understanding', 'undertaking', 'proceeding', 'finding', 'setting', 'holding', 'raiding'}


def looks_plural(word):
    w = word.lower()
    return w.endswith('s') and not w.endswith(('ss', 'us', 'is', 'ous')) and w not in {'news', 'talks'} or w in {'talks', 'people', 'police'}


# --- patterns


class Pattern:
    def __init__(self, file, line_no, raw):
        cols = [c.strip() for c in raw.rstrip('\n').split(' | ')]
        self.file, self.line_no, self.raw = file, line_no, raw
        self.id, self.code, self.trigger, self.frame = cols[:4]
        self.attrs = cols[4] if len(cols) > 4 else ''
        flags = self.frame.split()
        self.obj = 'obj' in flags
        self.preps = [f[2:].replace('_', ' ') for f in flags if f.startswith('p:')]
        self.src_preps = [f[4:].replace('_', ' ') for f in flags if f.startswith('src:')]
        self.recip = 'recip' in flags or 'mutual' in flags
        self.notarget = 'notarget' in flags
        self.inverted = 'tgt:subject' in flags
        self.order = [f for f in flags if f == 'obj' or f.startswith('p:')]
        self.elements = []
        for part in self.trigger.split():
            if part.startswith('..'):
                self.elements.append(('gap', int(part[2:]) if len(part) > 2 else 3, None))
            elif part[0] == '~':
                alts = [a.split('/') for a in part[1:].split('|')]
                self.elements.append(('verb', alts, None))
            elif part[0] == '^':
                alts = [a.split('/') for a in part[1:].split('|')]
                self.elements.append(('noun', alts, None))
            else:
                self.elements.append(('lit', part.split('|'), None))
        self.kind = 'verb' if any(e[0] == 'verb' for e in self.elements) else 'noun'

    @property
    def is_guard(self):
        return self.frame.strip() == '-'


def read_patterns():
    out = []
    for path in sorted(glob.glob(os.path.join(PATTERN_DIR, '*.txt'))):
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                if line.startswith('pattern:'):
                    out.append(Pattern(os.path.basename(path), n, line))
    return out


def render(p, choice, fill, target, verb_form='past'):
    """The trigger's words: choice picks the literal alternative (0 first, 1 second where there is one), fill says what
    a gap holds ('det', '', 'poss', 'bare', 'the'), target is the target's name for 'poss'/'bare' fills (first gap only)."""
    words = []
    els = p.elements
    used_target = False
    for i, (kind, val, _) in enumerate(els):
        if kind == 'gap':
            nxt = next((e for e in els[i + 1:] if e[0] != 'gap'), None)
            nxt_word = first_word(nxt, choice) if nxt else ''
            # the noun phrase after the gap, through later gaps, up to a preposition: its head decides the article
            run, seg, in_seg = [], [], True
            for e in els[i + 1:]:
                if e[0] == 'gap':
                    in_seg = False
                    continue
                w = first_word(e, choice)
                if (e[0] == 'lit' and w.lower() in PREPOSITIONS | MODAL_BEFORE_BASE | {'that'}) or e[0] == 'verb':
                    break
                run.append(w)
                if in_seg:
                    seg.append(w)
            head = ADJ_TAIL.get(run[-1].lower(), run[-1]) if run else nxt_word
            # 'blocked roads .. resignation', 'launched war games .. near': a plural that ends the words before the next gap
            # is that phrase's head
            if (seg and looks_plural(seg[-1])) or (len(seg) == 1 and nxt_word.lower().endswith('ing') and is_mass(nxt_word)):
                head = 'things'
            if fill in ('poss', 'bare') and not used_target and target:
                # a possessive only before a noun: 'blamed Pakistan for', 'demanded that Israel resign'
                noun_next = nxt is not None and nxt[0] != 'verb' and nxt_word.lower() not in PREPOSITIONS | MODAL_BEFORE_BASE | {'that'} \
                    and not (words and words[-1].lower() == 'that')
                words.append(possessive(target) if fill == 'poss' and noun_next else target)
                used_target = True
            elif fill == 'its' and nxt_word.lower() in ITS_NOUNS and not (words and words[-1].lower() in DETERMINERS):
                words.append('its')
            elif fill in ('det', 'the', 'its'):
                prev_el = next((e for e in reversed(els[:i]) if e[0] != 'gap'), None)
                # 'rejected trade a deal': no article after a modifier word; after a verb, a preposition or 'to <verb>' one fits
                after_modifier = prev_el is not None and prev_el[0] == 'lit' and words and \
                    words[-1].lower() not in PREPOSITIONS and not (len(words) > 1 and words[-2].lower() == 'to')
                if nxt_word.lower() in PREPOSITIONS or nxt_word.lower() in DETERMINERS or nxt_word.lower() in MODAL_BEFORE_BASE \
                        or (words and words[-1].lower() in DETERMINERS) or not nxt_word[:1].isalpha() or after_modifier:
                    pass
                elif fill == 'the':
                    words.append('the')
                elif looks_plural(head) or is_mass(head) or (nxt and nxt[0] == 'verb'):
                    pass
                elif nxt and nxt[0] == 'lit' and nxt_word.lower() in ('ready', 'willing', 'prepared', 'open', 'eager', 'keen',
                                                                    'together', 'jointly', 'closely', 'back', 'again'):
                    pass
                else:
                    words.append(article(nxt_word))
            continue
        if kind == 'verb':
            alt = val[pick(p, i, choice)]
            base, given = alt[0], alt[1:]
            prev = words[-1].lower() if words else ''
            if prev in MODAL_BEFORE_BASE:
                words.append(base)
            elif prev in PREPOSITIONS and prev not in ('as', 'that'):
                words.append(gerund(base))
            elif prev in PARTICIPLE_BEFORE:
                words.append(participle(base, given))
            elif verb_form == 'gerund':
                words.append(gerund(base))
            elif verb_form == 'present':
                words.append(third(base))
            else:
                words.append(past(base, given))
        elif kind == 'noun':
            alt = val[pick(p, i, choice)]
            words.append(alt[0])
        else:
            words.append(val[pick(p, i, choice)])
    if words and words[-1].lower() in ADJ_TAIL and p.elements[-1][0] == 'lit':
        words.append(ADJ_TAIL[words[-1].lower()])
    return words, used_target


# A trigger that ends in an adjective leaves its noun to the text: the draft supplies a common one.
ADJ_TAIL = {'humanitarian': 'aid', 'urgent': 'aid', 'emergency': 'aid', 'martial': 'law', 'joint': 'projects',
            'free': 'trade', 'civilian': 'rule', 'constitutional': 'order', 'economic': 'aid', 'military': 'aid',
            'financial': 'aid', 'diplomatic': 'ties', 'bilateral': 'ties', 'political': 'prisoners', 'nuclear': 'weapons',
            'chemical': 'weapons', 'retaliatory': 'measures', 'democratic': 'elections', 'peace': 'talks'}


def first_word(el, choice):
    kind, val, _ = el
    if isinstance(choice, dict):
        choice = 0
    if kind == 'lit':
        return val[min(choice, len(val) - 1)]
    alt = val[min(choice, len(val) - 1)]
    return alt[0]


NEEDS_PARTICLE = {'carry', 'hand', 'set', 'pull', 'walk', 'turn', 'step', 'lay', 'kick', 'shut', 'crack', 'back',
                  'call', 'rule', 'hold', 'wipe', 'shoot', 'break', 'open', 'phase', 'cut', 'roll', 'scale', 'stand'}
PARTICLES = {'out', 'over', 'up', 'down', 'off', 'back', 'away', 'in', 'on', 'into', 'through', 'aside'}


def pick(p, i, choice):
    """Index of the alternative to use for element i: the chosen one, skipping a particle verb without its particle."""
    kind, val, _ = p.elements[i]
    nxt = p.elements[i + 1] if i + 1 < len(p.elements) else None
    particle_next = nxt is not None and nxt[0] == 'lit' and nxt[1][0].lower() in PARTICLES
    order = list(range(len(val)))
    if isinstance(choice, dict):
        # thorough mode: this element's alternative is given (0 when not named)
        return min(choice.get(i, 0), len(val) - 1)
    start = min(choice, len(val) - 1)
    order = order[start:] + order[:start]
    for k in order:
        word = val[k] if kind == 'lit' else val[k][0]
        if particle_next or word.lower() not in NEEDS_PARTICLE:
            return k
    return order[0]


def sentence(words):
    if len(words) > 1 and words[1].lower() == 'not':
        words = words[:1] + ['would'] + words[1:]
    s = ' '.join(w for w in words if w)
    s = re.sub(r'\s+([,.])', r'\1', s)
    s = s[0].upper() + s[1:]
    return s


DANGLING_OBJECT = {'to': 'the border'}
PLACE_PREPS = {'in', 'near', 'at', 'around', 'along', 'inside', 'outside', 'off', 'through', 'into', 'across'}


def is_person(name):
    return name.split()[0] in ('President', 'Benjamin', 'Aleksandar', 'Sheikh', 'Pope', 'Prime')


# verbs that take an object before an infinitive: 'ordered Greece to stop', not 'decided Iran to negotiate'
OBJECT_INFINITIVE = {'order', 'ask', 'urge', 'call', 'force', 'tell', 'allow', 'invite', 'press', 'pressure', 'push',
                     'encourage', 'persuade', 'warn', 'require', 'compel', 'instruct', 'direct', 'help', 'advise', 'beg'}


def head_verb(p):
    return next((val[0][0] for kind, val, _ in p.elements if kind == 'verb'), '')


def choices(p, thorough):
    """First alternatives, then second ones; thorough adds every alternative of each element in turn, so a phrasing
    that a rival pattern over the same words does not cover can be found."""
    out = [0, 1]
    if thorough:
        for i, (kind, val, _) in enumerate(p.elements):
            if kind != 'gap':
                out.extend({i: k} for k in range(1, len(val)))
    return out


def drafts(p, pairs, thorough=False):
    """Candidate sentences for one pattern, most natural first: (text, source, target or None)."""
    out = []
    last = p.elements[-1]
    last_word = first_word(last, 0).lower() if last[0] != 'gap' else ''
    preps = [f for f in p.order]
    # 'investigation into genocide into X' reads badly: a preposition the trigger already has comes last
    inside = {w.lower() for kind, val, _ in p.elements[:-1] if kind == 'lit' for w in val}
    preps = [f for f in preps if f[2:] not in inside] + [f for f in preps if f[2:] in inside]
    # a trigger that ends in a frame's preposition takes the target right after it ('aimed at Pakistan')
    preps = [f for f in preps if f[2:] == last_word] + [f for f in preps if f[2:] != last_word]
    # one that ends in another preposition needs its object before the target's own ('close to the border near X')
    dangling = last[0] == 'lit' and last_word == 'to' and len(p.elements) > 1 and p.elements[-2][0] == 'lit' and \
        first_word(p.elements[-2], 0).lower() == 'close' and all(f[2:] != 'to' for f in preps if f != 'obj')
    multi = len([e for e in p.elements if e[0] != 'gap']) > 1
    if multi and 'obj' in preps:
        preps = [f for f in preps if f != 'obj'] + ['obj']

    def slot(flag, t):
        if dangling:
            return [DANGLING_OBJECT.get(last_word, 'the area')] + slot_plain(flag, t)
        return slot_plain(flag, t)

    def slot_plain(flag, t):
        if flag == 'obj':
            return [t]
        prep = flag[2:].replace('_', ' ')
        if prep == 'between':
            third = next(x for pr in pairs for x in pr if x != t and x not in (pairs[0][0],))
            return ([] if last_word == 'between' else ['between']) + [t, 'and', third]
        if last_word == prep.split()[-1]:
            return [t]
        return [prep, t]

    fills = ['det', '', 'the', 'poss', 'bare']
    if p.code.startswith('034'):
        # 'pledged to review its policy', 'open up its economy'
        fills = ['its'] + fills
    gap_at = next((i for i, e in enumerate(p.elements) if e[0] == 'gap'), None)
    after_gap = p.elements[gap_at + 1] if gap_at is not None and gap_at + 1 < len(p.elements) else None
    noun_after_gap = after_gap is not None and after_gap[0] != 'verb' and \
        first_word(after_gap, 0).lower() not in PREPOSITIONS | MODAL_BEFORE_BASE | {'that', 'ready', 'willing', 'prepared', 'open',
                                                                                 'eager', 'keen', 'poised', 'consensus', 'understanding'}
    verb_then_gap = gap_at is not None and gap_at > 0 and p.elements[gap_at - 1][0] == 'verb'
    if p.order[:1] == ['obj'] and multi and noun_after_gap:
        # 'killed Israel's leader' rather than 'killed a leader Israel'
        fills = ['poss', 'det', '', 'the', 'bare']
    elif p.order[:1] == ['obj'] and multi and verb_then_gap and (
            first_word(after_gap, 0).lower() in PREPOSITIONS - {'to'} or head_verb(p) in OBJECT_INFINITIVE):
        # 'ordered Greece to stop' rather than 'ordered to stop Greece'
        fills = ['bare', 'det', '', 'the', 'poss']
    tails = [['on', 'Monday', '.'], ['.']]
    for choice in choices(p, thorough):
        for fill in fills:
            for s, other in pairs:
                t = other
                words, used = render(p, choice, fill, t)
                if used and fill in ('poss', 'bare'):
                    # the target already stands inside the trigger
                    if p.kind == 'verb':
                        out.append((sentence([s] + words + tails[0]), s, t, other))
                    else:
                        out.append((sentence([possessive(s)] + words + ['was', 'reported', 'on', 'Monday', '.']), s, t, other))
                    continue
                if fill in ('poss', 'bare'):
                    continue
                if p.inverted:
                    for sp in p.src_preps:
                        out.append((sentence([t] + words + ([] if last_word == sp else [sp]) + [s] + tails[0]), s, t, other))
                    continue
                if p.kind == 'verb':
                    for flag in preps:
                        if flag[2:] in PLACE_PREPS and is_person(t):
                            continue
                        out.append((sentence([s] + words + slot(flag, t) + tails[0]), s, t, other))
                    if p.recip:
                        out.append((sentence([s, 'and', t] + words + tails[0]), s, t, other))
                        if 'p:with' not in preps:
                            out.append((sentence([s] + words + ['with', t] + tails[0]), s, t, other))
                    if p.notarget or not preps:
                        out.append((sentence([s] + words + tails[0]), s, None, other))
                    # a bare object at the end when the frame lists obj among others
                    for flag in preps:
                        out.append((sentence([s] + words + slot(flag, t) + tails[1]), s, t, other))
                else:
                    lead = words[0].lower() in DETERMINERS | PREPOSITIONS
                    for flag in preps:
                        if flag == 'obj':
                            continue
                        tail = ['was', 'reported', 'on', 'Monday', '.']
                        if not lead:
                            out.append((sentence([possessive(s)] + words + slot(flag, t) + tail), s, t, other))
                        out.append((sentence(['The'] + words + slot(flag, t) + ['by', s] + tail), s, t, other))
                        out.append((sentence([s, 'announced', article(words[0]) if not lead else ''] + words + slot(flag, t) + tails[0]), s, t, other))
                    if p.recip:
                        out.append((sentence(['The'] + words + ['between', s, 'and', t, 'was', 'reported', 'on', 'Monday', '.']), s, t, other))
                        out.append((sentence([s, 'and', t, 'held', article(words[0])] + words + tails[0]), s, t, other))
                    if p.notarget or not preps or preps == ['obj']:
                        if not lead:
                            out.append((sentence([possessive(s)] + words + ['was', 'reported', 'on', 'Monday', '.']), s, None, other))
                        out.append((sentence([s, 'announced', article(words[0]) if not lead else ''] + words + tails[0]), s, None, other))
    seen = set()
    uniq = []
    for text, s, t, o in out:
        if text not in seen:
            seen.add(text)
            uniq.append((text, s, t, o))
    return uniq


def pairs_for(p, codes):
    domestic = p.code.startswith('034') and not p.preps
    group = 'domestic' if domestic else ROOT_GROUP.get(p.code[:2], 'coop')
    pairs = [pr for pr in ACTOR_PAIRS[group] if pr in codes]
    start = zlib.crc32(p.id.encode()) % len(pairs)
    return pairs[start:] + pairs[:start]


# --- engine


def code_file(path, out_path):
    with open(out_path, 'w', encoding='utf-8') as out:
        subprocess.run([os.path.join(ROOT, 'entente'), 'code', path], stdout=out, check=True, cwd=ROOT)
    events = {}
    with open(out_path, encoding='utf-8') as f:
        for line in f:
            e = json.loads(line)
            events.setdefault(e['doc_id'], []).append(e)
    return events


def calibrate(work):
    """Learns each pair's codes from '<A> met <B> on Monday.' (or a criticism) so the selection compares the codes the
    engine gives those names together; a pair the engine does not code both ways round is dropped."""
    pairs = sorted({pr for prs in ACTOR_PAIRS.values() for pr in prs})
    templates = ['{s} met {t} on Monday.', '{s} criticised {t} on Monday.', '{s} attacked {t} on Monday.']
    path = os.path.join(work, 'calibrate.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for i, (a, b) in enumerate(pairs):
            for j, tpl in enumerate(templates):
                f.write(json.dumps({'id': f'cal-{i}-{j}', 'date': DATE, 'text': tpl.format(s=a, t=b)}) + '\n')
    events = code_file(path, os.path.join(work, 'calibrate.events.jsonl'))
    codes = {}
    for i, pr in enumerate(pairs):
        for j in range(len(templates)):
            evs = [e for e in events.get(f'cal-{i}-{j}', []) if e.get('target')]
            if evs:
                codes[pr] = (evs[0]['source']['code'], evs[0]['target']['code'])
                break
        else:
            print(f'calibrate: dropping {pr!r}', file=sys.stderr)
    return codes


def same_actor(got, want):
    if got is None or want is None:
        return got is want
    if got == want:
        return True
    head = want[:3]
    return head not in ('IGO', 'NGO', 'IMG', 'UAF', 'REB', 'OPP', 'CVL', 'MIL', 'GOV') and got[:3] == head


def run(args):
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    codes = calibrate(work)
    redo = set()
    if args.redo:
        with open(args.redo, encoding='utf-8') as f:
            redo = {json.loads(line)['id'] for line in f}
    patterns = [p for p in read_patterns() if 'example=' not in p.attrs or p.id in redo]
    if args.ids:
        wanted = set(args.ids.split(','))
        patterns = [p for p in patterns if p.id in wanted]
    cands = []
    for p in patterns:
        if p.is_guard:
            continue
        for k, (text, s, t, o) in enumerate(drafts(p, pairs_for(p, codes), args.thorough)[:args.max]):
            cands.append({'id': f'{p.id}#{k}', 'date': DATE, 'text': text, 'pattern': p.id, 'k': k, 'source': s, 'target': t, 'other': o})
    path = os.path.join(work, 'candidates.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for c in cands:
            f.write(json.dumps({'id': c['id'], 'date': c['date'], 'text': c['text']}) + '\n')
    print(f'{len(patterns)} patterns without an example, {len(cands)} candidates', file=sys.stderr)
    events = code_file(path, os.path.join(work, 'candidates.events.jsonl'))
    by_pattern = {p.id: p for p in patterns}
    kept, why = {}, {}
    for c in cands:
        pid = c['pattern']
        if pid in kept:
            continue
        p = by_pattern[pid]
        evs = events.get(c['id'], [])
        own = [e for e in evs if e['rule'].startswith(pid + '/')]
        want = codes[(c['source'], c['target'] or c['other'])]
        good = [e for e in own if e['cameo'] == p.code and same_actor(e['source']['code'], want[0])
                and (same_actor((e.get('target') or {}).get('code'), want[1]) if c['target'] else e.get('target') is None)]
        if good:
            kept[pid] = {'id': pid, 'file': p.file, 'line': p.line_no, 'code': p.code, 'example': c['text'], 'candidate': c['k'],
                         'event': f"{good[0]['source']['code']}->{(good[0].get('target') or {}).get('code', '---')} {good[0]['cameo']}"}
        elif pid not in why or (own and not why[pid][0]):
            got = '; '.join(f"{e['source']['code']}->{(e.get('target') or {}).get('code', '---')} {e['cameo']} {e['rule']}" for e in evs)
            why[pid] = (bool(own), c['text'], got)
    with open(os.path.join(work, 'kept.jsonl'), 'w', encoding='utf-8') as f:
        for pid in by_pattern:
            if pid in kept:
                f.write(json.dumps(kept[pid]) + '\n')
    with open(os.path.join(work, 'failed.tsv'), 'w', encoding='utf-8') as f:
        for p in patterns:
            if p.id in kept:
                continue
            if p.is_guard:
                f.write(f'{p.id}\t{p.file}:{p.line_no}\tguard\t\t\n')
                continue
            own, text, got = why.get(p.id, (False, '', ''))
            f.write(f"{p.id}\t{p.file}:{p.line_no}\t{'own-fired-wrongly' if own else 'not-own'}\t{text}\t{got}\n")
    print(f'kept {len(kept)} of {len(patterns)}; see {work}/kept.jsonl and {work}/failed.tsv', file=sys.stderr)


def apply(args):
    """Writes kept examples into the pattern lines, appending to an attribute column or adding one."""
    work = os.path.abspath(args.work)
    kept = {}
    with open(os.path.join(work, args.kept), encoding='utf-8') as f:
        for line in f:
            k = json.loads(line)
            kept[k['id']] = k
    files = set(args.files.split(',')) if args.files else None
    replaced = {}
    if args.replace:
        # only an example that is still the earlier draft is replaced: hand edits stay
        with open(args.replace, encoding='utf-8') as f:
            for line in f:
                k = json.loads(line)
                replaced[k['id']] = k['example']
    changed = 0
    for path in sorted(glob.glob(os.path.join(PATTERN_DIR, '*.txt'))):
        name = os.path.basename(path)
        if files is not None and name not in files:
            continue
        with open(path, encoding='utf-8') as f:
            lines = f.readlines()
        n = 0
        for i, line in enumerate(lines):
            if not line.startswith('pattern:'):
                continue
            pid = line.split(' | ', 1)[0].strip()
            if pid not in kept:
                continue
            example = kept[pid]['example']
            if 'example=' in line:
                old = line.rstrip('\n').split('example=', 1)[1]
                if args.replace is None or replaced.get(pid) != old or old == example:
                    continue
                lines[i] = line.rstrip('\n')[:-len(old)] + example + '\n'
                n += 1
                continue
            assert ';' not in example and ' | ' not in example and ' #' not in example, example
            body = line.rstrip('\n')
            comment = ''
            cols = body.split(' | ')
            if len(cols) > 4:
                attrs = cols[4].rstrip()
                body = ' | '.join(cols[:4]) + ' | ' + (attrs + '; ' if attrs else '') + 'example=' + example
            else:
                body = body.rstrip() + ' | example=' + example
            lines[i] = body + comment + '\n'
            n += 1
        if n:
            with open(path, 'w', encoding='utf-8') as f:
                f.writelines(lines)
            print(f'{name}: {n} examples', file=sys.stderr)
            changed += n
    print(f'{changed} examples written', file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    r = sub.add_parser('run', help='draft candidates, code them, keep those coded as intended')
    r.add_argument('--work', default='/tmp/pattern-examples')
    r.add_argument('--ids', help='only these pattern ids (comma-separated)')
    r.add_argument('--max', type=int, default=80, help='candidates per pattern')
    r.add_argument('--redo', help='a kept.jsonl of earlier drafts: draft these patterns again')
    r.add_argument('--thorough', action='store_true', help='also vary each element through all its alternatives')
    a = sub.add_parser('apply', help='write kept examples into data/patterns')
    a.add_argument('--work', default='/tmp/pattern-examples')
    a.add_argument('--kept', default='kept.jsonl')
    a.add_argument('--files', help='only these pattern files (comma-separated names)')
    a.add_argument('--replace', help='a kept.jsonl of earlier drafts: replace those drafts (and only them) with the new ones')
    args = ap.parse_args()
    {'run': run, 'apply': apply}[args.cmd](args)


if __name__ == '__main__':
    main()
