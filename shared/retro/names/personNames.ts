import { sentencesOf, type Token } from '../blame/blameTokens';

/** A person's name in a text: one given name, or a given name and the surname after it. */
export interface NameHit {
  /** As written: "Tom", "Tom Baker". */
  name: string;
  start: number;
  end: number;
  /** `known`: a name the retrospective already shows; `likely`: a listed given name doing something. */
  kind: 'known' | 'likely';
  /** First word of its sentence: a replacement starts with a capital there. */
  initial: boolean;
}

let GIVEN: ReadonlySet<string> = new Set();

/**
 * Installs the list of given names (space-separated), which `loadGivenNames` brings in lazily:
 * until then only names the retrospective itself shows are found.
 */
export function setGivenNames(names: string): void {
  GIVEN = new Set(names.split(' '));
}

export function hasGivenNames(): boolean {
  return GIVEN.size > 0;
}

/**
 * Listed given names that name software, services, systems or days more often than people in
 * incident prose ("Ruby", "Aurora", "Travis", "Tuesday"): never taken for a person unless the
 * retrospective itself shows one of that name.
 */
const PRODUCTS = new Set(
  'Ruby Julia Ada Cassandra Alexa Hugo Travis Crystal Ray Jasmine Aurora Athena Fedora Arch Iris Orion Juno Elixir Ivy Ember Mercury Apollo Atlas Hermes Phoenix Nova Luna Neptune Echo Delta Alpha Sierra Kilo Lima Oscar Tango Victor Romeo Juliet Charlie Bravo Xavier Sage Willow Consul Nomad Vault Harbor Bank Field Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

/** Words after a name that make it a title or a body, not a surname ("Field Engineer"). */
const NOT_SURNAMES = new Set(
  'Engineer Engineers Manager Director Officer Lead Team Support Ops Admin Operator Developer Architect Analyst Commander Bank Group Inc Ltd Corp Company Service Services Cloud Labs Systems Networks'.split(
    ' ',
  ),
);

/**
 * Listed given names that are also everyday words, months or weekdays ("Will", "May", "Mark",
 * "Grace", "Hope"): taken for a person only inside a sentence, never as its first word, where
 * a capital says nothing.
 */
const EVERYDAY = new Set(
  (
    'Will May Mark Bill Grant Dean Earl Duke King Prince Royal Baron Rich Page Chase Drew Miles Max ' +
    'Lance Frank Jack Rob Sue Art Grace Hope Joy Faith Rose Dawn Gene Guy Sky Cliff Penny Amber ' +
    'Holly Jade Lily Daisy Violet Hazel Pearl Opal Ginger Honey Candy Brandy Harmony Star Storm ' +
    'Angel Christian Nick Sonny Buddy Bud Dusty Rusty Sandy Woody Misty Sunny Stormy Kitty Cherry ' +
    'Olive Basil Forest Brook Cole Clay Reed Rock Ash Birch Glen Dale Heath Moss Rowan Fern Happy ' +
    'Lucky Mike Tuesday Easter Noel Bear Wolf Robin Jay Wren Gay Pat Sterling Hunter Major April ' +
    'June August Autumn Summer Winter Spring Carol Don ' +
    'Gale Long Young Bishop Marshal Marshall Baker Porter Carter Mason Cooper Tanner Fisher ' +
    'Hall Hill Wood Stone Page Price Bell Lane Ward Cook Banks Burns Marsh Case Glass Gold Silver ' +
    'Rain Snow River Fay Faye Constance Prudence Patience Charity Mercy Verity Trinity Unity ' +
    'Liberty Destiny Chance Champ Tad Van Mac Pip Dot Eve Ivy Red'
  ).split(' '),
);

/** Capitalised once, lower case after: "Tom", not "SRE", "tom" or "TOM". */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Parts of speech a name can be tagged with (a sentence's first word is often called a noun). */
const NAME_POS = new Set(['PROPN', 'NOUN', 'X']);
const SKIPPED = new Set(['ADV']);
/** "the Grace period", "a new Ruby gem": a word before it makes it a thing (a time before it does not). */
const THING_BEFORE = new Set(['DET', 'ADJ']);

/** Whether a word is a listed given name (as written, with its capital). */
export function isGivenName(word: string): boolean {
  return GIVEN.has(word) && !PRODUCTS.has(word);
}

/** Whether a word is a listed given name that is also an everyday word ("Will", "May"). */
export function isEverydayName(word: string): boolean {
  return EVERYDAY.has(word);
}

function firstWord(tokens: Token[]): number {
  return tokens.findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
}

/** Whether the words after a name make it the one acting: a verb, or "'s" (whose change). */
function acts(tokens: Token[], after: number): boolean {
  let i = after;
  while (tokens[i] && SKIPPED.has(tokens[i]!.pos)) i += 1;
  const next = tokens[i];
  if (!next) return false;
  if (next.pos === 'AUX' || next.pos === 'VERB') return true;
  if (/^['’]s$/.test(next.text)) return true;
  // "Dan and Wei pushed": the second of two named people shares the verb.
  if (next.pos === 'CCONJ' && /^(?:and|or)$/.test(next.lower)) {
    const other = tokens[i + 1];
    if (other && CAPITALISED.test(other.text) && other.pos === 'PROPN') return acts(tokens, i + 2);
  }
  return false;
}

/**
 * The people named in a text: every name in `known` (as written, capitalised) wherever it
 * stands, and listed given names where a person stands: before a verb or a possessive, so
 * "Sentry", "Monday", "Mark the alert" and a sentence's first "May" stay silent.
 */
export function findPersonNames(
  text: string,
  known: ReadonlySet<string> = new Set(),
  sentences: Token[][] = sentencesOf(text),
): NameHit[] {
  const hits: NameHit[] = [];
  for (const tokens of sentences) {
    const first = firstWord(tokens);
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i]!;
      if (!CAPITALISED.test(t.text)) continue;
      const isKnown = known.has(t.text);
      if (!isKnown && !isGivenName(t.text)) continue;
      const initial = i === first;
      // Inside a sentence a capital says "name" whatever the tagger makes of “Will”; first in
      // it, only a name-like tag does.
      if (!NAME_POS.has(t.pos) && (initial || !isKnown)) continue;
      if (initial && EVERYDAY.has(t.text)) continue;
      const before = tokens[i - 1];
      if (before && THING_BEFORE.has(before.pos) && !isKnown) continue;
      // "Amazon Aurora", "Google Chrome": a capitalised word before, not itself a name, makes
      // one product name (a sentence's first word says nothing by its capital).
      if (
        before &&
        i - 1 !== first &&
        /^\p{Lu}[\p{L}\p{N}]*$/u.test(before.text) &&
        before.pos === 'PROPN' &&
        !known.has(before.text) &&
        !GIVEN.has(before.text)
      )
        continue;
      // "Tom Baker": a capitalised word after, that is no listed given name, is the surname.
      const next = tokens[i + 1];
      if (next && NOT_SURNAMES.has(next.text) && !isKnown) continue;
      const surname =
        next &&
        next.start === t.end + 1 &&
        CAPITALISED.test(next.text) &&
        next.pos === 'PROPN' &&
        !GIVEN.has(next.text);
      const last = surname ? i + 1 : i;
      if (!isKnown) {
        if (EVERYDAY.has(t.text) && t.pos !== 'PROPN') continue;
        if (!acts(tokens, last + 1)) continue;
      }
      const end = tokens[last]!.end;
      hits.push({
        name: text.slice(t.start, end),
        start: t.start,
        end,
        kind: isKnown ? 'known' : 'likely',
        initial,
      });
      i = last;
    }
  }
  return hits;
}

/** A role written as a person's name ("Tom", "Tom Baker"), or null for a real role. */
export function nameAsRole(role: string): string | null {
  const words = role.trim().split(/\s+/);
  if (words.length === 0 || words.length > 2) return null;
  if (!words.every((w) => CAPITALISED.test(w))) return null;
  return isGivenName(words[0]!) ? words.join(' ') : null;
}

const DETERMINER =
  /^(?:a|an|the|our|their|my|your|his|her|its|this|that|one|some|someone|every|each|any)\b/i;

/**
 * What stands in a sentence for a role: "on-call SRE" reads "the on-call SRE" ("The" first in
 * a sentence); a role that brings its own determiner ("our DBA") stays as typed.
 */
export function roleInSentence(role: string, initial: boolean): string {
  const trimmed = role.trim().replace(/\s+/g, ' ');
  const phrase = DETERMINER.test(trimmed) ? trimmed : `the ${trimmed}`;
  return initial ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
}

/**
 * The text with every place `name` names a person replaced by the role, read as a sentence
 * reads it. Words that only look like the name ("will", a sentence's first "May") stay.
 */
export function replaceName(text: string, name: string, role: string): string {
  const parts = name.split(' ');
  const hits = findPersonNames(text, new Set(parts)).filter((h) => h.name === name);
  let out = text;
  for (const hit of hits.reverse())
    out = out.slice(0, hit.start) + roleInSentence(role, hit.initial) + out.slice(hit.end);
  return out;
}
