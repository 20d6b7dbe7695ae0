import { cleanName } from './chatText';
import type { ChatRead } from './chatTypes';

/** Someone in the log, every way they may be written, and the role that replaces them. */
export interface Participant {
  /** The name the dialog shows for them (the speaker as the log shows it). */
  shown: string;
  role: string;
  /** Every spelling that stands for them: names, handles, emails, tokens. */
  names: string[];
}

/** One way a name was written in the messages, and what it becomes. */
export interface NameMention {
  /** Stable key for the facilitator's choice to keep it as written. */
  key: string;
  /** As first found in the text. */
  text: string;
  /** Whom it stands for; null for a mention of someone who never spoke (an unknown @handle). */
  participant: string | null;
  replacement: string;
  count: number;
}

export const NO_ROLE = 'participant';

/**
 * First names that are also everyday words: matched only with a capital (“Will”, not “will”),
 * so the checker of names does not eat the language around them.
 */
const EVERYDAY = new Set(
  (
    'will may mark bill rob sue pat art jack frank grace hope joy faith rose summer june april august ' +
    'dawn gene guy ray sky chase cliff drew miles max lance penny ruby amber ivy holly jade iris lily ' +
    'daisy violet hunter mason parker cooper carter baker smith king young white brown green black ' +
    'hill wood stone page price bell lane long little short rich wise best sharp strong moss fox swift ' +
    'fish ward hall cook mills field banks burns marsh case hand bush glass gold silver star storm ' +
    'rain snow river brook dale glen heath reed rush sterling noble major gray grey west north south ' +
    'chip sandy rusty buck dot'
  ).split(' '),
);

/** Pronouns and badges that ride along with a shown name. */
const strip = (name: string) =>
  cleanName(name)
    .replace(/\s*\((?:[a-z]+\/[a-z]+|he|she|they|it|ext(?:ernal)?|guest)\)\s*/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The person's name without what follows it: “Brian Richter (Company)”, “Leah Wasser / Earth Lab”,
 * “Ben Okafor | SRE”, “Ben Okafor - Acme” are Brian Richter, Leah Wasser, Ben Okafor.
 */
const personal = (name: string) => name.replace(/\s*(?:[([].*|\s[/|–—-]\s.*)$/, '').trim();

/** The spellings a name implies: first, last, handles made of them, an email's local part. */
export function spellingsOf(name: string): string[] {
  const full = strip(name);
  const n = personal(full) || full;
  const out = new Set<string>([full, n]);
  const local = n.includes('@') ? n.slice(0, n.indexOf('@')) : n;
  out.add(local);
  const parts = local.split(/[\s._-]+/).filter((p) => p.length >= 2 && /\p{L}/u.test(p));
  if (parts.length >= 2) {
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    // Every part: a middle name is as much theirs as the first (“Timothy D Wrenn”: not the D).
    for (const p of parts) out.add(p);
    out.add(`${first} ${last}`);
    for (const joiner of ['.', '_', '-', '']) out.add(`${first}${joiner}${last}`.toLowerCase());
    out.add(`${first[0]}${last}`.toLowerCase());
    out.add(`${first}${last[0]}`.toLowerCase());
    out.add(`${first} ${last[0]}.`);
  }
  return [...out].filter((s) => s.length >= 2);
}

/**
 * Everyone the log shows: its known people (a Slack users file) and every speaker, each with the
 * spellings of their names plus what the facilitator added (“also called”).
 */
export function participantsOf(
  read: ChatRead,
  roles: Record<string, string>,
  alsoCalled: Record<string, string> = {},
): Participant[] {
  const byShown = new Map<string, Participant>();
  const add = (shown: string, names: string[]) => {
    const existing = byShown.get(shown);
    const role = roles[shown]?.trim() || NO_ROLE;
    const extra = (alsoCalled[shown] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const all = [...names, ...extra].flatMap((n) => (n.startsWith('<@') ? [n] : spellingsOf(n)));
    if (existing) existing.names = [...new Set([...existing.names, ...all])];
    else byShown.set(shown, { shown, role, names: [...new Set([...spellingsOf(shown), ...all])] });
  };
  // Whoever spoke, was written to privately, or relayed someone: each needs a role.
  const speakers = new Set(
    read.messages.flatMap((m) => [
      m.speaker,
      ...(m.to ? [m.to] : []),
      ...(m.relayedBy ? [m.relayedBy] : []),
    ]),
  );
  for (const person of read.people)
    if (speakers.has(person.shown) || person.tokens.length > 0)
      add(person.shown, [...person.aliases, ...person.tokens]);
  for (const speaker of speakers) add(speaker, []);
  // Only people who spoke or were mentioned need a role; known people never seen stay out.
  return [...byShown.values()];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BEFORE = '(?<![\\p{L}\\p{N}_@.])';
const AFTER = '(?![\\p{L}\\p{N}_]|[.@-][\\p{L}\\p{N}])';
const GENERIC: { pattern: RegExp; what: string }[] = [
  { pattern: /<@[UW][A-Z0-9]+>/gu, what: 'token' },
  { pattern: /(?<![\p{L}\p{N}_.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, what: 'email' },
  {
    pattern: /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu,
    what: 'handle',
  },
];
const NOT_PEOPLE = new Set(['@here', '@channel', '@everyone', '@all', '@group']);

interface Hit {
  start: number;
  end: number;
  text: string;
  participant: Participant | null;
  /** A whole link or host name that names someone; `untouched`: one that names nobody. */
  kind?: 'link' | 'host' | 'untouched';
}

const URL_START = /^(?:https?:\/\/|www\.)/i;
const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>"]+/gi;
/** A dotted host name ending in letters, not part of a longer word, path or address. */
const HOST_PATTERN =
  /(?<![\p{L}\p{N}_@./-])[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/gu;

/** The compiled patterns for one set of participants: build once, use on every message. */
export class NameFinder {
  private readonly insensitive: RegExp | null;
  private readonly sensitive: RegExp | null;
  private readonly owner = new Map<string, Participant>();

  constructor(readonly participants: Participant[]) {
    const loose: string[] = [];
    const strict: string[] = [];
    for (const p of participants) {
      for (const name of p.names) {
        const key = name.toLowerCase();
        // The first participant to claim a spelling keeps it (a shared first name needs “also called”).
        if (!this.owner.has(key)) this.owner.set(key, p);
        const everyday = !/\s/.test(name) && EVERYDAY.has(key);
        if (everyday) strict.push(key[0]!.toUpperCase() + key.slice(1));
        else loose.push(name);
      }
    }
    const compile = (names: string[], flags: string) =>
      names.length
        ? new RegExp(
            `${BEFORE}@?(?:${names
              .sort((a, b) => b.length - a.length)
              .map(escape)
              .join('|')})${AFTER}`,
            flags,
          )
        : null;
    this.insensitive = compile(loose, 'giu');
    this.sensitive = compile(strict, 'gu');
  }

  private hits(text: string): Hit[] {
    const found: Hit[] = [];
    const collect = (pattern: RegExp | null, generic: boolean, within = text, offset = 0) => {
      if (!pattern) return;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(within); m; m = pattern.exec(within)) {
        const word = m[0];
        const bare = word.startsWith('@') && !word.startsWith('<@') ? word.slice(1) : word;
        let participant = this.owner.get(bare.toLowerCase()) ?? null;
        if (generic && !participant && word.includes('@') && !word.startsWith('@')) {
          participant = this.owner.get(word.slice(0, word.indexOf('@')).toLowerCase()) ?? null;
        }
        if (generic && !participant && NOT_PEOPLE.has(word.toLowerCase())) continue;
        found.push({
          start: offset + m.index,
          end: offset + m.index + word.length,
          text: word,
          participant,
        });
      }
    };
    collect(this.insensitive, false);
    collect(this.sensitive, false);
    for (const g of GENERIC) collect(g.pattern, true);
    // Longest first, then earliest: “ben.okafor@acme.com” wins over “ben.okafor” inside it.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Hit[] = [];
    const claim = (h: Hit) => {
      if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
    };
    // A link stays whole: rewriting a name inside its path would break it, so a link that
    // names someone goes as a whole (“a link”), and one that names nobody is left as it is.
    const ranges: Hit[] = [];
    for (const u of text.matchAll(URL_PATTERN)) {
      const url = u[0].replace(/[.,;:!?)\]'"”’>]+$/, '');
      const start = u.index;
      const end = start + url.length;
      const inside = found.find((h) => h.start >= start && h.end <= end && h.participant);
      const host = this.hostOwner(url.replace(/^(?:https?:\/\/|www\.)/i, '').split(/[/?#:]/)[0]!);
      ranges.push({ start, end, text: url, participant: inside?.participant ?? host });
    }
    // A host name made of someone's name (“ben-laptop.corp.example”) goes as “a host”.
    for (const h of text.matchAll(HOST_PATTERN)) {
      const owner = this.owner.has(h[0].toLowerCase()) ? null : this.hostOwner(h[0]);
      if (owner)
        ranges.push({ start: h.index, end: h.index + h[0].length, text: h[0], participant: owner });
    }
    for (const r of ranges) {
      if (
        ranges.some(
          (o) =>
            o !== r && o.start <= r.start && o.end >= r.end && o.end - o.start > r.end - r.start,
        )
      )
        continue;
      if (r.participant)
        claim({ ...r, participant: r.participant, kind: URL_START.test(r.text) ? 'link' : 'host' });
      else kept.push({ ...r, participant: null, kind: 'untouched' });
    }
    for (const h of found) claim(h);
    return kept.filter((h) => h.kind !== 'untouched').sort((a, b) => a.start - b.start);
  }

  /** The person a host name's labels name (“ben-laptop.corp.example” → Ben), if any. */
  private hostOwner(host: string): Participant | null {
    for (const part of host.toLowerCase().split(/[.-]/)) {
      if (part.length < 3 || EVERYDAY.has(part)) continue;
      const owner = this.owner.get(part);
      if (owner) return owner;
    }
    return null;
  }

  private static replacementOf(hit: Hit): string {
    if (hit.kind === 'link') return 'a link';
    if (hit.kind === 'host') return 'a host';
    return hit.participant?.role ?? NO_ROLE;
  }

  private static keyOf(hit: Hit): string {
    return `${hit.participant?.shown ?? ''}\u0000${hit.text.toLowerCase()}`;
  }

  /** Every name found in these texts, grouped by how it was written, for the facilitator. */
  mentions(texts: string[]): NameMention[] {
    const byKey = new Map<string, NameMention>();
    for (const text of texts) {
      for (const hit of this.hits(text)) {
        const key = NameFinder.keyOf(hit);
        const seen = byKey.get(key);
        if (seen) seen.count += 1;
        else
          byKey.set(key, {
            key,
            text: hit.text,
            participant: hit.participant?.shown ?? null,
            replacement: NameFinder.replacementOf(hit),
            count: 1,
          });
      }
    }
    return [...byKey.values()];
  }

  /** The text with every name replaced by its role, but for the mentions kept as written. */
  replace(text: string, keep: ReadonlySet<string> = new Set()): string {
    let out = '';
    let at = 0;
    for (const hit of this.hits(text)) {
      if (keep.has(NameFinder.keyOf(hit))) continue;
      out += text.slice(at, hit.start) + NameFinder.replacementOf(hit);
      at = hit.end;
    }
    return out + text.slice(at);
  }

  /** The role of the person a speaker string names. */
  roleOf(speaker: string): string {
    return this.owner.get(cleanName(speaker).toLowerCase())?.role ?? NO_ROLE;
  }
}
